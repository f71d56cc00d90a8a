/**
 * @mingzheng/server — the authoritative server-side check (a fetch-API handler), the rule-set
 * endpoint, IP attribution, the closed-account registry and the `mingzheng` CLI.
 *
 *   const handler = createPrecheckHandler({ registry: await createSqliteRegistry('closed.db') });
 *   http.createServer(toNodeListener(handler)).listen(8080);
 */
export {
  ACCOUNT_LIMITS,
  type AccountIssue,
  type AccountValidation,
  accountInfoSchema,
  validateAccountInfo,
} from './account-info.js';
export * from './attribution/index.js';
export {
  type ArticleCount,
  type AuditCounts,
  AuditError,
  type AuditFormat,
  type AuditOptions,
  type AuditResult,
  type AuditSummary,
  CSV_COLUMNS,
  DEFAULT_CHECKPOINT_EVERY,
  type MalformedCode,
  type MalformedRecord,
  runAudit,
} from './audit/index.js';
export * from './http/index.js';
export * from './registry/index.js';
export { composeRuleSet, type ServedRuleSet, servedRuleSet } from './ruleset.js';

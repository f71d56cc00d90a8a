/**
 * The audit of existing accounts (Art. 15, dynamic review): `runAudit()` for programs,
 * `mingzheng audit` on the command line (see docs/audit.md).
 */
export {
  AUDIT_FAILURE,
  AUDIT_HELP,
  AUDIT_INTERRUPTED,
  AUDIT_MALFORMED,
  AUDIT_OK,
  type AuditContext,
  type AuditIo,
  auditCommand,
} from './command.js';
export { AuditError } from './errors.js';
// AuditFormat, AuditOptions, AuditResult, DEFAULT_CHECKPOINT_EVERY, formatOf.
export * from './options.js';
export { CSV_COLUMNS } from './readers.js';
export { MAX_RECORD_BYTES } from './records.js';
export { runAudit } from './run.js';
export type { ArticleCount, AuditCounts, AuditSummary, MalformedCode, MalformedRecord } from './summary.js';
export { plainAccountLine } from './validate.js';

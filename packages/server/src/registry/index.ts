/** The closed-account registry (Art. 10.3, 17): types, the SQLite registry, and the check that consults it. */
export { deletionVariants, distance, MAX_VARIANT_LENGTH, maxDistance } from './distance.js';
export {
  type CheckResult,
  CLOSED_ACCOUNT_ARTICLE,
  CLOSED_ACCOUNT_RULE,
  checkAccount,
  registryFinding,
  withFinding,
} from './findings.js';
export { type Folding, filingKeys, loadFolding, type NameKeys, nameKeys, type ShownKeys } from './keys.js';
export {
  createPostgresRegistry,
  type PgNamedQuery,
  type PgPool,
  type PgPoolClient,
  type PgResult,
  POSTGRES_SCHEMA_VERSION,
  type PostgresRegistryOptions,
} from './postgres.js';
export { createSqliteRegistry, SCHEMA_VERSION, type SqliteRegistryOptions } from './sqlite.js';
export * from './types.js';

/**
 * The server's view of AccountInfo: a zod schema that every payload goes through before the engine
 * sees it (the CLI's input lines, the HTTP handler's bodies). Strict: unknown keys are
 * rejected, text fields are strings with size caps, and every problem is reported in plain English
 * with the field it concerns.
 */
import type { AccountInfo } from '@mingzheng/precheck';
import * as z from 'zod';

/** Longest accepted value of each field, in UTF-16 code units. */
export const ACCOUNT_LIMITS = {
  id: 256,
  name: 1_000,
  bio: 10_000,
  signature: 10_000,
  /** Images are URLs on the server; the engine does not read them. */
  avatar: 8_192,
  cover: 8_192,
  'profession.domain': 100,
  'profession.credential': 1_000,
  'entity.name': 1_000,
  'entity.uscc': 100,
  'entity.address': 1_000,
  'entity.contentCategory': 1_000,
  'entity.contact': 1_000,
} as const;

const text = (max: number) => z.string().max(max);

export const professionSchema = z.strictObject({
  domain: text(ACCOUNT_LIMITS['profession.domain']),
  credential: text(ACCOUNT_LIMITS['profession.credential']).optional(),
});

export const entitySchema = z.strictObject({
  name: text(ACCOUNT_LIMITS['entity.name']),
  uscc: text(ACCOUNT_LIMITS['entity.uscc']),
  address: text(ACCOUNT_LIMITS['entity.address']).optional(),
  contentCategory: text(ACCOUNT_LIMITS['entity.contentCategory']).optional(),
  contact: text(ACCOUNT_LIMITS['entity.contact']).optional(),
});

/** AccountInfo as the server accepts it: every field optional, nothing else allowed. */
export const accountInfoSchema = z.strictObject({
  kind: z.enum(['personal', 'professional', 'entity']).optional(),
  name: text(ACCOUNT_LIMITS.name).optional(),
  bio: text(ACCOUNT_LIMITS.bio).optional(),
  signature: text(ACCOUNT_LIMITS.signature).optional(),
  avatar: text(ACCOUNT_LIMITS.avatar).optional(),
  cover: text(ACCOUNT_LIMITS.cover).optional(),
  profession: professionSchema.optional(),
  entity: entitySchema.optional(),
});

/** The caller's identifier for an account, echoed back with its verdict. */
export const accountIdSchema = z.union([text(ACCOUNT_LIMITS.id), z.number()]);

/** One account as a batch carries it (a CLI input line): AccountInfo plus an optional `id`. */
export const accountLineSchema = accountInfoSchema.extend({ id: accountIdSchema.optional() });

export type AccountId = z.infer<typeof accountIdSchema>;
export type AccountLine = z.infer<typeof accountLineSchema>;

/**
 * One problem of a payload: where it is (`name`, `entity.uscc`; '' for the account itself, e.g. an
 * unknown field) and a sentence that names the field (`name must be a string, not a number`).
 */
export interface AccountIssue {
  path: string;
  message: string;
}

export type AccountValidation<T> =
  | { success: true; data: T }
  | { success: false; message: string; issues: AccountIssue[] };

/** Validates one account; on failure, `message` names every wrong field (at most `maxIssues`). */
export function validateAccountLine(value: unknown, maxIssues = 10): AccountValidation<AccountLine> {
  return validate(accountLineSchema, value, maxIssues);
}

/** Like validateAccountLine, without `id`: for payloads that are one AccountInfo. (Also checks, at
 * compile time, that the schema produces what the engine takes.) */
export function validateAccountInfo(value: unknown, maxIssues = 10): AccountValidation<AccountInfo> {
  return validate(accountInfoSchema, value, maxIssues);
}

function validate<T>(schema: z.ZodType<T>, value: unknown, maxIssues: number): AccountValidation<T> {
  const result = schema.safeParse(value, { error: issueMessage });
  if (result.success) return { success: true, data: result.data };
  const { issues } = result.error;
  return {
    success: false,
    message: formatIssues(issues, maxIssues),
    issues: issues
      .slice(0, maxIssues)
      .map((issue) => ({ path: issue.path.map(String).join('.'), message: sentence(issue) })),
  };
}

/** "name must be a string, not a number; entity has an unknown field "x"". */
export function formatIssues(issues: readonly z.core.$ZodIssue[], maxIssues = 10): string {
  const parts = issues.slice(0, maxIssues).map(sentence);
  if (issues.length > maxIssues) parts.push(`and ${issues.length - maxIssues} more problems`);
  return parts.join('; ');
}

function sentence(issue: z.core.$ZodIssue): string {
  const where = issue.path.length === 0 ? 'the account' : issue.path.map(String).join('.');
  return `${where} ${issue.message}`;
}

/** The message of one issue, without its path (formatIssues puts the path in front). */
function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${issue.expected === 'object' ? 'a JSON object' : withArticle(issue.expected)}, not ${describe(issue.input)}`;
    case 'too_big':
      return typeof issue.input === 'string'
        ? `is ${count(issue.input.length)} characters long; the limit is ${count(Number(issue.maximum))}`
        : undefined;
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `has an unknown field ${JSON.stringify(issue.keys[0])}`
        : `has unknown fields ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(issue.input)}`;
    case 'invalid_union':
      // The only union is `id`: a string or a number.
      return typeof issue.input === 'string'
        ? `is ${count(issue.input.length)} characters long; the limit is ${count(ACCOUNT_LIMITS.id)}`
        : `must be a string or a number, not ${describe(issue.input)}`;
    default:
      return undefined;
  }
}

const withArticle = (noun: string) => (/^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`);

const count = (n: number) => n.toLocaleString('en-US');

/** A short English description of a JSON value: `a number`, `null`, `an array`, `"entity"`. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value.length <= 40 ? JSON.stringify(value) : 'a string';
  if (typeof value === 'object') return 'an object';
  return withArticle(typeof value);
}

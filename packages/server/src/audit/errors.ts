/** The audit's errors: why a run could not start or go on, in a sentence for the command line. */

/** The run could not start or go on: bad input, unusable checkpoint, I/O failure. */
export class AuditError extends Error {}

export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The common reasons a file cannot be used, in words; any other error says its own message. */
const FILE_PROBLEMS = new Map<unknown, string>([
  ['ENOENT', 'no such file'],
  ['EISDIR', 'it is a directory'],
  ['EACCES', 'permission denied'],
]);

/** `cannot read input.jsonl: no such file`. */
export function fileProblem(action: string, file: string, error: unknown): AuditError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new AuditError(`cannot ${action} ${file}: ${FILE_PROBLEMS.get(code) ?? describeError(error)}`);
}

/**
 * A command line with the wrong words, for both commands (`mingzheng check`, `mingzheng audit`): the
 * error their parsers throw, and the one place that tells it, or node:util's parseArgs errors,
 * apart from a failure of the program.
 */

/** The command line is wrong: its message says what to change. */
export class UsageError extends Error {}

/** Whether `error` is a wrong command line: a UsageError, or one of parseArgs' `ERR_PARSE_ARGS_*`. */
export function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * `parse()`'s command, or, when the command line is wrong, undefined after `fail` was told what is
 * wrong and where the usage is (`help`, e.g. `mingzheng audit --help`). Any other error is thrown.
 */
export function parseCommandLine<C>(parse: () => C, fail: (message: string) => void, help: string): C | undefined {
  try {
    return parse();
  } catch (error) {
    if (!isUsageError(error)) throw error;
    fail(`${error.message}\nRun "${help}" for usage.`);
    return undefined;
  }
}

/**
 * Real ways for an engine or rule set not to load, for the fail-closed tests (see
 * browser-commands.mjs): a rule-set endpoint on the test runner's server that answers 404, an
 * invalid document or the real one, and requests failed as a network failure in Chromium.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** 'held': the request waits unanswered until `release()`, then answers 404. */
export type EndpointAnswer = 'missing' | 'ok' | 'invalid' | 'held';

let endpoints = 0;

export interface RulesetEndpoint {
  /** The endpoint's URL (same origin as the test page). */
  url: string;
  /** Answers from now on, in turn (the last one from then on); the request count starts again. */
  answer(...answers: EndpointAnswer[]): Promise<unknown>;
  /** How many requests reached the endpoint since its answers were last set. */
  requests(): Promise<number>;
  /** Lets the held requests go (they answer 404). */
  release(): Promise<unknown>;
}

/** A fresh rule-set URL on the test server answering `answers` in turn (the last one from then on). */
export async function rulesetEndpoint(...answers: EndpointAnswer[]): Promise<RulesetEndpoint> {
  const key = `${Date.now()}-${++endpoints}`;
  await executeServerCommand('mz-ruleset-answer', { key, answers });
  return {
    url: `/__mz/ruleset/${key}`,
    answer: (...next) => executeServerCommand('mz-ruleset-answer', { key, answers: next }),
    requests: async () => (await executeServerCommand('mz-ruleset-requests', { key })) as number,
    release: () => executeServerCommand('mz-ruleset-release', { key }),
  };
}

/** Every request whose URL matches `pattern` (`*` wildcards) fails as a network failure, until `null`. */
export async function failRequests(pattern: string | null): Promise<void> {
  await executeServerCommand('mz-fail-requests', { pattern });
}

/** Records console.error calls (still printing them) until `restore()`. */
export function recordConsoleErrors(): { calls: unknown[][]; restore(): void } {
  const original = console.error;
  const calls: unknown[][] = [];
  console.error = (...args: unknown[]) => {
    calls.push(args);
    original.apply(console, args);
  };
  return { calls, restore: () => (console.error = original) };
}

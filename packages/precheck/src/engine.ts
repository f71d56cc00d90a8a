/** The convenient entry: load the dictionaries, compile a rule set, check accounts. */
import { check } from './check.js';
import { type Dictionaries, loadDictionaries } from './dictionaries.js';
import { type CompiledRuleSet, compileValidated } from './rules/compile.js';
import { parseKnownRuleSet, RuleSetError } from './rules/validate.js';
import type { AccountInfo, Verdict } from './types.js';

export interface Engine {
  readonly rulesetVersion: string;
  readonly compiled: CompiledRuleSet;
  check(info: AccountInfo): Verdict;
}

/** Loads the dictionaries (once per page or process) and compiles `ruleSet`. */
export async function createEngine(ruleSet: unknown, dictionaries?: Dictionaries): Promise<Engine> {
  // Validate first: a broken rule set is reported at once, before the dictionaries load. A plain
  // document is checked by hand; zod (its own chunk in a page) is loaded only to decide where the
  // hand-written check is not sure, and to word what is wrong.
  let document = parseKnownRuleSet(ruleSet);
  if (document === undefined) {
    const answer = (await import('./rules/schema.js')).zodAnswer(ruleSet);
    if ('problems' in answer) throw new RuleSetError(answer.problems);
    document = answer.ruleSet;
  }
  const compiled = compileValidated(document, dictionaries ?? (await loadDictionaries()));
  return {
    rulesetVersion: compiled.version,
    compiled,
    check: (info) => check(info, compiled),
  };
}

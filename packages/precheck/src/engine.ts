/** The convenient entry: load the dictionaries, compile a rule set, check accounts. */
import { check } from './check.js';
import { type Dictionaries, loadDictionaries } from './dictionaries.js';
import { type CompiledRuleSet, compileRuleSet } from './rules/compile.js';
import { parseRuleSet } from './rules/schema.js';
import type { AccountInfo, Verdict } from './types.js';

export interface Engine {
  readonly rulesetVersion: string;
  readonly compiled: CompiledRuleSet;
  check(info: AccountInfo): Verdict;
}

/** Loads the dictionaries (once per page or process) and compiles `ruleSet`. */
export async function createEngine(ruleSet: unknown, dictionaries?: Dictionaries): Promise<Engine> {
  // Validate first: a broken rule set is reported at once, before the dictionaries load.
  const document = parseRuleSet(ruleSet);
  const compiled = compileRuleSet(document, dictionaries ?? (await loadDictionaries()));
  return {
    rulesetVersion: compiled.version,
    compiled,
    check: (info) => check(info, compiled),
  };
}

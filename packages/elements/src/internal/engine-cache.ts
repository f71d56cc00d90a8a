/**
 * Lazy engines for the fields. The engine (`@mingzheng/precheck`) and the default rule set
 * (`@mingzheng/rules-cn`) sit behind dynamic imports, so a page that shows a field pays for them
 * only once the field is on the page, and typing never waits for them. Every field given the same
 * rule-set document (or promise of one) shares one compiled engine.
 */
import type { Engine, RuleSet } from '@mingzheng/precheck';

export type PrecheckModule = typeof import('@mingzheng/precheck');

/** A rule-set document, or a promise of one (e.g. a `fetch()` of the platform's rule set). */
export type RuleSetSource = RuleSet | PromiseLike<RuleSet>;

let precheckModule: Promise<PrecheckModule> | undefined;
let loadedModule: PrecheckModule | undefined;
let defaultEngine: Promise<Engine> | undefined;
const engines = new WeakMap<object, Promise<Engine>>();

/** The engine module, loaded once per page. */
export function loadPrecheck(): Promise<PrecheckModule> {
  precheckModule ??= import('@mingzheng/precheck').then((module) => {
    loadedModule = module;
    return module;
  });
  return precheckModule;
}

/** The engine module if it has loaded already: for synchronous formatting once a verdict exists. */
export function precheckIfLoaded(): PrecheckModule | undefined {
  return loadedModule;
}

/** The shared engine for `ruleSet`, or for the default rule set when none is given. */
export function engineFor(ruleSet: RuleSetSource | undefined): Promise<Engine> {
  if (ruleSet === undefined || ruleSet === null) {
    defaultEngine ??= import('@mingzheng/rules-cn').then((module) => engineFor(module.defaultRuleSet));
    return defaultEngine;
  }
  let engine = engines.get(ruleSet);
  if (!engine) {
    engine = Promise.all([ruleSet, loadPrecheck()]).then(([document, module]) => module.createEngine(document));
    // A broken rule set is not cached: a corrected document (or a retry) compiles afresh.
    engine.catch(() => engines.delete(ruleSet));
    engines.set(ruleSet, engine);
  }
  return engine;
}

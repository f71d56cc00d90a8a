/**
 * Lazy engines for the fields. The engine (`@mingzheng/precheck`) and the default rule set
 * (`@mingzheng/rules-cn`) sit behind dynamic imports, so a page that shows a field pays for them
 * only once the field is on the page, and typing never waits for them. Every field given the same
 * rule-set document (or promise of one, or rule-set URL) shares one compiled engine.
 *
 * A field that checks names only (`mz-name-field`) asks for the default rule set's projection on
 * the name field (`@mingzheng/rules-cn/name`: the rules that read names, a smaller download, the
 * same verdicts and `rulesetVersion` for every name). Anything that checks other fields (the
 * profile editor) loads the whole. One default engine per page where it can be: a name field uses
 * the whole when the whole is loaded or loading, and waits a task before choosing, so that a page
 * whose elements connect together (a name field and a profile editor) loads the whole alone.
 *
 * Failures are never cached: a failed import, fetch or compilation is forgotten as soon as it
 * settles, so the next attempt (see EngineController) starts afresh — a page that went offline, a
 * server that answered 404 for a moment, recover without a reload. A retry names the moment it
 * was asked for (`since`, e.g. the `online` event's time): it joins a load still under way only if
 * that load started since, for a request sent before the page came back online may still fail.
 */
import type { Engine, RuleSet } from '@mingzheng/precheck';

/** The engine's functions the fields call (`./precheck.ts`), loaded with the first engine. */
export type PrecheckModule = typeof import('./precheck.js');

/** A rule-set document, or a promise of one (e.g. a `fetch()` of the platform's rule set). */
export type RuleSetSource = RuleSet | PromiseLike<RuleSet>;

/** Where a field's rule set comes from: the document or promise wins, then the URL, then the default. */
export interface EngineSource {
  ruleSet?: RuleSetSource | undefined;
  rulesetUrl?: string | undefined;
  /** The default rule set's projection on this field suffices: the host checks nothing else. */
  only?: 'name' | undefined;
}

/** A rule-set URL answered with something other than a rule-set document. */
export class RuleSetFetchError extends Error {
  override name = 'RuleSetFetchError';
}

/** How long a rule-set request may take before it counts as failed. */
const FETCH_TIMEOUT_MS = 20_000;

let precheckModule: Promise<PrecheckModule> | undefined;
let loadedModule: PrecheckModule | undefined;
let defaultEngine: Promise<Engine> | undefined;
let defaultNameEngine: Promise<Engine> | undefined;
const engines = new WeakMap<object, Promise<Engine>>();
const urlEngines = new Map<string, Promise<Engine>>();

/** When each cached load started, and which have loaded (those serve every later call). */
const startedAt = new WeakMap<Promise<unknown>, number>();
const succeeded = new WeakSet<Promise<unknown>>();

/** `promise`, forgotten by `forget` if it rejects, so that a later call tries again. */
function uncachedOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  startedAt.set(promise, performance.now());
  promise.then(
    () => succeeded.add(promise),
    () => forget(),
  );
  return promise;
}

/** Whether a cached load serves a call that wants one started at `since` or later. */
function usable(promise: Promise<unknown> | undefined, since: number): promise is Promise<unknown> {
  return promise !== undefined && (succeeded.has(promise) || (startedAt.get(promise) ?? 0) >= since);
}

/** The engine module, loaded once per page (a failed load is tried again on the next call). */
export function loadPrecheck(since = 0): Promise<PrecheckModule> {
  if (!usable(precheckModule, since)) {
    const loading = import('./precheck.js').then((module) => {
      loadedModule = module;
      return module;
    });
    precheckModule = uncachedOnFailure(loading, () => {
      if (precheckModule === loading) precheckModule = undefined;
    });
    return precheckModule;
  }
  return precheckModule;
}

/** The engine module if it has loaded already: for synchronous formatting once a verdict exists. */
export function precheckIfLoaded(): PrecheckModule | undefined {
  return loadedModule;
}

/**
 * The engine for the default rule set's name projection, or for the whole when the page has it
 * loaded or loading (asked for before the next task, too).
 */
function nameEngine(since: number): Promise<Engine> {
  if (usable(defaultEngine, since)) return defaultEngine as Promise<Engine>;
  if (usable(defaultNameEngine, since)) return defaultNameEngine as Promise<Engine>;
  const loading = new Promise<void>((resolve) => setTimeout(resolve)).then(() =>
    usable(defaultEngine, since)
      ? (defaultEngine as Promise<Engine>)
      : import('@mingzheng/rules-cn/name').then((module) => engineFor(module.nameRuleSet, since)),
  );
  defaultNameEngine = uncachedOnFailure(loading, () => {
    if (defaultNameEngine === loading) defaultNameEngine = undefined;
  });
  return loading;
}

/**
 * The shared engine for `ruleSet`, or for the default rule set when none is given (its name
 * projection with `only: 'name'`, see above).
 */
export function engineFor(ruleSet: RuleSetSource | undefined, since = 0, only?: 'name'): Promise<Engine> {
  if (ruleSet === undefined || ruleSet === null) {
    if (only === 'name') return nameEngine(since);
    if (!usable(defaultEngine, since)) {
      const loading = import('@mingzheng/rules-cn').then((module) => engineFor(module.defaultRuleSet, since));
      defaultEngine = uncachedOnFailure(loading, () => {
        if (defaultEngine === loading) defaultEngine = undefined;
      });
      return loading;
    }
    return defaultEngine;
  }
  let engine = engines.get(ruleSet);
  if (!usable(engine, since)) {
    const loading = Promise.all([ruleSet, loadPrecheck(since)]).then(([document, module]) =>
      module.createEngine(document),
    );
    // A broken rule set is not cached: a corrected document (or a retry) compiles afresh.
    engine = uncachedOnFailure(loading, () => {
      if (engines.get(ruleSet) === loading) engines.delete(ruleSet);
    });
    engines.set(ruleSet, engine);
  }
  return engine;
}

/** The shared engine for the rule-set document at `url` (e.g. the server's `GET /ruleset`). */
export function engineForUrl(url: string, since = 0): Promise<Engine> {
  const key = new URL(url, document.baseURI).href;
  let engine = urlEngines.get(key);
  if (!usable(engine, since)) {
    const loading = Promise.all([fetchRuleSet(key), loadPrecheck(since)]).then(([document, module]) =>
      module.createEngine(document),
    );
    engine = uncachedOnFailure(loading, () => {
      if (urlEngines.get(key) === loading) urlEngines.delete(key);
    });
    urlEngines.set(key, engine);
  }
  return engine;
}

/** The engine for whatever `source` names (see EngineSource for the precedence). */
export function engineForSource(source: EngineSource, since = 0): Promise<Engine> {
  if (source.ruleSet !== undefined && source.ruleSet !== null) return engineFor(source.ruleSet, since);
  if (source.rulesetUrl) return engineForUrl(source.rulesetUrl, since);
  return engineFor(undefined, since, source.only);
}

async function fetchRuleSet(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    throw new RuleSetFetchError(`GET ${url} failed (${describe(error)})`, { cause: error });
  }
  if (!response.ok) throw new RuleSetFetchError(`GET ${url} answered HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    throw new RuleSetFetchError(`GET ${url} did not answer JSON (${describe(error)})`, { cause: error });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

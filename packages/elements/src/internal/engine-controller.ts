/**
 * `EngineController`: how a checking element gets its engine, and what it does when it cannot.
 * One reactive controller, modelled on `@lit/task`, used by every element that checks text:
 *
 *   load()  ─▶ pending ─▶ complete (engine)                      each load has a call id: a
 *                      └─▶ error (kept for the message and log)    stale one never wins
 *   error ─▶ retry: after a bounded backoff (1 s, 2 s, 4 s … 30 s, six times), at once on the
 *           window's `online` event, and on the next user input once the backoff has passed
 *
 * While the engine or rule set cannot load, the element FAILS CLOSED: `failureValidity()` is a
 * `customError` with the element's own message (from its catalog: the engine module that failed
 * cannot word it), so the form does not submit unchecked text. `precheck-optional` opts out: the
 * element stays valid and shows a neutral notice (the platform's server decides anyway). The cause
 * is logged with `console.error` once per failing source, not per keystroke or retry, and again
 * only after the source has loaded and failed anew.
 *
 * It also decides WHEN the host checks, the same for every checking element: `checkWhenDue()` in
 * the host's `willUpdate` loads the engine for a new source, and runs the host's check once the
 * engine has loaded, no IME composes (`held`), and the check's inputs or the engine differ from
 * the last check's. While failed it clears the host's verdict: none stands for unseen text.
 */
import type { Engine } from '@mingzheng/precheck';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type EngineSource, engineForSource, loadPrecheck } from './engine-cache.js';
import type { ValidityReport } from './form-associated.js';
import { localeOf } from './host.js';

export type EngineStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface EngineControllerOptions {
  /** The host's current rule-set source (read on every load). */
  source: () => EngineSource;
  /** The host's `precheckOptional`: fail open instead of closed. */
  optional: () => boolean;
  /** Checks wait while this is true (an IME composes: its commit is checked on compositionend). */
  held?: () => boolean;
}

/** The sources whose failure has been logged, until they load again: URLs and the default by name, documents and promises weakly. */
const reportedNames = new Set<string>();
const reportedObjects = new WeakSet<object>();
const DEFAULT_SOURCE = 'default rule set';

const reported = {
  has: (key: string | object) => (typeof key === 'string' ? reportedNames.has(key) : reportedObjects.has(key)),
  add: (key: string | object) => (typeof key === 'string' ? reportedNames.add(key) : reportedObjects.add(key)),
  delete: (key: string | object) => (typeof key === 'string' ? reportedNames.delete(key) : reportedObjects.delete(key)),
};

export class EngineController implements ReactiveController {
  /**
   * Pauses before the automatic retries after consecutive failures. After the last, retries wait
   * for the `online` event or the user's next input (no sooner than the last pause after a failure).
   */
  static retryDelays: readonly number[] = [1_000, 2_000, 4_000, 8_000, 16_000, 30_000];

  status: EngineStatus = 'initial';
  /** The engine, once `status` is `complete`. */
  engine: Engine | undefined;
  /** Why the last load failed, while `status` is `error`. */
  error: unknown;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: EngineControllerOptions;
  private callId = 0;
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryAllowedAt = 0;
  private settledPromise: Promise<void> = Promise.resolve();
  /** The source the last load was for: a different one loads anew. */
  private loadedSource: EngineSource | undefined;
  /** What the last check ran with: its inputs (compared one by one) and the engine. */
  private checkedInputs: readonly unknown[] | undefined;
  private checkedEngine: Engine | undefined;
  private readonly handleOnline = (event: Event) => {
    // Every element retrying for this event may share one load, started after the event.
    if (this.status === 'error') this.retry(event.timeStamp);
  };

  constructor(host: ReactiveControllerHost & HTMLElement, options: EngineControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Resolves once the load under way (if any) has settled, whatever its outcome. */
  get settled(): Promise<void> {
    return this.settledPromise;
  }

  get pending(): boolean {
    return this.status === 'pending';
  }

  /** The engine or rule set could not load (and no later load has succeeded yet). */
  get failed(): boolean {
    return this.status === 'error';
  }

  /** Failing open: failed, but the host opted out of failing closed. */
  get failedOpen(): boolean {
    return this.failed && this.options.optional();
  }

  /** The validity a host with text to check reports while failed: invalid unless optional. */
  failureValidity(message: string): ValidityReport | undefined {
    if (!this.failed || this.options.optional()) return undefined;
    return { flags: { customError: true }, message };
  }

  /**
   * The host's check, called from its `willUpdate`: loads the engine on the first update and when
   * the source changed; then runs `check` once the engine has loaded, unless `held`, when `inputs`
   * (compared one by one with `!==`) or the engine differ from the last check's. While the engine
   * has failed, `clear` drops the host's verdict and the next engine checks afresh.
   */
  checkWhenDue(inputs: readonly unknown[], check: (engine: Engine) => void, clear: () => void): void {
    const source = this.options.source();
    const loaded = this.loadedSource;
    if (!loaded || loaded.ruleSet !== source.ruleSet || loaded.rulesetUrl !== source.rulesetUrl) this.load();
    if (this.failed) {
      this.recheck();
      clear();
      return;
    }
    const engine = this.engine;
    if (this.status !== 'complete' || !engine || this.options.held?.()) return;
    const last = this.checkedInputs;
    const same = last?.length === inputs.length && inputs.every((input, index) => input === last[index]);
    if (same && engine === this.checkedEngine) return;
    this.checkedInputs = inputs;
    this.checkedEngine = engine;
    check(engine);
  }

  /** The next `checkWhenDue` checks, whatever its inputs (a form reset, an option that changes the verdict). */
  recheck(): void {
    this.checkedInputs = undefined;
  }

  /** Loads the engine for a (new) source; earlier failures no longer count towards the backoff. */
  load(): void {
    this.failures = 0;
    this.start();
  }

  /**
   * Loads again after a failure. The host stays failed (refusing text) until the new attempt
   * succeeds: a retry in flight must not open a window in which unchecked text is accepted. With
   * `since` (the `online` event's time), the attempt is one started then or later: a request sent
   * before the page came back online may still fail, and must not stand for this retry. Typing
   * and timers join an attempt under way.
   */
  retry(since = 0): void {
    this.start(this.status === 'error', since);
  }

  /** The user typed: a failed load is tried again, unless the backoff has not passed yet. */
  userInput(): void {
    if (this.status === 'error' && Date.now() >= this.retryAllowedAt) this.retry();
  }

  hostConnected(): void {
    window.addEventListener('online', this.handleOnline);
    // Back in the page after a failure: the timers were cleared on the way out.
    if (this.status === 'error') this.retry();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.handleOnline);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private start(quietly = false, since = 0): void {
    const call = ++this.callId;
    const source = this.options.source();
    this.loadedSource = source;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (!quietly) {
      this.status = 'pending';
      this.host.requestUpdate();
    }
    // The host's language's messages load with the engine (zh-CN comes with it; zh-TW and en are
    // chunks of their own), so that its first findings are worded; a failure there only leaves the
    // words to load on first use (finding.messages.ts), and never fails the check.
    const host = this.host;
    const words = loadPrecheck(since)
      .then((precheck) => precheck.loadLocale(localeOf(host)))
      .catch(() => undefined);
    this.settledPromise = Promise.all([engineForSource(source, since), words]).then(
      ([engine]) => {
        if (call !== this.callId) return;
        this.status = 'complete';
        this.engine = engine;
        this.error = undefined;
        this.failures = 0;
        reported.delete(sourceKey(source));
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (call !== this.callId) return;
        this.status = 'error';
        this.engine = undefined;
        this.error = error;
        this.report(source, error);
        this.scheduleRetry();
        this.host.requestUpdate();
      },
    );
  }

  private scheduleRetry(): void {
    const delays = EngineController.retryDelays;
    const delay = delays[this.failures];
    this.failures++;
    this.retryAllowedAt = Date.now() + (delay ?? delays.at(-1) ?? 0);
    if (delay !== undefined && this.host.isConnected) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = undefined;
        if (this.status === 'error') this.retry();
      }, delay);
    }
  }

  private report(source: EngineSource, error: unknown): void {
    const key = sourceKey(source);
    if (reported.has(key)) return;
    reported.add(key);
    const element = this.host.localName;
    const outcome = this.options.optional()
      ? 'it accepts text unchecked (precheck-optional) until it loads'
      : 'it refuses text (fails closed) until it loads';
    console.error(
      `<${element}> cannot check text: ${describeSource(source)} could not load: ${describe(error)}. ${outcome}; retrying.`,
      error,
    );
  }
}

function sourceKey(source: EngineSource): string | object {
  if (source.ruleSet !== undefined && source.ruleSet !== null) return source.ruleSet;
  if (source.rulesetUrl) return `url:${new URL(source.rulesetUrl, document.baseURI).href}`;
  return DEFAULT_SOURCE;
}

function describeSource(source: EngineSource): string {
  if (source.ruleSet !== undefined && source.ruleSet !== null) return 'the rule set given as `ruleSet`';
  if (source.rulesetUrl) return `the rule set at ${new URL(source.rulesetUrl, document.baseURI).href}`;
  return 'the engine with the default rule set (@mingzheng/rules-cn)';
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

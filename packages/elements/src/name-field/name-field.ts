/**
 * `mz-name-field`: the account-name input. The user's text flows from the inner `<input>` into
 * `value` (and the form, through FormAssociatedElement), then — unless an IME composition is under
 * way — into the engine, loaded lazily and shared per rule set. The verdict decides validity (a
 * block finding makes the field invalid; review findings are notices unless `block-review`) and
 * the feedback, which shows late and rewards early: after blur or submit, then on every input.
 * With `server-check`, a passing name is also sent to the server, whose verdict wins if it differs.
 * When the engine or rule set cannot load, the field fails closed (EngineController) unless
 * `precheck-optional`; a composition's commit is checked whatever order the browser's events
 * come in (CompositionController, through the InteractionController). Feedback shows late and
 * rewards early (InteractionController, `feedbackVisible()`).
 * (About 400 lines, 45 of them the manifest's JSDoc; the feedback's five states are rendered here.)
 */
import type { Engine, Finding, Verdict } from '@mingzheng/precheck';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { MzPrecheckEvent } from '../events/precheck-event.js';
import { CheckingFieldElement } from '../internal/checking-element.js';
import { validityMessage } from '../internal/finding.messages.js';
import { renderFindings, renderMirror } from '../internal/findings.js';
import { VALID, type ValidityReport } from '../internal/form-associated.js';
import { graphemeLength } from '../internal/grapheme-length.js';
import { localeOf } from '../internal/host.js';
import { InteractionController } from '../internal/interaction-controller.js';
import { type FieldLocale, fieldMessages } from './name-field.messages.js';
import { nameFieldStyles } from './name-field.styles.js';
import { isVerdict } from './server-verdict.js';

const SERVER_CHECK_DELAY_MS = 400;

/**
 * @summary A form-associated text field for an internet account name, pre-checked against the
 * CAC Provisions as the user types.
 *
 * @slot - None: the label, hint and feedback are attributes and properties.
 *
 * @event input - The value changed as the user typed (the native event, composed).
 * @event change - The value was committed (re-dispatched from the host).
 * @event {MzPrecheckEvent} mz-precheck - A check finished; `event.verdict` is the verdict shown.
 *
 * @csspart label - The label above the input.
 * @csspart input - The native input.
 * @csspart hint - The hint under the input.
 * @csspart feedback - The live region with the checking state, findings or success.
 * @csspart mirror - The user's text repeated under the input, with every finding's span marked.
 * @csspart match - A marked span in the mirror (a `<mark>`); also `match-block` or `match-review`.
 * @csspart match-block - A span of a finding that makes the name invalid.
 * @csspart match-review - A span of a finding the platform reviews.
 * @csspart finding - One finding's message in the feedback.
 *
 * @cssproperty --mz-font - Font of the field.
 * @cssproperty --mz-color-text - Text colour.
 * @cssproperty --mz-color-border - Border colour of the input.
 * @cssproperty --mz-color-surface - Background of the input.
 * @cssproperty --mz-color-hint - Colour of the hint and the checking state.
 * @cssproperty --mz-color-error - Colour of errors and of the invalid border.
 * @cssproperty --mz-color-review - Colour of review notices.
 * @cssproperty --mz-color-success - Colour of the success message.
 * @cssproperty --mz-color-match - Background of a blocking span in the mirror.
 * @cssproperty --mz-color-match-review - Background of a review span in the mirror.
 * @cssproperty --mz-radius - Corner radius of the input.
 * @cssproperty --mz-focus-ring - Outline of the focused input.
 * @cssproperty --mz-color-input-text - Colour of the text in the input.
 * @cssproperty --mz-input-padding - Padding of the input.
 * @cssproperty --mz-input-border-width - Border width of the input.
 * @cssproperty --mz-label-font-weight - Font weight of the label.
 * @cssproperty --mz-font-size-small - Font size of the hint and feedback.
 * @cssproperty --mz-feedback-min-height - Space kept for the feedback line while it is empty (so feedback appearing on blur moves nothing).
 * @cssproperty --mz-space-xs - Gap between the label, input, hint and feedback.
 *
 * @cssstate user-invalid - An error is showing.
 * @cssstate user-valid - The feedback is showing and the name is valid.
 * @cssstate checking - The engine or rule set is loading.
 * @cssstate unavailable - The engine or rule set could not load (the field fails closed unless `precheck-optional`).
 * @cssstate review - A review notice is showing (Art. 10.2 or 11).
 */
export class MzNameField extends CheckingFieldElement {
  static override styles = nameFieldStyles;

  /** Touched and dirty (feedback shows after blur or submit), IME, Enter to submit. */
  protected readonly interaction = new InteractionController(this, { forced: () => this.showFeedback });

  /** Names only: the default rule set's name projection is enough (the whole if the page has it). */
  protected override get checksOnly(): 'name' {
    return 'name';
  }

  @query('input') private readonly input?: HTMLInputElement;

  /** The visible label; defaults to "账号名称" in the field's language. */
  @property() label = '';

  /** Help text under the input. */
  @property() hint = '';

  /** Text shown while the field is empty. */
  @property() placeholder = '';

  /** Makes the input read-only. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The input's autocomplete token. */
  @property() autocomplete = 'nickname';

  /** Fewest characters, counted in grapheme clusters (see `cjk-width`). */
  @property({ type: Number }) minlength?: number;

  /** Most characters, counted in grapheme clusters (see `cjk-width`). */
  @property({ type: Number }) maxlength?: number;

  /** How many characters a CJK character counts as for `minlength`/`maxlength`: "1" or "2". */
  @property({ attribute: 'cjk-width' }) cjkWidth: '1' | '2' = '1';

  /** Review findings (Art. 10.2, 11) make the field invalid instead of showing a notice. */
  @property({ type: Boolean, attribute: 'block-review' }) blockReview = false;

  /** A URL to POST `{ name }` to once the local check passes; its verdict is shown if it differs. */
  @property({ attribute: 'server-check' }) serverCheck = '';

  /** The local verdict for `checkedValue`. */
  @state() private verdict?: Verdict;

  /** The server's verdict for `checkedValue`, when it differs from the local one. */
  @state() private serverVerdict?: Verdict;

  /** The value the local verdict is for (a server answer for another is dropped). */
  private checkedValue: string | undefined;
  private pendingEvents: MzPrecheckEvent[] = [];
  /** The `input` or `compositionend` event that last changed the value (see `dispatchPendingEvents`). */
  private valueEvent: Event | undefined;
  private serverTimer: ReturnType<typeof setTimeout> | undefined;
  private serverAbort: AbortController | undefined;

  /** The verdict on show: the server's if it answered differently, else the local one. */
  get currentVerdict(): Verdict | undefined {
    return this.serverVerdict ?? this.verdict;
  }

  /** Resolves once the engine for the current rule set has loaded (or failed) and the field has updated. */
  get ready(): Promise<boolean> {
    // The first update starts the load: wait for it, then for the engine, then for the update it causes.
    return this.updateComplete.then(() => this.engineLoad.settled).then(() => this.updateComplete);
  }

  /** The language of the nearest `lang` attribute (the field's own or an ancestor's), zh-CN by default. */
  get locale(): FieldLocale {
    return localeOf(this);
  }

  /** Success shows once a verdict stands for the name. */
  protected override get showsSuccess(): boolean {
    return super.showsSuccess && this.currentVerdict !== undefined;
  }

  /** Whether a finding makes the field invalid: a block, or a review with `block-review`. */
  private readonly blocks = (finding: Finding): boolean =>
    finding.severity === 'block' || (this.blockReview && finding.severity === 'review');

  /** The finding that makes the field invalid, if any. */
  private blockingFinding(): Finding | undefined {
    return this.currentVerdict?.findings.find(this.blocks);
  }

  private lengthOf(text: string): number {
    return graphemeLength(text, this.cjkWidth === '2' ? 2 : 1);
  }

  protected override get validityAnchor(): HTMLInputElement | undefined {
    return this.input;
  }

  protected override validate(): ValidityReport {
    const messages = fieldMessages(this.locale);
    const value = this.value;
    if (this.required && value === '') {
      return { flags: { valueMissing: true }, message: messages.required(this.label || messages.label) };
    }
    const wide = this.cjkWidth === '2';
    if (value !== '' && (this.maxlength !== undefined || this.minlength !== undefined)) {
      const count = this.lengthOf(value);
      if (this.maxlength !== undefined && count > this.maxlength) {
        return { flags: { tooLong: true }, message: messages.tooLong(this.maxlength, count, wide) };
      }
      if (this.minlength !== undefined && count < this.minlength) {
        return { flags: { tooShort: true }, message: messages.tooShort(this.minlength, count, wide) };
      }
    }
    // Unchecked text never passes silently: invalid until the engine loads (unless precheck-optional).
    const unavailable = value !== '' ? this.engineLoad.failureValidity(messages.unavailable) : undefined;
    if (unavailable) return unavailable;
    const blocking = this.blockingFinding();
    // The browser's bubble says it briefly: the findings are worded in full under the field.
    return blocking ? { flags: { customError: true }, message: validityMessage(this.locale) } : VALID;
  }

  protected override resetState(): void {
    this.interaction.reset();
    this.checkedValue = undefined;
    this.engineLoad.recheck();
    this.cancelServerCheck();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelServerCheck();
  }

  /** Checks `value` with the engine: synchronous and cheap, so it runs on every input. */
  private runCheck(engine: Engine): void {
    this.checkedValue = this.value;
    this.serverVerdict = undefined;
    this.cancelServerCheck();
    const verdict = engine.check({ name: this.value });
    this.verdict = verdict;
    this.pendingEvents.push(new MzPrecheckEvent(verdict));
    if (this.serverCheck && this.value !== '' && verdict.verdict !== 'block') this.scheduleServerCheck(this.value);
  }

  private scheduleServerCheck(name: string): void {
    this.serverTimer = setTimeout(() => void this.runServerCheck(name), SERVER_CHECK_DELAY_MS);
  }

  private cancelServerCheck(): void {
    clearTimeout(this.serverTimer);
    this.serverAbort?.abort();
    this.serverAbort = undefined;
  }

  /** Failures are silent: the local verdict stays, and the server checks again on submit anyway. */
  private async runServerCheck(name: string): Promise<void> {
    const controller = new AbortController();
    this.serverAbort = controller;
    try {
      const response = await fetch(this.serverCheck, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
        signal: controller.signal,
      });
      if (!response.ok) return;
      const body: unknown = await response.json();
      if (controller.signal.aborted || name !== this.checkedValue || !isVerdict(body)) return;
      const local = this.verdict;
      if (local && body.verdict === local.verdict && body.findings.length === local.findings.length) return;
      this.serverVerdict = body;
      this.pendingEvents.push(new MzPrecheckEvent(body, 'server'));
    } catch {
      // Offline, aborted, not JSON: keep the local verdict.
    }
  }

  private handleInput(event: InputEvent): void {
    this.valueEvent = event;
    this.value = (event.target as HTMLInputElement).value;
    this.interaction.markDirty();
    this.engineLoad.userInput();
  }

  /** `change` does not cross the shadow boundary by itself; re-dispatch it from the host. */
  private handleChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private handleBlur(event: FocusEvent): void {
    this.interaction.blur(event, this.value !== '');
  }

  /**
   * The committed text, whichever order the browser sends `input` and `compositionend` in. The
   * CompositionController then updates the field even if the value did not change (Chromium's
   * last `input` already carried it), and the held-back check runs.
   */
  private handleCompositionEnd(event: CompositionEvent): void {
    this.valueEvent = event;
    this.value = (event.target as HTMLInputElement).value;
    this.interaction.markDirty();
  }

  private handleKeyDown(event: KeyboardEvent): void {
    this.interaction.keydown(event);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.autocomplete ??= 'nickname';
    if (changed.has('serverCheck') || changed.has('blockReview')) this.engineLoad.recheck();
    this.engineLoad.checkWhenDue(
      [this.value],
      (engine) => this.runCheck(engine),
      () => {
        // No verdict stands for text the engine could not see.
        this.verdict = undefined;
        this.serverVerdict = undefined;
        this.checkedValue = undefined;
        this.cancelServerCheck();
      },
    );
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.setState('checking', this.engineLoad.pending);
    this.setState('unavailable', this.engineLoad.failed);
    this.setState('review', this.feedbackVisible() && !this.hasProblem && this.currentVerdict?.verdict === 'review');
    this.dispatchPendingEvents();
  }

  /**
   * A native event pauses for microtasks between its listeners, so this field has updated and
   * checked before the event reaches the host. A verdict dispatched then would reach the page before
   * the `input` that caused it: Vue's v-model would re-render with the old value and write it back.
   * While that event is still on its way, the verdicts wait for the next task.
   */
  private dispatchPendingEvents(): void {
    if (this.pendingEvents.length === 0) return;
    if (this.valueEvent && this.valueEvent.eventPhase !== Event.NONE) {
      setTimeout(() => this.dispatchPendingEvents());
      return;
    }
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  private renderFeedback() {
    const messages = fieldMessages(this.locale);
    if (this.engineLoad.pending && (this.value !== '' || this.feedbackVisible())) {
      return html`<p class="message checking">${messages.checking}</p>`;
    }
    // Says so at once, before blur: the problem is the page's, not the user's typing.
    if (this.engineLoad.failed && this.value !== '' && !(this.feedbackVisible() && this.hasProblem)) {
      return this.engineLoad.failedOpen
        ? html`<p class="message review"><span class="visually-hidden">${messages.reviewPrefix}</span>${messages.unchecked}</p>`
        : html`<p class="message error"><span class="visually-hidden">${messages.errorPrefix}</span>${messages.unavailable}</p>`;
    }
    if (!this.feedbackVisible()) return nothing;
    const findings = this.currentVerdict?.findings ?? [];
    if (this.hasProblem) {
      // Length, required, unavailable: the validity message says it all.
      if (!this.blockingFinding()) {
        return html`<p class="message error">
          <span class="visually-hidden">${messages.errorPrefix}</span>${this.validityReport.message}
        </p>`;
      }
      return html`${renderMirror(this.value, findings, this.blocks)}${renderFindings(findings, this.locale, messages, this.blocks)}`;
    }
    if (this.value === '' || !this.currentVerdict) return nothing;
    if (findings.length > 0) {
      return html`${renderMirror(this.value, findings, this.blocks)}${renderFindings(findings, this.locale, messages, this.blocks)}`;
    }
    return html`<p class="message success">${messages.success}</p>`;
  }

  override render() {
    const messages = fieldMessages(this.locale);
    const errorShowing = this.feedbackVisible() && this.hasProblem;
    const describedBy = this.hint ? 'hint feedback' : 'feedback';
    return html`
      <label part="label" for="input">${this.label || messages.label}${
        this.required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing
      }</label>
      <input
        part="input"
        id="input"
        .value=${this.value}
        placeholder=${this.placeholder || nothing}
        autocomplete=${this.autocomplete}
        aria-describedby=${describedBy}
        aria-invalid=${errorShowing ? 'true' : nothing}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        @input=${this.handleInput}
        @change=${this.handleChange}
        @blur=${this.handleBlur}
        @keydown=${this.handleKeyDown}
        @compositionend=${this.handleCompositionEnd}
      />
      ${this.hint ? html`<div part="hint" id="hint">${this.hint}</div>` : nothing}
      <div part="feedback" id="feedback" aria-live="polite">${this.isDisabled ? nothing : this.renderFeedback()}</div>
    `;
  }
}

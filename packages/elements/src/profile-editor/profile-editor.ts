/**
 * `mz-profile-editor`: the whole account information (Art. 23(1)) in one form-associated element.
 *
 *   mz-name-field ─┐
 *   bio, signature ├─▶ AccountInfo ─▶ engine.check() ─┐
 *   kind fields ───┘                                  ├─▶ combined verdict ─▶ validity, mz-profile-change
 *   avatar, cover ─▶ detectQrCodes() ─▶ image findings┘
 *
 * Text findings come from ONE `check()` of the AccountInfo (engine loaded lazily and shared per rule
 * set); the avatar and cover are checked for QR codes on the device (Art. 8.6) and never uploaded.
 * Feedback timing follows the name field: a text problem shows after blur or submit, then follows
 * every input. The form value is a FormData with every field and the selected files.
 * When the engine or rule set cannot load, text fails closed (EngineController) unless
 * `precheck-optional`; an IME's commit is checked in every browser's event order (CompositionController).
 */
import type { AccountInfo, Engine, Finding } from '@mingzheng/precheck';
import { html, nothing, type PropertyValues, svg } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  type ImageFinding,
  MzProfileChangeEvent,
  type ProfileFinding,
  type ProfileVerdict,
} from '../events/profile-change-event.js';
import { CompositionController } from '../internal/composition.js';
import { precheckIfLoaded, type RuleSetSource } from '../internal/engine-cache.js';
import { EngineController } from '../internal/engine-controller.js';
import { FormAssociatedElement, VALID, type ValidityReport } from '../internal/form-associated.js';
import { localeOf } from '../internal/host.js';
import { safeImageUrl } from '../internal/safe-url.js';
import type { MzNameField } from '../name-field/name-field.js';
import { type FieldLocale, fieldMessages } from '../name-field/name-field.messages.js';
import { nameFieldStyles } from '../name-field/name-field.styles.js';
import {
  detectQrCodes,
  QR_IMAGE_TYPES,
  QrDetectionError,
  type QrDetectionFailure,
  type QrHit,
} from '../qr/detect-qr.js';
import {
  type ImageSlot,
  PROFESSION_DOMAINS,
  type ProfessionDomain,
  type ProfileMessages,
  profileMessages,
} from './profile-editor.messages.js';
import { profileEditorStyles } from './profile-editor.styles.js';

export type AccountKind = 'personal' | 'professional' | 'entity';

/** The text controls besides the name, by their AccountInfo path. */
type TextKey = 'bio' | 'signature' | 'entity.name' | 'entity.uscc';

interface ImageState {
  file?: File;
  url?: string;
  status: 'empty' | 'checking' | 'ok' | 'qr' | 'error' | 'unchecked';
  hits: QrHit[];
  error?: QrDetectionFailure;
  width?: number;
  height?: number;
  abort?: AbortController;
}

const EMPTY_IMAGE: ImageState = { status: 'empty', hits: [] };
const SLOTS: readonly ImageSlot[] = ['avatar', 'cover'];
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * @summary A form-associated editor for the whole account information, pre-checked on the device.
 *
 * @dependency mz-name-field
 *
 * @event {MzProfileChangeEvent} mz-profile-change - Something changed; `event.info` is the AccountInfo,
 *   `event.verdict` the combined verdict (text findings plus QR codes in the images).
 *
 * @csspart fieldset - The group of all controls.
 * @csspart legend - Its caption.
 * @csspart label - Each control's label.
 * @csspart input - Text inputs (entity name, credit code).
 * @csspart textarea - The bio and signature.
 * @csspart select - The professional domain.
 * @csspart file-input - The avatar, cover and qualification file inputs.
 * @csspart hint - Help text under a control.
 * @csspart preview - The box around an image preview.
 * @csspart preview-image - The previewed image.
 * @csspart qr-outline - The SVG over the preview outlining QR codes found.
 * @csspart remove - The button that removes a selected image.
 * @csspart feedback - Each control's live feedback.
 *
 * @cssproperty --mz-font - Font of the editor.
 * @cssproperty --mz-color-text - Text colour.
 * @cssproperty --mz-color-border - Border colour of the inputs and previews.
 * @cssproperty --mz-color-surface - Background of the inputs.
 * @cssproperty --mz-color-input-text - Colour of the text in the inputs.
 * @cssproperty --mz-color-hint - Colour of hints and the checking state.
 * @cssproperty --mz-color-review - Colour of review notices.
 * @cssproperty --mz-color-success - Colour of success messages.
 * @cssproperty --mz-color-match - Background of the marked span in the bio or signature.
 * @cssproperty --mz-color-preview-background - Background of the image previews.
 * @cssproperty --mz-radius - Corner radius of the inputs and previews.
 * @cssproperty --mz-focus-ring - Outline of focused controls.
 * @cssproperty --mz-input-padding - Padding of the inputs.
 * @cssproperty --mz-input-border-width - Border width of the inputs.
 * @cssproperty --mz-label-font-weight - Font weight of the labels.
 * @cssproperty --mz-font-size-small - Font size of hints and feedback.
 * @cssproperty --mz-feedback-min-height - Space kept for the feedback line while it is empty (so feedback appearing on blur moves nothing).
 * @cssproperty --mz-space-xs - Small gap (label to input, input to feedback).
 * @cssproperty --mz-space-s - Medium gap (legend to fields).
 * @cssproperty --mz-space-m - Gap between the fields.
 * @cssproperty --mz-fieldset-padding - Padding of the fieldset.
 * @cssproperty --mz-fieldset-border - Border of the fieldset.
 * @cssproperty --mz-legend-font-size - Font size of the legend.
 * @cssproperty --mz-legend-font-weight - Font weight of the legend.
 * @cssproperty --mz-qr-outline-width - Width of the outline drawn around a QR code found in an image.
 * @cssproperty --mz-avatar-preview-size - Side of the avatar preview.
 * @cssproperty --mz-cover-preview-height - Height of the cover preview.
 * @cssproperty --mz-color-error - Colour of errors and of the QR outline.
 * @cssproperty --mz-color-qr-fill - Fill of the QR outline.
 *
 * @cssstate user-invalid - A blocking problem is showing.
 * @cssstate checking - The engine or an image check is under way.
 * @cssstate unavailable - The engine or rule set could not load (text fails closed unless `precheck-optional`).
 */
export class MzProfileEditor extends FormAssociatedElement {
  static override styles = [nameFieldStyles, profileEditorStyles];

  @query('mz-name-field') private readonly nameField?: MzNameField;

  /** The account kind: which kind-specific fields show (Art. 7, 9, 11). */
  @property({ reflect: true }) kind: AccountKind = 'personal';

  /** The rule-set document (or a promise of one); wins over `ruleset-url`; the default rule set when both are unset. */
  @property({ attribute: false }) ruleSet?: RuleSetSource;

  /** A URL to fetch the rule-set document from (e.g. the server's `GET /ruleset`); the default rule set when unset. */
  @property({ attribute: 'ruleset-url' }) rulesetUrl = '';

  /**
   * When the engine or rule set cannot load, accept the text unchecked with a neutral notice
   * instead of refusing it (for platforms whose server checks everything anyway).
   */
  @property({ type: Boolean, attribute: 'precheck-optional' }) precheckOptional = false;

  /** Largest avatar or cover accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** Shows the text feedback at once, without waiting for blur or submit. */
  @property({ type: Boolean, attribute: 'show-feedback' }) showFeedback = false;

  @state() private nameValue = '';
  @state() private texts: Record<TextKey, string> = emptyTexts();
  @state() private domain: ProfessionDomain | '' = '';
  @state() private qualification: File | undefined;
  @state() private images: Record<ImageSlot, ImageState> = { avatar: EMPTY_IMAGE, cover: EMPTY_IMAGE };
  @state() private touched = new Set<TextKey>();
  @state() private verdictShown?: ProfileVerdict;

  /** The engine, loaded for `ruleSet` / `rulesetUrl`; text fails closed when it cannot load. */
  private readonly engineLoad = new EngineController(this, {
    source: () => ({ ruleSet: this.ruleSet, rulesetUrl: this.rulesetUrl }),
    optional: () => this.precheckOptional,
  });
  private readonly ime = new CompositionController(this);
  private revision = 0;
  private checkedRevision = -1;
  /** The engine `checkedRevision` was checked with. */
  private checkedEngine: Engine | undefined;
  /** The field whose control anchors the current validity problem. */
  private anchorName = '';
  private pendingEvents: MzProfileChangeEvent[] = [];
  private imageChecks = new Set<Promise<unknown>>();

  constructor() {
    super();
    this.addEventListener('invalid', () => {
      this.touched = new Set<TextKey>(['bio', 'signature', 'entity.name', 'entity.uscc']);
      if (this.nameField) this.nameField.showFeedback = true;
    });
  }

  /** The combined verdict, once the engine has loaded. */
  get verdict(): ProfileVerdict | undefined {
    return this.verdictShown;
  }

  /** Resolves once the engine and any image check under way have finished and the editor has updated. */
  get ready(): Promise<boolean> {
    return this.updateComplete
      .then(() => Promise.all([this.engineLoad.settled, this.nameField?.ready, ...this.imageChecks]))
      .then(() => this.updateComplete);
  }

  /** The language of the nearest `lang` attribute, zh-CN by default. */
  get locale(): FieldLocale {
    return localeOf(this);
  }

  /** The account information as edited. Images are the selected Files (only those accepted). */
  get info(): AccountInfo {
    const info: AccountInfo = { kind: this.kind, name: this.nameValue, bio: this.texts.bio };
    info.signature = this.texts.signature;
    const { avatar, cover } = this.images;
    if (avatar.file) info.avatar = avatar.file;
    if (cover.file) info.cover = cover.file;
    if (this.kind === 'professional' && this.domain) {
      info.profession = this.qualification
        ? { domain: this.domain, credential: this.qualification.name }
        : { domain: this.domain };
    }
    if (this.kind === 'entity') info.entity = { name: this.texts['entity.name'], uscc: this.texts['entity.uscc'] };
    return info;
  }

  /** Everything the form submits: text fields by their AccountInfo path, files by slot. */
  get formData(): FormData {
    const data = new FormData();
    data.set('kind', this.kind);
    data.set('name', this.nameValue);
    data.set('bio', this.texts.bio);
    data.set('signature', this.texts.signature);
    for (const slot of SLOTS) {
      const file = this.images[slot].file;
      if (file) data.set(slot, file);
    }
    if (this.kind === 'professional') {
      data.set('profession.domain', this.domain);
      if (this.qualification) data.set('qualification', this.qualification);
    }
    if (this.kind === 'entity') {
      data.set('entity.name', this.texts['entity.name']);
      data.set('entity.uscc', this.texts['entity.uscc']);
    }
    return data;
  }

  /** Selects (or with null, removes) an avatar or cover as if the user had picked it; resolves once checked. */
  async selectImage(slot: ImageSlot, file: File | null): Promise<void> {
    this.clearImage(slot);
    if (!file) return;
    const controller = new AbortController();
    const url = URL.createObjectURL(file);
    this.setImage(slot, { file, url, status: 'checking', hits: [], abort: controller });
    const check = this.runImageCheck(slot, file, controller);
    this.imageChecks.add(check);
    try {
      await check;
    } finally {
      this.imageChecks.delete(check);
    }
  }

  private async runImageCheck(slot: ImageSlot, file: File, controller: AbortController): Promise<void> {
    try {
      const hits = await detectQrCodes(file, { maxBytes: this.maxBytes, signal: controller.signal });
      if (controller.signal.aborted) return;
      this.setImage(slot, { ...this.images[slot], status: hits.length > 0 ? 'qr' : 'ok', hits, abort: undefined });
    } catch (error) {
      if (controller.signal.aborted) return;
      const reason: QrDetectionFailure = error instanceof QrDetectionError ? error.reason : 'decode-failed';
      if (reason === 'unavailable') {
        // The file is fine, only this browser cannot look for QR codes: keep it, the server checks it.
        this.setImage(slot, { ...this.images[slot], status: 'unchecked', abort: undefined });
        return;
      }
      // Not an image we take: drop the file, keep the error until another choice or a reset.
      const current = this.images[slot];
      if (current.url) URL.revokeObjectURL(current.url);
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${slot}`);
      if (input) input.value = '';
      this.setImage(slot, { status: 'error', hits: [], error: reason });
    }
  }

  private setImage(slot: ImageSlot, next: ImageState): void {
    this.images = { ...this.images, [slot]: next };
    this.revision++;
  }

  private clearImage(slot: ImageSlot): void {
    const current = this.images[slot];
    current.abort?.abort();
    if (current.url) URL.revokeObjectURL(current.url);
    this.setImage(slot, EMPTY_IMAGE);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: previews need fresh object URLs (the old ones were revoked).
    for (const slot of SLOTS) {
      const image = this.images[slot];
      if (image.file && !image.url)
        this.images = { ...this.images, [slot]: { ...image, url: URL.createObjectURL(image.file) } };
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const slot of SLOTS) {
      const image = this.images[slot];
      if (image.url) URL.revokeObjectURL(image.url);
      this.images = { ...this.images, [slot]: { ...image, url: undefined } };
    }
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    return this.anchorName ? this.control(this.anchorName) : undefined;
  }

  /** Invalid while a blocking finding (or an image that could not be taken) exists; the first one is reported. */
  protected override validate(): ValidityReport {
    this.anchorName = '';
    const messages = profileMessages(this.locale);
    const blocking = (this.verdictShown?.findings ?? []).filter((finding) => finding.severity === 'block');
    const order: string[] = ['name', 'avatar', 'cover', 'bio', 'signature', 'entity.name', 'entity.uscc'];
    for (const field of order) {
      const image = SLOTS.includes(field as ImageSlot) ? this.images[field as ImageSlot] : undefined;
      if (image?.status === 'error' && image.error) {
        this.anchorName = field;
        return {
          flags: { customError: true },
          message: messages.imageError(image.error, messages[field as ImageSlot], this.maxBytes),
        };
      }
      if (image?.status === 'qr') {
        this.anchorName = field;
        return { flags: { customError: true }, message: messages.qrCode(messages[field as ImageSlot]) };
      }
      // Unchecked text never passes silently: invalid until the engine loads (unless precheck-optional).
      const unavailable = image ? undefined : this.unavailableValidity(field as TextKey | 'name');
      if (unavailable) {
        this.anchorName = field;
        return unavailable;
      }
      const finding = blocking.find((candidate) => candidate.field === field);
      if (finding) {
        this.anchorName = field;
        return { flags: { customError: true }, message: this.messageOf(finding) };
      }
    }
    return VALID;
  }

  private textOf(field: TextKey | 'name'): string {
    return field === 'name' ? this.nameValue : this.texts[field];
  }

  private unavailableValidity(field: TextKey | 'name'): ValidityReport | undefined {
    if (this.textOf(field) === '') return undefined;
    if (field === 'name') return this.engineLoad.failureValidity(fieldMessages(this.locale).unavailable);
    const messages = profileMessages(this.locale);
    return this.engineLoad.failureValidity(messages.textUnavailable(this.textLabel(field, messages)));
  }

  private textLabel(field: TextKey, messages: ProfileMessages): string {
    return {
      bio: messages.bio,
      signature: messages.signature,
      'entity.name': messages.entityName,
      'entity.uscc': messages.uscc,
    }[field];
  }

  private control(field: string): HTMLElement | undefined {
    if (field === 'name') return this.nameField;
    return this.renderRoot?.querySelector<HTMLElement>(`#${controlId(field)}`) ?? undefined;
  }

  protected override resetState(): void {
    for (const slot of SLOTS) this.clearImage(slot);
    this.nameValue = '';
    this.texts = emptyTexts();
    this.domain = '';
    this.qualification = undefined;
    this.touched = new Set();
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
    const nameField = this.nameField;
    if (nameField) {
      nameField.formResetCallback();
      nameField.showFeedback = this.showFeedback;
    }
    this.revision++;
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!(state instanceof FormData)) return;
    const text = (key: string) => {
      const value = state.get(key);
      return typeof value === 'string' ? value : '';
    };
    this.nameValue = text('name');
    if (this.nameField) this.nameField.value = this.nameValue;
    this.texts = {
      bio: text('bio'),
      signature: text('signature'),
      'entity.name': text('entity.name'),
      'entity.uscc': text('entity.uscc'),
    };
    const domain = text('profession.domain');
    this.domain = (PROFESSION_DOMAINS as readonly string[]).includes(domain) ? (domain as ProfessionDomain) : '';
    this.revision++;
  }

  private messageOf(finding: ProfileFinding): string {
    if (finding.rule === 'qr-code' && (finding.field === 'avatar' || finding.field === 'cover')) {
      const messages = profileMessages(this.locale);
      return messages.qrCode(messages[finding.field]);
    }
    return precheckIfLoaded()?.formatMessage(finding.message, finding.article, this.locale) ?? finding.match;
  }

  private imageFindings(): ImageFinding[] {
    const findings: ImageFinding[] = [];
    for (const slot of SLOTS) {
      const image = this.images[slot];
      if (image.status !== 'qr') continue;
      findings.push({
        rule: 'qr-code',
        article: '8.6',
        severity: 'block',
        field: slot,
        start: 0,
        end: 0,
        match: '',
        via: [],
        message: { key: 'qr-code', params: { field: slot, count: String(image.hits.length) } },
      });
    }
    return findings;
  }

  private runCheck(): void {
    const engine = this.engineLoad.engine;
    this.checkedRevision = this.revision;
    this.checkedEngine = engine;
    if (!engine) return;
    const info = this.info;
    const textVerdict = engine.check(info);
    const findings: ProfileFinding[] = [...textVerdict.findings, ...this.imageFindings()];
    const verdict: ProfileVerdict['verdict'] = findings.some((finding) => finding.severity === 'block')
      ? 'block'
      : textVerdict.verdict === 'review' || findings.some((finding) => finding.severity === 'review')
        ? 'review'
        : 'pass';
    this.verdictShown = { ...textVerdict, verdict, findings };
    this.pendingEvents.push(new MzProfileChangeEvent(info, this.verdictShown));
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Unset (undefined) is the default again, as in FormAssociatedElement.
    this.kind ??= 'personal';
    this.maxBytes ??= DEFAULT_MAX_BYTES;
    if (!this.hasUpdated || changed.has('ruleSet') || changed.has('rulesetUrl')) this.engineLoad.load();
    if (changed.has('kind')) this.revision++;
    if (this.engineLoad.failed) {
      // No verdict stands for text the engine could not see; the next engine checks afresh.
      this.verdictShown = undefined;
      this.checkedRevision = -1;
    } else if (
      !this.ime.composing &&
      this.engineLoad.status === 'complete' &&
      (this.checkedRevision !== this.revision || this.checkedEngine !== this.engineLoad.engine)
    ) {
      this.runCheck();
    }
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.isDisabled ? null : this.formData);
    const visible = this.hasProblem && this.problemShowing();
    this.setState('user-invalid', visible);
    this.setState('checking', this.engineLoad.pending || SLOTS.some((slot) => this.images[slot].status === 'checking'));
    this.setState('unavailable', this.engineLoad.failed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  private problemShowing(): boolean {
    return (
      SLOTS.some((slot) => this.images[slot].status === 'qr' || this.images[slot].status === 'error') ||
      (this.engineLoad.failed && this.anchorName !== '' && !SLOTS.includes(this.anchorName as ImageSlot)) ||
      (this.verdictShown?.findings ?? []).some(
        (finding) => finding.severity === 'block' && this.feedbackVisible(finding.field as TextKey),
      )
    );
  }

  private feedbackVisible(key: TextKey): boolean {
    return this.showFeedback || this.touched.has(key);
  }

  // --- events ---------------------------------------------------------------------------------

  private handleNameChange(event: Event): void {
    const field = event.currentTarget as MzNameField;
    if (field.value === this.nameValue) return;
    this.nameValue = field.value;
    this.revision++;
    this.engineLoad.userInput();
  }

  /** The embedded field's own `mz-precheck` is an implementation detail: outside, `mz-profile-change` tells. */
  private handleNamePrecheck(event: Event): void {
    event.stopPropagation();
    this.handleNameChange(event);
  }

  private handleTextInput(key: TextKey, event: InputEvent): void {
    if (event.isComposing) return;
    this.texts = { ...this.texts, [key]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
    this.revision++;
    this.engineLoad.userInput();
  }

  /**
   * The committed text, whichever order the browser sends `input` and `compositionend` in (the
   * CompositionController then updates the editor, and the held-back check runs).
   */
  private handleCompositionEnd(key: TextKey, event: CompositionEvent): void {
    this.texts = { ...this.texts, [key]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
    this.revision++;
  }

  private handleBlur(key: TextKey, event: FocusEvent): void {
    if (this.isLeavingForSubmit(event)) return;
    if (this.texts[key] !== '' && !this.touched.has(key)) this.touched = new Set([...this.touched, key]);
  }

  /** Enter in a one-line input submits the host's form, never while composing. */
  private handleKeyDown(event: KeyboardEvent): void {
    this.submitOnEnter(event, this.ime.composing);
  }

  private handleImageChange(slot: ImageSlot, event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    void this.selectImage(slot, file);
  }

  private handleRemove(slot: ImageSlot): void {
    this.clearImage(slot);
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${slot}`);
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  private handleDomain(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.domain = (PROFESSION_DOMAINS as readonly string[]).includes(value) ? (value as ProfessionDomain) : '';
    this.revision++;
  }

  private handleQualification(event: Event): void {
    this.qualification = (event.target as HTMLInputElement).files?.[0];
    this.revision++;
  }

  private handleImageLoad(slot: ImageSlot, event: Event): void {
    const image = event.target as HTMLImageElement;
    const current = this.images[slot];
    if (current.width === image.naturalWidth && current.height === image.naturalHeight) return;
    this.images = { ...this.images, [slot]: { ...current, width: image.naturalWidth, height: image.naturalHeight } };
  }

  // --- rendering ------------------------------------------------------------------------------

  private renderMessages(findings: ProfileFinding[], messages: ProfileMessages) {
    const unique = [
      ...new Set(findings.map((finding) => `${finding.severity === 'block'}\u0000${this.messageOf(finding)}`)),
    ];
    return unique.map((entry) => {
      const [block, message] = entry.split('\u0000');
      return block === 'true'
        ? html`<p class="message error"><span class="visually-hidden">${messages.errorPrefix}</span>${message}</p>`
        : html`<p class="message review"><span class="visually-hidden">${messages.reviewPrefix}</span>${message}</p>`;
    });
  }

  private textFindings(key: TextKey): Finding[] {
    return (this.verdictShown?.findings ?? []).filter((finding): finding is Finding => finding.field === key);
  }

  private renderTextFeedback(key: TextKey, messages: ProfileMessages) {
    if (this.isDisabled) return nothing;
    // Says so at once, before blur: the problem is the page's, not the user's typing.
    if (this.engineLoad.failed && this.texts[key] !== '') {
      const label = this.textLabel(key, messages);
      return this.engineLoad.failedOpen
        ? html`<p class="message review"><span class="visually-hidden">${messages.reviewPrefix}</span>${messages.textUnchecked(label)}</p>`
        : html`<p class="message error"><span class="visually-hidden">${messages.errorPrefix}</span>${messages.textUnavailable(label)}</p>`;
    }
    if (!this.feedbackVisible(key)) return nothing;
    if (this.engineLoad.pending) return html`<p class="message checking">${fieldMessages(this.locale).checking}</p>`;
    const findings = this.textFindings(key);
    if (findings.length === 0)
      return this.texts[key] === '' ? nothing : html`<p class="message success">${messages.textOk}</p>`;
    return this.renderMessages(findings, messages);
  }

  private renderText(key: TextKey, label: string, messages: ProfileMessages, multiline: boolean) {
    const id = controlId(key);
    const showing =
      this.feedbackVisible(key) &&
      (this.textFindings(key).some((finding) => finding.severity === 'block') ||
        this.unavailableValidity(key) !== undefined);
    const common = {
      input: (event: InputEvent) => this.handleTextInput(key, event),
      blur: (event: FocusEvent) => this.handleBlur(key, event),
      compositionend: (event: CompositionEvent) => this.handleCompositionEnd(key, event),
    };
    const control = multiline
      ? html`<textarea
          part="textarea"
          id=${id}
          name=${id}
          rows="3"
          .value=${this.texts[key]}
          aria-describedby=${`${id}-feedback`}
          aria-invalid=${showing ? 'true' : nothing}
          ?disabled=${this.isDisabled}
          @input=${common.input}
          @blur=${common.blur}
          @compositionend=${common.compositionend}
        ></textarea>`
      : html`<input
          part="input"
          id=${id}
          name=${id}
          .value=${this.texts[key]}
          autocomplete=${key === 'entity.name' ? 'organization' : 'off'}
          aria-describedby=${`${id}-feedback`}
          aria-invalid=${showing ? 'true' : nothing}
          ?disabled=${this.isDisabled}
          @input=${common.input}
          @blur=${common.blur}
          @keydown=${this.handleKeyDown}
          @compositionend=${common.compositionend}
        />`;
    return html`<div class="field">
      <label part="label" for=${id}>${label}</label>
      ${control}
      <div part="feedback" id=${`${id}-feedback`} aria-live="polite">${this.renderTextFeedback(key, messages)}</div>
    </div>`;
  }

  private renderImageFeedback(slot: ImageSlot, messages: ProfileMessages) {
    const image = this.images[slot];
    const label = messages[slot];
    switch (image.status) {
      case 'checking':
        return html`<p class="message checking">${messages.checkingImage}</p>`;
      case 'ok':
        return html`<p class="message success">${messages.imageOk}</p>`;
      case 'qr':
        return html`<p class="message error">
          <span class="visually-hidden">${messages.errorPrefix}</span>${messages.qrCode(label)}
        </p>`;
      case 'error':
        return image.error
          ? html`<p class="message error">
              <span class="visually-hidden">${messages.errorPrefix}</span>${messages.imageError(image.error, label, this.maxBytes)}
            </p>`
          : nothing;
      case 'unchecked':
        return html`<p class="message review">
          <span class="visually-hidden">${messages.reviewPrefix}</span>${messages.imageError('unavailable', label, this.maxBytes)}
        </p>`;
      default:
        return nothing;
    }
  }

  private renderOutline(image: ImageState) {
    if (image.status !== 'qr' || !image.width || !image.height) return nothing;
    return html`<svg
      part="qr-outline"
      viewBox=${`0 0 ${image.width} ${image.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      ${image.hits.map(
        (hit) => svg`<polygon points=${hit.corners.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ')}></polygon>`,
      )}
    </svg>`;
  }

  private renderImage(slot: ImageSlot, messages: ProfileMessages) {
    const image = this.images[slot];
    const label = messages[slot];
    const invalid = image.status === 'qr' || image.status === 'error';
    // Always an object URL made here; checked like every URL an element renders (internal/safe-url.ts).
    const preview = safeImageUrl(image.url, { source: '<mz-profile-editor> preview' });
    return html`<div class=${`field ${slot}`}>
      <label part="label" for=${slot}>${label}</label>
      <input
        part="file-input"
        type="file"
        id=${slot}
        name=${slot}
        accept=${QR_IMAGE_TYPES.join(',')}
        aria-describedby=${`${slot}-hint ${slot}-feedback`}
        aria-invalid=${invalid ? 'true' : nothing}
        ?disabled=${this.isDisabled}
        @change=${(event: Event) => this.handleImageChange(slot, event)}
      />
      <div part="hint" id=${`${slot}-hint`}>${messages.imageHint(this.maxBytes)}</div>
      ${
        preview
          ? html`<div part="preview">
              <img
                part="preview-image"
                src=${preview}
                alt=${messages.previewAlt(label)}
                @load=${(event: Event) => this.handleImageLoad(slot, event)}
              />
              ${this.renderOutline(image)}
            </div>
            <button part="remove" type="button" ?disabled=${this.isDisabled} @click=${() => this.handleRemove(slot)}>
              ${messages.remove(label)}
            </button>`
          : nothing
      }
      <div part="feedback" id=${`${slot}-feedback`} aria-live="polite">${this.renderImageFeedback(slot, messages)}</div>
    </div>`;
  }

  private renderProfessional(messages: ProfileMessages) {
    return html`<div class="field">
        <label part="label" for="domain">${messages.domain}</label>
        <select part="select" id="domain" name="domain" ?disabled=${this.isDisabled} @change=${this.handleDomain}>
          <option value="" ?selected=${this.domain === ''}>${messages.chooseDomain}</option>
          ${PROFESSION_DOMAINS.map(
            (domain) =>
              html`<option value=${domain} ?selected=${this.domain === domain}>${messages.domains[domain]}</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label part="label" for="qualification">${messages.qualification}</label>
        <input
          part="file-input"
          type="file"
          id="qualification"
          name="qualification"
          accept="image/*,application/pdf"
          aria-describedby="qualification-hint"
          ?disabled=${this.isDisabled}
          @change=${this.handleQualification}
        />
        <div part="hint" id="qualification-hint">${messages.qualificationHint}</div>
      </div>`;
  }

  override render() {
    const messages = profileMessages(this.locale);
    return html`<fieldset part="fieldset" ?disabled=${this.isDisabled}>
      <legend part="legend">${messages.legend}</legend>
      <mz-name-field
        exportparts="label, input, hint, feedback, mirror, match"
        lang=${this.locale}
        .ruleSet=${this.ruleSet}
        ruleset-url=${this.rulesetUrl || nothing}
        ?precheck-optional=${this.precheckOptional}
        ?show-feedback=${this.showFeedback}
        ?disabled=${this.isDisabled}
        @input=${this.handleNameChange}
        @change=${this.handleNameChange}
        @mz-precheck=${this.handleNamePrecheck}
      ></mz-name-field>
      ${this.renderImage('avatar', messages)} ${this.renderImage('cover', messages)}
      ${this.renderText('bio', messages.bio, messages, true)}
      ${this.renderText('signature', messages.signature, messages, true)}
      ${this.kind === 'professional' ? this.renderProfessional(messages) : nothing}
      ${
        this.kind === 'entity'
          ? html`${this.renderText('entity.name', messages.entityName, messages, false)}
            ${this.renderText('entity.uscc', messages.uscc, messages, false)}`
          : nothing
      }
    </fieldset>`;
  }
}

function emptyTexts(): Record<TextKey, string> {
  return { bio: '', signature: '', 'entity.name': '', 'entity.uscc': '' };
}

/** Element ids cannot hold dots in a `#id` selector: entity.name → entity-name. */
function controlId(field: string): string {
  return field.replace('.', '-');
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

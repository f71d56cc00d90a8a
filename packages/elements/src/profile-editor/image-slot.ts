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
  /** The image the account has now (a URL), shown until a file is chosen. */
  initialUrl: string;
  onChange: (event: Event) => void;
  /** A file dropped on the image. */
  onDrop: (file: File) => void;
  onRemove: () => void;
  onLoad: (event: Event) => void;
  /** The findings of the text and symbols read from the image, and their words. */
  readings?: readonly ImageFinding[];
  formatFinding?: (finding: ImageFinding) => string;
}

export function renderImageFeedback(slot: ImageSlot, image: ImageCheckController, context: ImageSlotContext) {
  return html`<div part="feedback" id=${`${slot}-feedback`} aria-live="polite">${renderFeedback(slot, image, context)}</div>`;
}

/** The findings of the text and symbols read from the image, one line each. */
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
        : html`<p class="message success">${messages.imageOk(label)}</p>`;
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

/** The QR codes found and the lines and symbols read, outlined in the image's own coordinates, cropped as the preview crops it. */
function renderOutline(image: ImageCheckController, readings: readonly ImageFinding[] = []) {
  const { status } = image.outcome;
  const hits = status === 'qr' ? image.outcome.hits : [];
  const size = image.size;
  if ((hits.length === 0 && readings.length === 0) || !size?.width || !size.height) return nothing;
  return html`<svg
      part="qr-outline"
      viewBox=${`0 0 ${size.width} ${size.height}`}
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
    >
      ${hits.map(
        (hit) => svg`<polygon points=${hit.corners.map(({ x, y }) => `${round(x)},${round(y)}`).join(' ')}></polygon>`,
      )}
      ${readingOutline(readings)}
    </svg>`;
}

/**
 * A press on the picture moves no focus (the editor delegates focus: a press on a part that takes
 * none would focus its first control and scroll to it, and the release would miss the picture):
 * the click that follows opens the file picker through the label.
 */
function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}

function dragOver(event: DragEvent): void {
  if (!event.dataTransfer?.types.includes('Files')) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  (event.currentTarget as HTMLElement).toggleAttribute('data-dragging', true);
}

function dragLeave(event: DragEvent): void {
  (event.currentTarget as HTMLElement).removeAttribute('data-dragging');
}

/** A placeholder figure for an empty avatar (a head and shoulders) or cover (a landscape). */
function placeholder(slot: ImageSlot) {
  return slot === 'avatar'
    ? html`<svg class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="9" r="4"></circle><path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7"></path>
      </svg>`
    : html`<svg class="placeholder" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <rect x="3" y="5" width="18" height="14" rx="2"></rect><path d="M3 16l5-5 4 4 3-3 6 6"></path>
        <circle cx="16" cy="9" r="1.5"></circle>
      </svg>`;
}

/**
 * The slot's image as its own control: the native file input (visually hidden, focusable: it
 * keeps the keyboard, the form and assistive technology) and the picture as its label — click it,
 * press Enter or Space on it, or drop a file on it. The preview crops the image as the profile
 * page shows it (a circle, a banner at the cover's aspect ratio); `preview-overlay` is the layer
 * over it where outlines are drawn (the QR codes found, `qr-outline`), in the image's own
 * coordinates.
 */
export function renderImageZone(slot: ImageSlot, image: ImageCheckController, context: ImageSlotContext) {
  const { messages, disabled } = context;
  const label = messages[slot];
  // An object URL made here, or the page's initial URL; checked like every URL an element renders (internal/safe-url.ts).
  const preview = safeImageUrl(image.url ?? (image.outcome.status === 'empty' ? context.initialUrl : ''), {
    source: '<mz-profile-editor> preview',
  });
  const drop = (event: DragEvent) => {
    event.preventDefault();
    dragLeave(event);
    const file = event.dataTransfer?.files[0];
    if (file && !disabled) context.onDrop(file);
  };
  return html`<div class=${`field image-slot ${slot}`}>
    <input
      part="file-input"
      class="file-input"
      type="file"
      id=${slot}
      name=${slot}
      accept=${QR_IMAGE_TYPES.join(',')}
      aria-describedby=${`images-hint ${slot}-feedback`}
      aria-invalid=${image.invalid ? 'true' : nothing}
      ?disabled=${disabled}
      @change=${context.onChange}
    />
    <label
      part="drop-zone"
      for=${slot}
      class="zone"
      @mousedown=${keepFocus}
      @dragover=${dragOver}
      @dragleave=${dragLeave}
      @drop=${drop}
    >
      <span part="preview">
        ${
          preview
            ? html`<img part="preview-image" src=${preview} alt=${messages.previewAlt(label)} @load=${context.onLoad} />`
            : placeholder(slot)
        }
        <span part="preview-overlay">${renderOutline(image, context.readings)}</span>
      </span>
      <span part="change-label" class="change">${preview ? messages.changeImage(label) : messages.chooseImage(label)}</span>
    </label>
  </div>`;
}

/** The button that removes a chosen image (not the account's current one: the form cannot remove that). */
export function renderRemove(slot: ImageSlot, image: ImageCheckController, context: ImageSlotContext) {
  if (!image.url) return nothing;
  return html`<button part="remove" class="button" type="button" ?disabled=${context.disabled} @click=${context.onRemove}>
    ${context.messages.remove(context.messages[slot])}
  </button>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

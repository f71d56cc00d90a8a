/**
 * `ImageCheckController`: one image slot of the profile editor (avatar, cover) — the chosen file,
 * its preview's object URL, the QR-code check on the device (Art. 8.6), the reading of its text and
 * symbols (image-reading.ts; unless the page opted out) and its outcome.
 *
 *   select(file) ─▶ checking ─▶ ok | qr (hits) | unchecked (this browser cannot look) | error (file dropped)
 *   select(null), clear(), a newer select ─▶ the check under way is aborted, the URL revoked
 *
 * What the editor's text check reads (`outcome`: file, status, hits, error) is replaced, never
 * changed in place, so the host can tell whether it changed since its last check. The preview's
 * URL and natural size are not part of it. The object URL is revoked when the host leaves the page
 * and made afresh when it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ImageReading } from '../image-text/protocol.js';
import { detectQrCodes, QrDetectionError, type QrDetectionFailure, type QrHit } from '../qr/detect-qr.js';
import { readImageIfEnabled } from './image-reading.js';

export type ImageStatus = 'empty' | 'checking' | 'ok' | 'qr' | 'error' | 'unchecked';

/** The state of the slot the check depends on. */
export interface ImageOutcome {
  readonly file?: File;
  readonly status: ImageStatus;
  readonly hits: readonly QrHit[];
  /** Why the file was not taken, with status `error`. */
  readonly error?: QrDetectionFailure;
  /** The text and symbols read from the image (image-reading.ts), when reading is on and worked. */
  readonly reading?: ImageReading;
}

export interface ImageCheckOptions {
  /** Largest file accepted, in bytes (the host's `maxBytes`). */
  maxBytes: () => number;
  /** The slot's file input, emptied when the file is not taken or is removed. */
  input: () => HTMLInputElement | null;
  /** The base URLs of the OCR model and runtime files, or false when the page opted out of reading images. */
  ocrFiles?: () => { models: string; runtime: string } | false;
}

export class ImageCheckController implements ReactiveController {
  outcome: ImageOutcome = { status: 'empty', hits: [] };
  /** The preview's object URL, while the file is chosen and the host is in the page. */
  url: string | undefined;
  /** The preview's natural size (sizes the outline of the QR codes found). */
  size: { width: number; height: number } | undefined;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ImageCheckOptions;
  private abort: AbortController | undefined;
  private readonly checks = new Set<Promise<void>>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: ImageCheckOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Resolves once every check under way has finished. */
  get settled(): Promise<unknown> {
    return Promise.all(this.checks);
  }

  /** The file is refused (a QR code, or a file that could not be taken). */
  get invalid(): boolean {
    return this.outcome.status === 'qr' || this.outcome.status === 'error';
  }

  /** Takes `file` (null: removes the image) and checks it; resolves once checked. */
  async select(file: File | null): Promise<void> {
    this.clear();
    if (!file) return;
    const controller = new AbortController();
    this.abort = controller;
    this.url = URL.createObjectURL(file);
    this.set({ file, status: 'checking', hits: [] });
    const check = this.check(file, controller);
    this.checks.add(check);
    try {
      await check;
    } finally {
      this.checks.delete(check);
    }
  }

  /** Removes the image: the check under way is aborted and the preview's URL revoked. */
  clear(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.revoke();
    this.size = undefined;
    this.set({ status: 'empty', hits: [] });
  }

  /** The user removed the image: the file input is emptied and takes the focus. */
  remove(): void {
    this.clear();
    const input = this.options.input();
    if (input) {
      input.value = '';
      input.focus();
    }
  }

  /** The preview loaded: its natural size, for the outline. */
  previewLoaded(image: HTMLImageElement): void {
    const { naturalWidth: width, naturalHeight: height } = image;
    if (this.size?.width === width && this.size.height === height) return;
    this.size = { width, height };
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Back in the page after a move: the preview needs a fresh object URL (the old one was revoked).
    if (this.outcome.file && !this.url) {
      this.url = URL.createObjectURL(this.outcome.file);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.revoke();
  }

  private async check(file: File, controller: AbortController): Promise<void> {
    try {
      const hits = await detectQrCodes(file, { maxBytes: this.options.maxBytes(), signal: controller.signal });
      if (controller.signal.aborted) return;
      const reading = await readImageIfEnabled(file, this.options.ocrFiles?.() ?? false, controller.signal);
      if (controller.signal.aborted) return;
      this.abort = undefined;
      this.set({ file, status: hits.length > 0 ? 'qr' : 'ok', hits, ...(reading && { reading }) });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.abort = undefined;
      const reason: QrDetectionFailure = error instanceof QrDetectionError ? error.reason : 'decode-failed';
      if (reason === 'unavailable') {
        // The file is fine, only this browser cannot look for QR codes: keep it, the server checks it.
        this.set({ file, status: 'unchecked', hits: [] });
        return;
      }
      // Not an image we take: drop the file, keep the error until another choice or a reset.
      this.revoke();
      this.size = undefined;
      const input = this.options.input();
      if (input) input.value = '';
      this.set({ status: 'error', hits: [], error: reason });
    }
  }

  private set(outcome: ImageOutcome): void {
    this.outcome = outcome;
    this.host.requestUpdate();
  }

  private revoke(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = undefined;
  }
}

/**
 * The profile editor's reading of text and symbols in its images, kept apart from the editor's
 * look: reading an image (the reader is imported only when an image is picked, so neither it nor
 * onnxruntime-web is in the page's initial JavaScript), the findings of what was read (each line
 * checked by the engine's `check()` as field `avatar` or `cover`; each symbol a 10.2 review),
 * their outline on the preview and their words ("read from the image: …").
 */
import type { AccountInfo, Verdict } from '@mingzheng/precheck';
import { svg } from 'lit';
import type { ImageFinding } from '../events/profile-change-event.js';
import type { ImageReading } from '../image-text/protocol.js';
import type { ImageSlot } from './profile-editor.messages.js';

/** precheck's image findings, loaded with the first image read (nothing of it in the initial JavaScript). */
let findingsModule: typeof import('@mingzheng/precheck/image') | undefined;

/** The text and symbols of `file`, or undefined when reading is off or could not run (the server reads it). */
export async function readImageIfEnabled(
  file: Blob,
  files: { models: string; runtime: string } | false,
  signal: AbortSignal,
): Promise<ImageReading | undefined> {
  if (files === false) return undefined;
  try {
    findingsModule ??= await import('@mingzheng/precheck/image');
    const { readImage } = await import('../image-text/read-image.js');
    return await readImage(file, { ...files, signal });
  } catch {
    return undefined;
  }
}

/** The findings of what was read from a slot's image. */
export function readingFindings(
  slot: ImageSlot,
  reading: ImageReading | undefined,
  check: (info: AccountInfo) => Verdict,
  kind?: AccountInfo['kind'],
): ImageFinding[] {
  if (!reading || !findingsModule) return [];
  return findingsModule.imageFindings(check, slot, reading.lines, reading.symbols, kind);
}

/** Polygons over the preview (in the image's pixels) for the findings that have a place in it. */
export function readingOutline(findings: readonly ImageFinding[]) {
  return findings
    .filter((finding) => finding.box && finding.source)
    .map(
      (finding) =>
        svg`<polygon class=${`reading ${finding.source} ${finding.severity}`} points=${(finding.box ?? [])
          .map(({ x, y }) => `${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`)
          .join(' ')}></polygon>`,
    );
}

const READ_FROM_IMAGE: Record<string, string> = {
  'zh-CN': '从图片中识别出的文字：',
  'zh-TW': '從圖片中識別出的文字：',
  en: 'Read from the image: ',
};

/** A finding's words: a line's finding says it was read from the image. */
export function readingMessage(finding: ImageFinding, formatted: string, locale: string): string {
  if (finding.source !== 'text') return formatted;
  return `${READ_FROM_IMAGE[locale] ?? READ_FROM_IMAGE['zh-CN']}${formatted}`;
}

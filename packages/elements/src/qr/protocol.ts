/**
 * Messages between `detect-qr.ts` (the page) and `qr.worker.ts` (the jsQR worker). Types only:
 * importing this file (with `import type`) adds nothing to either bundle.
 */

/** A point in image pixel coordinates: x to the right, y downwards, origin at the top-left pixel's corner. */
export interface QrPoint {
  x: number;
  y: number;
}

/** The four corners of a code: top-left, top-right, bottom-right, bottom-left, as the code reads. */
export type QrCorners = [QrPoint, QrPoint, QrPoint, QrPoint];

/** One QR code found in an image. */
export interface QrHit {
  /** Corners in the ORIGINAL image's pixel coordinates (even when the scan ran on a downscaled copy). */
  corners: QrCorners;
  /** The decoded payload as text (the raw bytes as decoded by the engine; may be empty). */
  data: string;
}

/** Page → worker: scan this image. `image` is a Blob (cloned by reference) or a transferred ImageBitmap. */
export interface QrScanRequest {
  id: number;
  image: Blob | ImageBitmap;
  /** Longest side, in pixels, of the copy that is scanned; larger images are downscaled first. */
  maxScanSide: number;
  /** Decoded images with more pixels than this are refused (`too-large`). */
  maxPixels: number;
  /** At most this many codes are reported. */
  maxCodes: number;
}

/** Worker → page: the answer to request `id`. */
export type QrScanResponse =
  | { id: number; ok: true; hits: QrHit[] }
  | { id: number; ok: false; reason: 'decode-failed' | 'too-large' };

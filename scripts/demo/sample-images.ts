/**
 * The demo's sample avatars, drawn here so no binary comes from elsewhere: a gradient "photo" with a
 * face, once plain and once with a QR code in its lower right corner (which the profile editor
 * finds and blocks under Art. 8.6). Writes demo/public/samples/avatar.png and avatar-with-qr.png.
 *
 *   node --import tsx scripts/demo/sample-images.ts
 *
 * The output is deterministic: running it again rewrites the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

const outDir = fileURLToPath(new URL('../../demo/public/samples/', import.meta.url));
const SIDE = 256;

type Rgb = [number, number, number];
const STOPS: [number, Rgb][] = [
  [0, [0xf7, 0xc5, 0x9f]],
  [0.5, [0xe7, 0x6f, 0x51]],
  [1, [0x2a, 0x9d, 0x8f]],
];
const FACE: Rgb = [0x26, 0x46, 0x53];

function gradient(t: number): Rgb {
  for (let i = 1; i < STOPS.length; i++) {
    const [end, to] = STOPS[i] as [number, Rgb];
    const [start, from] = STOPS[i - 1] as [number, Rgb];
    if (t <= end) {
      const k = (t - start) / (end - start);
      return [0, 1, 2].map((c) => Math.round((from[c] ?? 0) + ((to[c] ?? 0) - (from[c] ?? 0)) * k)) as Rgb;
    }
  }
  return (STOPS.at(-1) as [number, Rgb])[1];
}

function draw(qr: string | undefined): Buffer {
  const png = new PNG({ width: SIDE, height: SIDE });
  const set = (x: number, y: number, [r, g, b]: Rgb) => {
    const i = (y * SIDE + x) * 4;
    png.data[i] = r;
    png.data[i + 1] = g;
    png.data[i + 2] = b;
    png.data[i + 3] = 255;
  };
  const radius = SIDE / 5;
  for (let y = 0; y < SIDE; y++) {
    for (let x = 0; x < SIDE; x++) {
      const inFace = (x - SIDE / 2) ** 2 + (y - SIDE / 2.6) ** 2 <= radius ** 2;
      set(x, y, inFace ? FACE : gradient((x + y) / (2 * (SIDE - 1))));
    }
  }
  if (qr) {
    const { modules } = QRCode.create(qr, { errorCorrectionLevel: 'M' });
    const unit = 3;
    const side = (modules.size + 8) * unit;
    const left = SIDE - side - 6;
    const top = SIDE - side - 6;
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const row = Math.floor(y / unit) - 4;
        const col = Math.floor(x / unit) - 4;
        const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col);
        set(left + x, top + y, dark ? [0, 0, 0] : [255, 255, 255]);
      }
    }
  }
  return PNG.sync.write(png, { colorType: 2 });
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'avatar.png'), draw(undefined));
writeFileSync(join(outDir, 'avatar-with-qr.png'), draw('https://example.com/add-me?id=mz-0042'));
console.log(`wrote ${join(outDir, 'avatar.png')} and avatar-with-qr.png`);

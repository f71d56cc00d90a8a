/**
 * Where the time of reading an image goes on the server (onnxruntime-node): the detector's
 * input size and each phase (detection input, detection, boxes, recognition input per line,
 * recognition, decoding) and the symbol check, per image, with the load average.
 *
 *   node --conditions=source --import tsx scripts/image-set/profile.ts [--max-side N] [images…]
 *
 * Without arguments: the timing images (samples.ts --timing) and the committed samples, each
 * read 3 times after one warm-up read; the median is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectSymbols, type OcrOptions, type ReadTimings, readText, readTimings } from '@mingzheng/precheck/image';
import { decodeImage, loadOcr } from '../../packages/server/src/image/index.js';

const dir = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const args = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--max-side');
const maxSide = process.argv.includes('--max-side')
  ? Number(process.argv[process.argv.indexOf('--max-side') + 1])
  : undefined;
const files = args.length
  ? args
  : [dir('../../.cache/image-set/timing/'), dir('../../demo/public/samples/')].flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.png'))
        .map((f) => join(d, f)),
    );

const options: OcrOptions = maxSide ? { maxSide, maxPixels: Number.POSITIVE_INFINITY } : {};
const { run, alphabet } = await loadOcr();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (const file of files) {
  const image = decodeImage(readFileSync(file));
  await readText(image, run, alphabet, options);
  const rounds: { t: ReadTimings; total: number; symbols: number; text: string }[] = [];
  for (let k = 0; k < 3; k++) {
    const t = readTimings();
    const started = performance.now();
    const lines = await readText(image, run, alphabet, options, t);
    const read = performance.now();
    detectSymbols(image);
    const symbols = performance.now() - read;
    rounds.push({ t, total: performance.now() - started, symbols, text: lines.map((l) => l.text).join(' | ') });
  }
  const m = (f: (r: (typeof rounds)[number]) => number) => Math.round(median(rounds.map(f)));
  const t = rounds[0]?.t as ReadTimings;
  console.log(
    `${basename(file)} ${image.width}×${image.height} → det ${t.detectionSize.join('×')}: total ${m((r) => r.total)} ms = ` +
      `det input ${m((r) => r.t.detectionInput)} + det ${m((r) => r.t.detection)} + boxes ${m((r) => r.t.boxes)} + ` +
      `rec input ${m((r) => r.t.recognitionInput)} + rec ${m((r) => r.t.recognition)} (${t.lines} lines) + decode ${m((r) => r.t.decoding)} + symbols ${m((r) => r.symbols)}; ${rounds[0]?.text}`,
  );
}

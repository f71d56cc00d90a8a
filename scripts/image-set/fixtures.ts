/**
 * The few fixed images the tests read (test/images/): drawn like the generated set, and what the
 * server's reading (onnxruntime-node) finds in them, recorded in test/images/expected.json — the
 * Node test holds the server to it and the Chromium test holds the browser to it (parity: the same
 * text, boxes within a pixel tolerance, the same symbols).
 *
 *   node --conditions=source --import tsx scripts/image-set/fixtures.ts          (draw and record)
 *   node --conditions=source --import tsx scripts/image-set/fixtures.ts --record (record only)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeImage, readImage } from '../../packages/server/src/image/index.js';
import { type ImageSpec, render } from './generate.js';

const OUT = fileURLToPath(new URL('../../test/images', import.meta.url));

const avatar = (id: string, rest: Partial<ImageSpec>): ImageSpec => ({
  id,
  kind: 'avatar',
  width: 320,
  height: 320,
  texts: [],
  flags: [],
  ...rest,
});

export const FIXTURES: ImageSpec[] = [
  avatar('news-agency', { texts: [{ class: 'institution', text: '新华社', size: 44, angle: 0, occluded: false }] }),
  avatar('service-phone', {
    texts: [{ class: 'phone', text: '客服13812345678', size: 26, angle: -12, occluded: false }],
  }),
  avatar('flag-badge', {
    texts: [{ class: 'ordinary', text: '周末愉快', size: 40, angle: 0, occluded: false }],
    flags: [{ class: 'national-flag', scale: 0.2, angle: 0, cut: false }],
  }),
  avatar('party-flag', { flags: [{ class: 'party-flag', scale: 0.45, angle: 10, cut: false }] }),
  avatar('clean', { texts: [{ class: 'ordinary', text: '山川湖海', size: 40, angle: 0, occluded: false }] }),
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--record')) await render(FIXTURES, OUT);
  const expected: Record<string, unknown> = {};
  for (const spec of FIXTURES) {
    const reading = await readImage(decodeImage(readFileSync(join(OUT, `${spec.id}.png`))));
    expected[spec.id] = reading;
    console.log(spec.id, JSON.stringify(reading.lines.map((l) => l.text)), JSON.stringify(reading.symbols));
  }
  writeFileSync(join(OUT, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
}

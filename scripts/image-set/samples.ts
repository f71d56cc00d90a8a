/**
 * The sample images of the demo and the profile editor's Storybook story (demo/public/samples/,
 * served at /samples/ by both): drawn like the generated set (generate.ts), each made to show one
 * of the image findings —
 * - `avatar-news-agency.png`: an avatar reading 新华社 (8.4, blocked, read from the image);
 * - `cover-phone.png`: a cover with a customer-service phone number (8.6, blocked);
 * - `avatar-flag-badge.png`: an avatar with a national-flag badge in a corner (10.2, review).
 * And, with `--timing`, a 1024 × 1024 avatar for the time measurements (.cache/image-set/timing/,
 * not committed).
 *
 *   node --conditions=source --import tsx scripts/image-set/samples.ts [--timing]
 */
import { fileURLToPath } from 'node:url';
import { type ImageSpec, render } from './generate.js';

const SAMPLES = fileURLToPath(new URL('../../demo/public/samples', import.meta.url));
const TIMING = fileURLToPath(new URL('../../.cache/image-set/timing', import.meta.url));

const base: Pick<ImageSpec, 'texts' | 'flags'> = { texts: [], flags: [] };

export const SAMPLE_SPECS: ImageSpec[] = [
  {
    ...base,
    id: 'avatar-news-agency',
    seed: 2,
    kind: 'avatar',
    width: 320,
    height: 320,
    texts: [{ class: 'institution', text: '新华社', size: 52, angle: 0, occluded: false }],
  },
  {
    ...base,
    id: 'cover-phone',
    seed: 15,
    kind: 'cover',
    width: 960,
    height: 320,
    texts: [{ class: 'phone', text: '客服电话13812345678', size: 34, angle: 0, occluded: false }],
  },
  {
    ...base,
    id: 'avatar-flag-badge',
    kind: 'avatar',
    width: 320,
    height: 320,
    flags: [{ class: 'national-flag', scale: 0.3, angle: 0, cut: false }],
  },
];

/** A 1024-pixel avatar with an institution's name and a flag badge, and a 1024-pixel clean one. */
export const TIMING_SPECS: ImageSpec[] = [
  {
    ...base,
    id: 'avatar-1024-text',
    kind: 'avatar',
    width: 1024,
    height: 1024,
    texts: [
      { class: 'institution', text: '人民日报客服', size: 96, angle: 0, occluded: false },
      { class: 'ordinary', text: '今天也要加油', size: 60, angle: -10, occluded: false },
    ],
    flags: [{ class: 'national-flag', scale: 0.2, angle: 0, cut: false }],
  },
  {
    ...base,
    id: 'avatar-1024-clean',
    kind: 'avatar',
    width: 1024,
    height: 1024,
    texts: [{ class: 'ordinary', text: '山川湖海', size: 80, angle: 0, occluded: false }],
  },
  {
    ...base,
    id: 'cover-1500-phone',
    kind: 'cover',
    width: 1500,
    height: 500,
    texts: [{ class: 'phone', text: '电话13912345678', size: 56, angle: 0, occluded: false }],
  },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--timing')) await render(TIMING_SPECS, TIMING);
  else await render(SAMPLE_SPECS, SAMPLES);
}

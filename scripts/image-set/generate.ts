/**
 * The generated image set for measuring the image checks: avatars (400 × 400) and covers
 * (900 × 300) on procedurally generated backgrounds (gradients, blobs, stripes, noise), with
 * - text in several sizes, angles and colours, sometimes partly covered: names of protected
 *   institutions, phone numbers, WeChat IDs, ordinary words;
 * - the national flag and the Party flag drawn from their construction (references.ts), from the
 *   full frame down to a 10 % corner badge, turned and cut off by the edge;
 * - clean images, and hard negatives for the symbol check (yellow characters on red, a lone star
 *   on red);
 * - with `--clean N`, N more clean images carrying one or two lines of ordinary text: idioms and
 *   historical person names from the shared corpora (../shared/corpora, as `pnpm fp-report`), some
 *   on red or with yellow shapes — the images on which any finding is a false one.
 * `--scale S` draws every image S times larger (texts too; flags keep their share of the image):
 * `--scale 2.56` gives 1024-pixel avatars.
 * Drawn in headless Chromium (canvas, the system's CJK font), written as PNG with a manifest of
 * what each image holds. Seeded: the same set every run.
 *
 *   node --conditions=source --import tsx scripts/image-set/generate.ts [--out DIR] [--count N] [--clean N] [--scale S]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nationalFlagStars, partyEmblem, star } from '@mingzheng/precheck/image';
import { mulberry32 } from '@mingzheng/tooling/random';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../test/browser.mjs';

export type ItemClass = 'institution' | 'phone' | 'wechat' | 'ordinary';
export type SymbolClass = 'national-flag' | 'party-flag';

export interface TextItem {
  class: ItemClass;
  text: string;
  size: number;
  angle: number;
  occluded: boolean;
}
export interface FlagItem {
  class: SymbolClass;
  /** Flag width as a fraction of the image width. */
  scale: number;
  angle: number;
  cut: boolean;
}
export interface ImageSpec {
  id: string;
  kind: 'avatar' | 'cover';
  width: number;
  height: number;
  texts: TextItem[];
  flags: FlagItem[];
  /** A hard negative for the symbol check; `red-ground`/`yellow-shapes`: a clean image on red, with yellow circles. */
  decoy?: 'yellow-text-on-red' | 'lone-star' | 'red-ground' | 'yellow-shapes';
  /** The drawing's seed; by default the spec's place in the list (from 1). */
  seed?: number;
}

const INSTITUTIONS = [
  '新华社',
  '人民日报',
  '人民日报客服',
  '中央电视台',
  '国家税务总局',
  '公安部',
  '中国移动客服',
  '中国工商银行',
  '最高人民法院',
  '北京市公安局',
  '共青团中央',
  '中国红十字会',
  '央视新闻',
  '外交部',
  '清华大学',
];
const ORDINARY = [
  '你好世界',
  '周末愉快',
  '咖啡时光',
  '旅行日记',
  '小猫咪',
  '美好生活',
  '今天也要加油',
  '读书笔记',
  '晚安',
  '春暖花开',
  '快乐每一天',
  '山川湖海',
];

function phone(random: () => number): string {
  const second = '3456789'[Math.floor(random() * 7)];
  let digits = `1${second}`;
  for (let i = 0; i < 9; i++) digits += Math.floor(random() * 10);
  return random() < 0.5 ? digits : `电话${digits}`;
}

function wechat(random: () => number): string {
  const letters = 'abcdefghjkmnpqrstuvwxyz';
  let id = '';
  for (let i = 0; i < 5; i++) id += letters[Math.floor(random() * letters.length)];
  id += String(100 + Math.floor(random() * 900));
  const prefix = ['微信：', '微信号 ', 'VX:', 'wx：', '加微信'][Math.floor(random() * 5)];
  return `${prefix}${id}`;
}

/** Ordinary text for the clean images: idioms and historical person names (shared corpora). */
function cleanTexts(): string[] {
  const dir = new URL('../../../shared/corpora/', import.meta.url);
  const lines = (file: string) =>
    readFileSync(new URL(file, dir), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length >= 2 && line.length <= 8);
  return [...lines('idioms-zh.txt'), ...lines('names-ancient-zh.txt')];
}

export interface SetOptions {
  /** Extra clean images with ordinary text (idioms, person names). Default 0. */
  clean?: number;
  /** Every image and text this many times larger. Default 1. */
  scale?: number;
}

export function imageSpecs(count = 240, seed = 20261204, options: SetOptions = {}): ImageSpec[] {
  const { clean = 0, scale = 1 } = options;
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const specs: ImageSpec[] = [];
  const plan: [string, number][] = [
    ['institution', 0.25],
    ['phone', 0.12],
    ['wechat', 0.12],
    ['ordinary', 0.15],
    ['national-flag', 0.1],
    ['party-flag', 0.1],
    ['clean', 0.08],
    ['decoy', 0.08],
  ];
  for (const [what, share] of plan) {
    const n = Math.round(count * share);
    for (let k = 0; k < n; k++) {
      const kind = random() < 0.65 ? 'avatar' : 'cover';
      const [width, height] = (kind === 'avatar' ? [400, 400] : [900, 300]).map((n) => Math.round(n * scale)) as [
        number,
        number,
      ];
      const spec: ImageSpec = {
        id: `${what}-${String(k).padStart(3, '0')}`,
        kind,
        width,
        height,
        texts: [],
        flags: [],
      };
      const text = (cls: ItemClass, value: string) =>
        spec.texts.push({
          class: cls,
          text: value,
          size: Math.round((18 + random() * 46) * scale),
          angle: random() < 0.5 ? 0 : Math.round((random() - 0.5) * 50),
          occluded: random() < 0.2,
        });
      const flag = (cls: SymbolClass) => {
        const r = random();
        spec.flags.push({
          class: cls,
          scale: r < 0.3 ? 1.05 : r < 0.6 ? 0.1 + random() * 0.1 : 0.2 + random() * 0.5,
          angle: random() < 0.5 ? 0 : Math.round((random() - 0.5) * 60),
          cut: random() < 0.25,
        });
      };
      if (what === 'institution') text('institution', pick(INSTITUTIONS));
      else if (what === 'phone') text('phone', phone(random));
      else if (what === 'wechat') text('wechat', wechat(random));
      else if (what === 'ordinary') text('ordinary', pick(ORDINARY));
      else if (what === 'national-flag' || what === 'party-flag') {
        flag(what);
        if (random() < 0.3) text('ordinary', pick(ORDINARY));
      } else if (what === 'decoy') spec.decoy = random() < 0.6 ? 'yellow-text-on-red' : 'lone-star';
      specs.push(spec);
    }
  }
  if (clean > 0) {
    const texts = cleanTexts();
    // Its own random stream: the set above stays the same with or without the clean part.
    const r = mulberry32(seed + 1);
    for (let k = 0; k < clean; k++) {
      const kind = r() < 0.65 ? 'avatar' : 'cover';
      const [width, height] = (kind === 'avatar' ? [400, 400] : [900, 300]).map((n) => Math.round(n * scale)) as [
        number,
        number,
      ];
      const spec: ImageSpec = {
        id: `clean-text-${String(k).padStart(4, '0')}`,
        kind,
        width,
        height,
        texts: [],
        flags: [],
      };
      const lines = r() < 0.3 ? 2 : 1;
      for (let l = 0; l < lines; l++) {
        spec.texts.push({
          class: 'ordinary',
          text: texts[Math.floor(r() * texts.length)] as string,
          size: Math.round((18 + r() * 46) * scale),
          angle: r() < 0.5 ? 0 : Math.round((r() - 0.5) * 50),
          occluded: r() < 0.2,
        });
      }
      const ground = r();
      if (ground < 0.1) spec.decoy = 'red-ground';
      else if (ground < 0.2) spec.decoy = 'yellow-shapes';
      specs.push(spec);
    }
  }
  return specs;
}

/** Runs in the page: draws one spec and returns a PNG data URL. */
function draw(
  spec: ImageSpec,
  seed: number,
  shapes: {
    stars: { x: number; y: number }[][];
    emblem: { x: number; y: number }[][];
    lone: { x: number; y: number }[];
  },
): string {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const canvas = document.createElement('canvas');
  canvas.width = spec.width;
  canvas.height = spec.height;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const hue = () => Math.floor(random() * 360);
  // Background: a gradient, blobs, stripes or speckle, in soft colours (no saturated red/yellow field).
  const g = ctx.createLinearGradient(0, 0, spec.width * random(), spec.height);
  const h1 = hue();
  g.addColorStop(0, `hsl(${h1} ${20 + random() * 40}% ${60 + random() * 30}%)`);
  g.addColorStop(1, `hsl(${(h1 + 60 + random() * 120) % 360} ${20 + random() * 40}% ${50 + random() * 40}%)`);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, spec.width, spec.height);
  const style = Math.floor(random() * 3);
  for (let i = 0; i < 12; i++) {
    ctx.fillStyle = `hsla(${hue()} ${30 + random() * 40}% ${40 + random() * 50}% / ${0.15 + random() * 0.3})`;
    if (style === 0) {
      ctx.beginPath();
      ctx.arc(random() * spec.width, random() * spec.height, 10 + random() * spec.height * 0.4, 0, Math.PI * 2);
      ctx.fill();
    } else if (style === 1) {
      ctx.save();
      ctx.translate(spec.width / 2, spec.height / 2);
      ctx.rotate(random() * Math.PI);
      ctx.fillRect(-spec.width, -spec.height + i * spec.height * 0.2, spec.width * 2, 8 + random() * 30);
      ctx.restore();
    }
  }
  if (style === 2) {
    const noise = ctx.getImageData(0, 0, spec.width, spec.height);
    for (let i = 0; i < noise.data.length; i += 4) {
      const n = (random() - 0.5) * 40;
      for (let c = 0; c < 3; c++) noise.data[i + c] = Math.max(0, Math.min(255, (noise.data[i + c] as number) + n));
    }
    ctx.putImageData(noise, 0, 0);
  }
  const polygon = (points: { x: number; y: number }[]) => {
    ctx.beginPath();
    points.forEach((p, i) => {
      if (i === 0) ctx.moveTo(p.x, p.y);
      else ctx.lineTo(p.x, p.y);
    });
    ctx.closePath();
    ctx.fill();
  };
  const drawFlag = (cls: string, w: number) => {
    const h = (w * 2) / 3;
    ctx.fillStyle = 'rgb(238 28 37)';
    ctx.fillRect(0, 0, w, h);
    if (cls === 'national-flag') {
      ctx.fillStyle = 'rgb(255 255 0)';
      const u = h / 20;
      ctx.save();
      ctx.scale(u, u);
      for (const s of shapes.stars) polygon(s);
      ctx.restore();
    } else {
      // Upper quarter on an 18 × 12 grid; the emblem in an 8 × 8 square, 3 cells down, 4 in.
      const cell = w / 2 / 18;
      ctx.fillStyle = 'rgb(255 215 0)';
      ctx.save();
      ctx.translate(4 * cell, 3 * cell);
      ctx.scale(8 * cell, 8 * cell);
      for (const s of shapes.emblem) polygon(s);
      ctx.restore();
    }
  };
  for (const f of spec.flags) {
    const w = f.scale * spec.width;
    const h = (w * 2) / 3;
    ctx.save();
    let x: number;
    let y: number;
    if (f.scale > 1) {
      x = spec.width / 2;
      y = spec.height / 2;
    } else if (f.cut) {
      x = spec.width - w * 0.3;
      y = h * 0.5 + random() * (spec.height - h);
    } else {
      const corner = Math.floor(random() * 4);
      x = corner % 2 === 0 ? w / 2 + 6 : spec.width - w / 2 - 6;
      y = corner < 2 ? h / 2 + 6 : spec.height - h / 2 - 6;
      if (f.scale > 0.2) {
        x = w / 2 + random() * Math.max(1, spec.width - w);
        y = h / 2 + random() * Math.max(1, spec.height - h);
      }
    }
    ctx.translate(x, y);
    ctx.rotate((f.angle * Math.PI) / 180);
    if (f.scale > 1) {
      // Full frame: the flag covers the image, cropped on the fly side (the symbols stay in).
      const cover = Math.max(spec.width, (spec.height * 3) / 2) * 1.02;
      ctx.translate(-spec.width / 2 - cover * 0.01, -spec.height / 2 - cover * 0.01);
      drawFlag(f.class, cover);
    } else {
      ctx.translate(-w / 2, -h / 2);
      drawFlag(f.class, w);
    }
    ctx.restore();
  }
  if (spec.decoy === 'yellow-text-on-red') {
    ctx.fillStyle = 'rgb(220 30 40)';
    ctx.fillRect(0, 0, spec.width, spec.height);
    ctx.fillStyle = 'rgb(255 215 0)';
    ctx.font = `${Math.round(spec.height * (0.15 + random() * 0.3))}px "WenQuanYi Zen Hei"`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(
      ['福', '恭喜发财', '新年快乐', '春', '吉祥如意'][Math.floor(random() * 5)] as string,
      spec.width / 2,
      spec.height / 2,
    );
  } else if (spec.decoy === 'red-ground' || spec.decoy === 'yellow-shapes') {
    if (spec.decoy === 'red-ground') {
      ctx.fillStyle = 'rgb(214 40 40)';
      ctx.fillRect(0, 0, spec.width, spec.height);
    }
    ctx.fillStyle = 'rgb(250 210 30)';
    for (let i = 0; i < 3; i++) {
      ctx.beginPath();
      ctx.arc(random() * spec.width, random() * spec.height, spec.height * (0.03 + random() * 0.1), 0, Math.PI * 2);
      ctx.fill();
    }
  } else if (spec.decoy === 'lone-star') {
    ctx.fillStyle = 'rgb(218 37 29)';
    ctx.fillRect(0, 0, spec.width, spec.height);
    ctx.fillStyle = 'rgb(255 255 0)';
    ctx.save();
    ctx.translate(spec.width / 2, spec.height / 2);
    ctx.scale(spec.height * 0.3, spec.height * 0.3);
    polygon(shapes.lone);
    ctx.restore();
  }
  for (const t of spec.texts) {
    ctx.save();
    const size = spec.kind === 'cover' ? t.size * 1.2 : t.size;
    ctx.font = `${random() < 0.7 ? 'bold ' : ''}${Math.round(size)}px "WenQuanYi Zen Hei"`;
    const metrics = ctx.measureText(t.text);
    const w = metrics.width;
    const x = w / 2 + 10 + random() * Math.max(1, spec.width - w - 20);
    const y = size / 2 + 10 + random() * Math.max(1, spec.height - size - 20);
    ctx.translate(x, y);
    ctx.rotate((t.angle * Math.PI) / 180);
    const dark = random() < 0.5;
    if (random() < 0.4) {
      ctx.fillStyle = dark ? 'rgba(255,255,255,0.75)' : 'rgba(0,0,0,0.55)';
      ctx.fillRect(-w / 2 - 8, -size * 0.7, w + 16, size * 1.4);
    }
    ctx.fillStyle = dark ? `hsl(${hue()} 60% 15%)` : `hsl(${hue()} 70% 96%)`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    if (!dark) {
      ctx.strokeStyle = 'rgba(0,0,0,0.6)';
      ctx.lineWidth = Math.max(2, size / 10);
      ctx.strokeText(t.text, 0, 0);
    }
    ctx.fillText(t.text, 0, 0);
    if (t.occluded) {
      // Something drawn over a part of the text (a sticker): up to a fifth of its width.
      ctx.fillStyle = `hsl(${hue()} 50% 60%)`;
      ctx.beginPath();
      ctx.arc(-w / 2 + random() * w, (random() - 0.5) * size * 0.8, size * (0.2 + random() * 0.25), 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.restore();
  }
  return canvas.toDataURL('image/png');
}

export async function generate(out: string, count: number, options: SetOptions = {}): Promise<ImageSpec[]> {
  const specs = imageSpecs(count, undefined, options);
  await render(specs, out);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(specs, null, 1)}\n`);
  return specs;
}

/** Draws each spec into `out/<id>.png` (seeded by its place in the list). */
export async function render(specs: readonly ImageSpec[], out: string): Promise<void> {
  const shapes = {
    stars: nationalFlagStars().map((p) => [...p]),
    emblem: partyEmblem().map((p) => [...p]),
    lone: [...star(0, 0, 1)],
  };
  const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    // The drawing function as the page's own (tsx's name helper defined for its transpiled text).
    await page.addScriptTag({ content: `var __name = (f) => f; window.draw = ${draw.toString()};` });
    mkdirSync(out, { recursive: true });
    let seed = 1;
    for (const spec of specs) {
      const url = await page.evaluate(([s, n, sh]) => (window as unknown as { draw: typeof draw }).draw(s, n, sh), [
        spec,
        spec.seed ?? seed,
        shapes,
      ] as const);
      writeFileSync(join(out, `${spec.id}.png`), Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
      seed++;
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const out = at('--out') ?? fileURLToPath(new URL('../../.cache/image-set', import.meta.url));
  const count = Number(at('--count') ?? 240);
  const specs = await generate(out, count, { clean: Number(at('--clean') ?? 0), scale: Number(at('--scale') ?? 1) });
  console.log(`${specs.length} images in ${out}`);
}

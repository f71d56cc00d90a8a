import { expect } from 'chai';
import { validateMobile, validateResidentId, validateUscc } from '../src/identity/index.js';
import { createEngine, type Engine, type RuleSet, type Verdict } from '../src/index.js';
import { testEngine } from './helpers.js';
import { type AccountVector, accountOf, VECTOR_FILES } from './vector-accounts.js';
import { type ExpectedVerdict, expectMatchesOnText, expectVerdict } from './vector-expect.js';
import contact from './vectors/contact.json' with { type: 'json' };
import matrix from './vectors/matrix.json' with { type: 'json' };
import names from './vectors/names.json' with { type: 'json' };
import results from './vectors/results.json' with { type: 'json' };

interface NameVector extends ExpectedVerdict {
  requires?: Verdict['requires'];
}

describe('shared vectors: account names', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  for (const vector of names.vectors as NameVector[]) {
    const title = `${JSON.stringify(vector.text)} → ${vector.verdict}${vector.articles.length ? ` (${vector.articles.join(', ')})` : ''}`;
    it(title, () => {
      const result = engine.check({ name: vector.text });
      for (const finding of expectVerdict(result, vector)) expect(finding.match).to.equal(vector.span);
      if (vector.requires) expect(result.requires).to.deep.equal(vector.requires);
      expectMatchesOnText(result, vector.text);
    });
  }
});

interface ContactVector extends NameVector {
  field: 'name' | 'bio';
}

describe('shared vectors: contact details and the Latin script (Art. 8.6)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(contact.ruleSet as RuleSet);
  });

  for (const vector of contact.vectors as ContactVector[]) {
    const title = `${vector.field} ${JSON.stringify(vector.text)} → ${vector.verdict}${vector.articles.length ? ` (${vector.articles.join(', ')})` : ''}`;
    it(title, () => {
      const result = engine.check({ [vector.field]: vector.text });
      expectVerdict(result, vector);
      expectMatchesOnText(result, vector.text);
    });
  }
});

interface MatrixVector extends AccountVector {
  kind: string;
  channel: string;
  negative?: boolean;
  verdict: Verdict['verdict'];
  articles: string[];
  finding?: { rule: string; start: number; end: number; match: string; via: string[] };
  absent?: string;
  requires?: Verdict['requires'];
}

interface IdentityVector {
  channel: string;
  negative?: boolean;
  validator: 'residentId' | 'mobile' | 'uscc';
  input: string;
  valid: boolean;
  normalized?: string;
  reason?: string;
  countryCode?: string;
}

const matrixVectors = matrix.vectors as MatrixVector[];
const identityVectors = matrix.identity as IdentityVector[];
const VALIDATORS = {
  residentId: (input: string) => validateResidentId(input, { today: new Date(2026, 0, 1) }),
  mobile: validateMobile,
  uscc: validateUscc,
} as const;

describe('shared vectors: every evasion channel × every rule kind', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(matrix.ruleSet as RuleSet);
  });

  for (const vector of matrixVectors) {
    const where = vector.entity ? `entity ${vector.entity}: name` : (vector.field ?? 'name');
    const title = `${vector.kind} × ${vector.channel}${vector.negative ? ' (negative)' : ''}: ${where} ${JSON.stringify(vector.text)} → ${vector.verdict}`;
    it(title, () => {
      const result = engine.check(accountOf(vector));
      expect(result.verdict).to.equal(vector.verdict);
      expect([...new Set(result.findings.map((f) => f.article))].sort()).to.deep.equal(vector.articles);
      const expected = vector.finding;
      if (expected) {
        const found = result.findings.find((f) => f.rule === expected.rule && f.start === expected.start);
        expect(found, `a finding of ${expected.rule} at ${expected.start}`).to.not.equal(undefined);
        expect({
          ...expected,
          start: found?.start,
          end: found?.end,
          match: found?.match,
          via: found?.via,
        }).to.deep.equal(expected);
      }
      if (vector.absent) expect(result.findings.map((f) => f.rule)).to.not.include(vector.absent);
      if (vector.requires) expect(result.requires).to.deep.equal(vector.requires);
      expectMatchesOnText(result, vector.text);
    });
  }

  for (const vector of identityVectors) {
    it(`identity × ${vector.channel}${vector.negative ? ' (negative)' : ''}: ${vector.validator} ${JSON.stringify(vector.input)} → ${vector.valid ? 'valid' : vector.reason}`, () => {
      const result = VALIDATORS[vector.validator](vector.input);
      expect(result.valid).to.equal(vector.valid);
      if (vector.normalized !== undefined) expect(result.normalized).to.equal(vector.normalized);
      if (vector.reason !== undefined) expect(result.reason).to.equal(vector.reason);
      if (vector.countryCode !== undefined)
        expect((result as { countryCode?: string }).countryCode).to.equal(vector.countryCode);
    });
  }

  it('covers every cell: a positive vector, or a reason it is not applicable, or a known gap', () => {
    const channels = Object.keys(matrix.channels);
    const kinds = Object.keys(matrix.kinds);
    const positive = new Set<string>();
    for (const vector of matrixVectors) {
      expect(channels, vector.text).to.include(vector.channel);
      expect(kinds, vector.text).to.include(vector.kind);
      // A positive vector says what it proves: a finding, or a finding the allowed or own name prevents.
      expect(vector.finding ?? vector.absent, vector.text).to.not.equal(undefined);
      if (!vector.negative) positive.add(`${vector.kind} × ${vector.channel}`);
    }
    for (const vector of identityVectors) if (!vector.negative) positive.add(`identity × ${vector.channel}`);
    const excused = new Map<string, string>();
    for (const entry of matrix.notApplicable)
      for (const kind of entry.kinds) for (const channel of entry.channels) excused.set(`${kind} × ${channel}`, 'n/a');
    for (const gap of matrix.gaps) excused.set(`${gap.kind} × ${gap.channel}`, 'gap');
    const missing: string[] = [];
    const both: string[] = [];
    for (const kind of kinds)
      for (const channel of channels) {
        const cell = `${kind} × ${channel}`;
        if (!positive.has(cell) && !excused.has(cell)) missing.push(cell);
        // A cell a vector covers is not also "not applicable" (a known gap may be one form of a covered cell).
        if (positive.has(cell) && excused.get(cell) === 'n/a') both.push(cell);
      }
    expect(missing, 'cells with neither a positive vector nor a reason').to.deep.equal([]);
    expect(both, 'cells both covered and called not applicable').to.deep.equal([]);
  });
});

describe('shared vectors: whole verdicts, byte for byte (vectors/results.json)', () => {
  const expected = results as Record<string, unknown[]>;
  for (const { file, ruleSet, vectors } of VECTOR_FILES) {
    it(`${file}: ${vectors.length} verdicts with their spans, channels and messages`, async () => {
      const engine = await createEngine(ruleSet);
      const recorded = expected[file] ?? [];
      expect(recorded.length, 'one recorded verdict per vector (scripts/vector-results.ts)').to.equal(vectors.length);
      const differing: string[] = [];
      vectors.forEach((vector, index) => {
        const actual = JSON.stringify(engine.check(accountOf(vector)));
        const wanted = JSON.stringify(recorded[index]);
        if (actual !== wanted) differing.push(`${JSON.stringify(vector.text)}\n  got    ${actual}\n  wanted ${wanted}`);
      });
      expect(differing.join('\n'), 'verdicts that differ from the recorded ones').to.equal('');
    });
  }
});

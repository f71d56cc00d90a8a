/**
 * Size (DESIGN.md, Safety): a megabyte of text of any shape gets a verdict, with the findings it
 * should have; text over a field's limit gets a `length` finding. These tests assert completion
 * and correctness, never time: a quadratic step would show as a test that does not finish.
 */
import { expect } from 'chai';
import type { Engine, Finding } from '../src/index.js';
import { testEngine } from './helpers.js';

const MB = 1 << 20;

/** `piece` repeated to `length` code units (cut at a piece boundary). */
function repeated(piece: string, length = MB): string {
  return piece.repeat(Math.floor(length / piece.length));
}

const byRule = (findings: readonly Finding[], rule: string) => findings.filter((f) => f.rule === rule);

describe('a megabyte of text', function () {
  // Room for a slow, shared machine: these assert that check() finishes, not how fast.
  this.timeout(120_000);
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  /** Checks `text` as a bio (limit 500) and returns the findings other than the length finding. */
  function checkBio(text: string): Finding[] {
    const verdict = engine.check({ bio: text });
    expect(verdict.findings.map((f) => f.rule)).to.not.include('engine-error');
    const [length, ...more] = byRule(verdict.findings, 'length');
    expect(more).to.deep.equal([]);
    // The 501st character, counted in code points.
    const start = [...text.slice(0, 1000)].slice(0, 500).join('').length;
    expect(length).to.include({ field: 'bio', start, end: text.length, severity: 'block' });
    expect(verdict.verdict).to.equal('block');
    return verdict.findings.filter((f) => f.rule !== 'length');
  }

  it('of ordinary Han text: only the length finding', () => {
    expect(checkBio(repeated('风吹麦浪春暖花开'))).to.deep.equal([]);
  });

  it('of separators only: only the length finding', () => {
    expect(checkBio(repeated(' .,-_|·。，\u3000😀'))).to.deep.equal([]);
  });

  it('of one long digit run: no phone number in it', () => {
    expect(checkBio(repeated('1234567890'))).to.deep.equal([]);
  });

  it('of one long run of Chinese numerals: no phone number in it', () => {
    expect(checkBio(repeated('一三八零零幺两'))).to.deep.equal([]);
  });

  it('of dotted labels with no top-level domain (a.a.a…, a点a点…): no address', () => {
    expect(checkBio(repeated('a.'))).to.deep.equal([]);
    expect(checkBio(repeated('a点'))).to.deep.equal([]);
    expect(checkBio(repeated('1.'))).to.deep.equal([]);
  });

  it('of at signs (a@a@…, a@点…): no address', () => {
    expect(checkBio(repeated('a@'))).to.deep.equal([]);
    expect(checkBio(repeated('a@点'))).to.deep.equal([]);
  });

  it('of one domain a megabyte long: one address, all of it', () => {
    const text = `${repeated('a点', MB - 4)}com`;
    const findings = checkBio(text);
    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({ rule: 'contact', start: 0, end: text.length });
  });

  it('of 新 华 社 over and over: every one found, each with its evasion', () => {
    const piece = '新 华 社 ';
    const text = repeated(piece);
    const count = text.length / piece.length;
    const findings = checkBio(text);
    const media = byRule(findings, 'news-media');
    expect(media).to.have.length(count);
    expect(byRule(findings, 'evasion')).to.have.length(count);
    expect(media.every((f, i) => f.start === i * piece.length && f.match === '新 华 社')).to.equal(true);
    expect(media[0]?.via).to.deep.equal(['separator']);
  });

  it('of QQ numbers with their code word over and over: every one found', () => {
    const piece = 'qq12345678 ';
    const text = repeated(piece);
    const findings = checkBio(text);
    expect(findings).to.have.length(text.length / piece.length);
    expect(findings.every((f) => f.rule === 'contact' && f.match === 'qq12345678')).to.equal(true);
    expect(findings[0]?.message.params.detector).to.equal('qq');
  });

  it('of names with allowed given names and sequences: as many findings as in one, times the repeats', () => {
    // 张新华 (allowed after a surname), 杭州市公安局 (a sequence), 全国第一律师 (a sequence and two lexicons).
    const piece = '张新华，杭州市公安局，全国第一律师。';
    const one = engine.check({ bio: piece }).findings;
    const text = repeated(piece);
    const findings = checkBio(text);
    expect(findings).to.have.length((one.length * text.length) / piece.length);
    expect(byRule(findings, 'news-media')).to.deep.equal([]);
  });

  it('as a name: only the length finding, from the 31st character on', () => {
    const text = repeated('风吹麦浪');
    const verdict = engine.check({ name: text });
    expect(verdict.findings).to.have.length(1);
    expect(verdict.findings[0]).to.include({ rule: 'length', field: 'name', start: 30, end: text.length });
  });
});

describe('field length limits', () => {
  let engine: Engine;
  before(async () => {
    engine = await testEngine();
  });

  const lengthFindings = (name: string) => byRule(engine.check({ name }).findings, 'length');

  it('accepts a name of exactly 30 characters', () => {
    expect(lengthFindings('风'.repeat(30))).to.deep.equal([]);
  });

  it('blocks a name of 31 characters, from the 31st on, citing 10.1 and the limit', () => {
    const name = `${'风'.repeat(30)}吹`;
    const [finding] = lengthFindings(name);
    expect(finding).to.deep.include({
      rule: 'length',
      article: '10.1',
      severity: 'block',
      field: 'name',
      start: 30,
      end: 31,
      match: '吹',
    });
    expect(finding?.message).to.deep.equal({ key: 'length', params: { limit: '30' } });
    expect(engine.check({ name }).verdict).to.equal('block');
  });

  it('counts characters, not UTF-16 units: 30 emoji are within the limit', () => {
    expect(lengthFindings('😀'.repeat(30))).to.deep.equal([]);
    const [finding] = lengthFindings('😀'.repeat(31));
    expect(finding).to.include({ start: 60, end: 62, match: '😀' });
  });

  it('counts a lone surrogate as one character of its own', () => {
    // A lone high surrogate at the end is the 31st character, not half of the 30th.
    expect(lengthFindings(`${'a'.repeat(30)}\ud800`)[0]).to.include({ start: 30, end: 31, match: '\ud800' });
    // A lone high surrogate before a letter does not pair with it.
    expect(lengthFindings(`\ud800${'a'.repeat(30)}`)[0]).to.include({ start: 30, end: 31, match: 'a' });
  });

  it('has a limit per field: bio 500, signature 100', () => {
    const verdict = engine.check({ bio: '风'.repeat(500), signature: '风'.repeat(101) });
    expect(verdict.findings.map((f) => [f.rule, f.field, f.start])).to.deep.equal([['length', 'signature', 100]]);
  });
});

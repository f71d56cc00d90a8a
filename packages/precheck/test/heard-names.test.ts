/**
 * Names heard by sound (match/pinyin.ts, rules/view.ts): a protected name is heard as it is read in context, by its
 * own syllables or by those its rule set gives other names for the same pair of characters, and a
 * homophone that keeps a polyphonic character of the name is heard too. Runs in Node and Chromium.
 */
import { expect } from 'chai';
import { createEngine, type Engine, learnContextReadings, type RuleSet, readInContext } from '../src/index.js';
import { type ExpectedVerdict, expectVerdict } from './vector-expect.js';
import vectors from './vectors/heard-names.json' with { type: 'json' };

describe('shared vectors: names heard by sound, as read in context and as parts of a sequence', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(vectors.ruleSet as RuleSet);
  });

  for (const vector of vectors.vectors as ExpectedVerdict[]) {
    it(`${JSON.stringify(vector.text)} → ${vector.verdict}`, () => {
      const result = engine.check({ name: vector.text });
      for (const finding of expectVerdict(result, vector)) expect(finding.match).to.equal(vector.span);
    });
  }
});

describe('learnContextReadings', () => {
  const chars = (text: string) => [...text];
  it('learns a pair from a term whose syllables differ from the common readings, and reads other terms by it', () => {
    const learned = learnContextReadings([
      { chars: chars('中国银行'), common: ['zhong', 'guo', 'yin', 'xing'], syllables: ['zhong', 'guo', 'yin', 'hang'] },
    ]);
    expect(readInContext(chars('招商银行'), ['zhao', 'shang', 'yin', 'xing'], learned)).to.deep.equal([
      'zhao',
      'shang',
      'yin',
      'hang',
    ]);
    // 行 beside other characters keeps its common reading.
    expect(readInContext(chars('行政学院'), ['xing', 'zheng', 'xue', 'yuan'], learned)).to.deep.equal([
      'xing',
      'zheng',
      'xue',
      'yuan',
    ]);
  });
  it('does not use a pair taught two readings', () => {
    const learned = learnContextReadings([
      { chars: chars('甲乙'), common: ['jia', 'yi'], syllables: ['jia', 'ya'] },
      { chars: chars('甲乙丙'), common: ['jia', 'yi', 'bing'], syllables: ['jia', 'yo', 'bing'] },
    ]);
    expect(readInContext(chars('丁甲乙'), ['ding', 'jia', 'yi'], learned)).to.deep.equal(['ding', 'jia', 'yi']);
  });
});

/**
 * The artifact carries a heard name's syllables only where the syllables of its other names do not
 * already teach the engine how it is read in context (compile.ts, withContextReadings): every heard
 * name read otherwise in context must still be heard when spelled as it is read (招商银行:
 * zhaoshangyinhang, 重庆大学: chongqingdaxue), and with a homophone that keeps its polyphonic character.
 */
import { type CompiledRuleSet, compileRuleSet, createEngine, type Engine, loadDictionaries } from '@mingzheng/precheck';
import { expect } from 'chai';
import { pinyin } from 'pinyin-pro';
import { defaultRuleSet } from '../src/index.js';

const HAN = /^\p{Script=Han}+$/u;
const options = { toneType: 'none', type: 'array', v: true } as const;

describe('names read otherwise in context', () => {
  let engine: Engine;
  let compiled: CompiledRuleSet;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
    compiled = compileRuleSet(defaultRuleSet, await loadDictionaries());
  });
  /** Whether the pinyin channel hears all of `text` as `term`. */
  const hears = (text: string, term: string) => {
    let heard = false;
    compiled.pinyin.scan(
      text,
      (position) => position === 0,
      (match) => {
        if (match.start === 0 && match.end === text.length && compiled.terms[match.term]?.text === term) heard = true;
      },
    );
    return heard;
  };

  it('the artifact carries syllables for few of them', () => {
    const carried = defaultRuleSet.lexicons.flatMap((lexicon) =>
      lexicon.entries.filter((entry) => typeof entry !== 'string' && entry.pinyin !== undefined),
    );
    expect(carried.length).to.be.below(100);
  });

  it('every heard name of three or more characters is heard spelled as read in context', () => {
    const missed: string[] = [];
    let tried = 0;
    const seen = new Set<string>();
    const folded = new Set(compiled.automaton.allTexts());
    for (const lexicon of defaultRuleSet.lexicons)
      for (const raw of lexicon.entries) {
        const entry = typeof raw === 'string' ? { term: raw } : raw;
        if (!(entry.homophones ?? lexicon.homophones) || !HAN.test(entry.term) || entry.term.length < 3) continue;
        // A term with traditional characters (葵青區) is folded, and heard, as its simplified form.
        if (seen.has(entry.term) || !folded.has(entry.term)) continue;
        seen.add(entry.term);
        // Every one: a name read as commonly read must not be read otherwise by a pair another teaches.
        const inContext = (entry.pinyin?.split(' ') ?? (pinyin(entry.term, options) as string[])).join('');
        tried++;
        if (!hears(inContext, entry.term)) missed.push(`${entry.term} ${inContext}`);
      }
    expect(tried).to.be.above(5000);
    expect(missed).to.deep.equal([]);
  });

  it('a homophone that keeps the polyphonic character is heard, one that changes its reading is not', () => {
    const articles = (name: string) => engine.check({ name }).findings.map((finding) => finding.article);
    expect(articles('招商银航')).to.include.members(['8.2', '8.6']);
    expect(articles('重青大学')).to.include.members(['8.2', '8.6']);
    expect(articles('首都医科大学宣武依院')).to.include.members(['8.2', '8.6']);
    expect(articles('中国保险行业协汇')).to.include.members(['8.2', '8.6']);
    expect(engine.check({ name: '中国银杏' }).findings.filter((f) => f.article === '8.2')).to.deep.equal([]);
  });
});

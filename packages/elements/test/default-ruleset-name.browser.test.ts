/**
 * A page with mz-name-field alone and no rule set given loads the default rule set's projection on
 * the name field (@mingzheng/rules-cn/name), not the whole, and shows every name the verdict the
 * whole gives it, `rulesetVersion` included. Its own file: a page of its own, nothing loaded before.
 */
import type { Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/name-field.js';
import type { MzNameField } from '../src/name-field/name-field.js';

/** The rule-set modules this page has fetched. */
const loadedRuleSets = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('/rules-cn/src/'))
    .map((path) => path.slice(path.indexOf('/rules-cn/src/') + '/rules-cn/src/'.length));

const NAMES = [
  '新华社',
  '风吹麦浪',
  '我爱ＣＣＴＶ',
  '中国往事',
  '人民日报官方',
  '北京市公安局',
  '张伟',
  '欧阳娜娜',
  '清华大学',
  '清华校友小李',
  '淘宝客服',
  '加微信abc123',
  '主治医师王明',
  '全网第一',
  '习近平',
  '阿里巴巴官方旗舰店',
  '小熊饼干',
  '中华人民共和国外交部',
];

describe('the default rule set on a page with only mz-name-field', () => {
  it('loads the name projection, not the whole, and gives every name the whole’s verdict', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    render(html`<mz-name-field show-feedback></mz-name-field>`, host);
    const field = host.querySelector('mz-name-field') as MzNameField;
    await field.ready;
    const loaded = loadedRuleSets();
    expect(loaded.some((path) => path.startsWith('ruleset.name.compact.json'))).to.equal(true);
    expect(loaded.some((path) => path.startsWith('ruleset.compact.json'))).to.equal(false);

    const shown: Record<string, Verdict | undefined> = {};
    for (const name of NAMES) {
      field.value = name;
      await field.ready;
      shown[name] = field.currentVerdict;
    }
    // The whole, loaded only now, for comparison.
    const [{ createEngine }, { defaultRuleSet }] = await Promise.all([
      import('@mingzheng/precheck'),
      import('@mingzheng/rules-cn'),
    ]);
    const whole = await createEngine(defaultRuleSet);
    const expected = Object.fromEntries(NAMES.map((name) => [name, whole.check({ name })]));
    expect(JSON.parse(JSON.stringify(shown))).to.deep.equal(JSON.parse(JSON.stringify(expected)));
    const verdicts = new Set(Object.values(shown).map((verdict) => verdict?.verdict));
    expect([...verdicts].sort()).to.deep.equal(['block', 'pass', 'review']);
    expect(shown.新华社?.rulesetVersion).to.equal(defaultRuleSet.version);
  });
});

/**
 * The lists a rule set gives the engine besides its protected terms: the account suffixes an
 * entity account's name may carry, and the top-level domains and code words of the contact
 * detectors. A rule set that names none gets the engine's own lists; one that names lexicon
 * categories gets exactly what those lexicons hold, so a platform extends them without a release.
 */
import { expect } from 'chai';
import { type AccountInfo, compileRuleSet, createEngine, type Rule, type RuleSet, RuleSetError } from '../src/index.js';

type Lexicons = RuleSet['lexicons'];

const entityRule: Rule = {
  id: 'entity-name',
  article: '7.2',
  severity: 'review',
  fields: ['name'],
  kinds: ['entity'],
  match: { entityName: true },
};
const contactRule: Rule = {
  id: 'contact',
  article: '8.6',
  severity: 'block',
  fields: ['bio'],
  match: { detector: ['phone', 'qq', 'wechat', 'url', 'email'] },
};

function ruleSet(extra: Partial<RuleSet> & { lexicons?: Lexicons } = {}): RuleSet {
  return {
    name: 'lists',
    version: '1',
    lexicons: [],
    rules: [entityRule, contactRule],
    ...extra,
  } as RuleSet;
}

const entityAccount = (name: string): AccountInfo => ({
  kind: 'entity',
  name,
  entity: { name: '星河科技有限公司', uscc: '91350100M000100Y43' },
});

const contactsOf = (findings: { rule: string; message: { params: Record<string, string> }; match: string }[]) =>
  findings.filter((f) => f.rule === 'contact').map((f) => `${f.message.params.detector}: ${f.match}`);

describe('lists a rule set names', () => {
  describe('account suffixes of an entityName rule', () => {
    it('are the engine’s own when the rule names none (旗舰店, 官方 …)', async () => {
      const engine = await createEngine(ruleSet());
      expect(engine.check(entityAccount('星河科技旗舰店')).verdict).to.equal('pass');
      expect(engine.check(entityAccount('星河科技官方账号')).verdict).to.equal('pass');
      expect(engine.check(entityAccount('星河科技专卖店')).verdict).to.equal('review');
    });

    it('are the entries of the categories the rule names, and only those', async () => {
      const engine = await createEngine(
        ruleSet({
          lexicons: [{ category: 'store-suffix', source: 'a platform’s store types', entries: ['专卖店'] }],
          rules: [{ ...entityRule, match: { entityName: true, suffixes: ['store-suffix'] } }, contactRule],
        }),
      );
      expect(engine.check(entityAccount('星河科技专卖店')).verdict).to.equal('pass');
      expect(engine.check(entityAccount('星河科技旗舰店')).verdict).to.equal('review');
      // A name that is only a suffix is no short form of the entity's name.
      expect(engine.check(entityAccount('专卖店')).verdict).to.equal('review');
    });
  });

  describe('contact detectors', () => {
    it('read the engine’s own top-level domains and code words when the rule set has no `contact`', async () => {
      const engine = await createEngine(ruleSet());
      expect(contactsOf(engine.check({ bio: '店铺 shop.com 企鹅 12345678' }).findings)).to.deep.equal([
        'url: shop.com',
        'qq: 企鹅 12345678',
      ]);
      expect(contactsOf(engine.check({ bio: '店铺 shop.xin 扣号 12345678' }).findings)).to.deep.equal([]);
    });

    it('read the lexicons `contact` names instead, folded as user text is', async () => {
      const engine = await createEngine(
        ruleSet({
          lexicons: [
            { category: 'tld', source: 'IANA', entries: ['xin'] },
            // Written in full width and upper case: compared with the folded text all the same.
            { category: 'qq-word', source: 'a platform’s reports', entries: ['扣号', 'ＱＱ群'] },
            { category: 'wechat-word', source: 'a platform’s reports', entries: ['绿泡泡'] },
          ],
          contact: { tld: ['tld'], qq: ['qq-word'], wechat: ['wechat-word'] },
        }),
      );
      expect(contactsOf(engine.check({ bio: '店铺 shop.xin 扣号 12345678' }).findings)).to.deep.equal([
        'url: shop.xin',
        'qq: 扣号 12345678',
      ]);
      expect(contactsOf(engine.check({ bio: 'qq群 12345678，绿泡泡 shop_2024' }).findings)).to.deep.equal([
        'qq: qq群 12345678',
        'wechat: 绿泡泡 shop_2024',
      ]);
      // The engine's own lists no longer apply.
      expect(contactsOf(engine.check({ bio: '店铺 shop.com 企鹅 12345678' }).findings)).to.deep.equal([]);
    });

    it('keep the engine’s own list for a list `contact` leaves out', async () => {
      const engine = await createEngine(
        ruleSet({
          lexicons: [{ category: 'tld', source: 'IANA', entries: ['xin'] }],
          contact: { tld: ['tld'] },
        }),
      );
      expect(contactsOf(engine.check({ bio: 'shop.xin 企鹅 12345678' }).findings)).to.deep.equal([
        'url: shop.xin',
        'qq: 企鹅 12345678',
      ]);
    });
  });

  it('must name categories some lexicon has', () => {
    const unknown = ruleSet({
      contact: { wechat: ['nowhere'] },
      rules: [{ ...entityRule, match: { entityName: true, suffixes: ['missing'] } }],
    });
    expect(() => compileRuleSet(unknown)).to.throw(RuleSetError, /contact\.wechat: no lexicon has category "nowhere"/);
    expect(() => compileRuleSet(unknown)).to.throw(RuleSetError, /\(entity-name\): no lexicon has category "missing"/);
  });
});

/**
 * Messages: every finding the engine makes has a message in zh-CN, zh-TW and en that says what is
 * wrong, cites its article and says what to do — the sentences the components show and the server
 * and command line write.
 */
import { expect } from 'chai';
import {
  citeArticle,
  describeFinding,
  describeFindings,
  formatMessage,
  LOCALES,
  type Locale,
  loadTraditional,
  resolveLocale,
} from '../src/index.js';
import { ruleSet, testEngine } from './helpers.js';

const PARAMS = { match: '新 华 社', term: '新华社', label: '医疗卫生', entity: '某某公司', limit: '30' };

/** The message keys the engine gives findings of the test rule set, with the article each cites. */
function keysInUse(): [key: string, article: string][] {
  const keys: [string, string][] = [];
  for (const rule of ruleSet.rules) {
    const match = rule.match as { detector?: string[] };
    if (match.detector) for (const detector of match.detector) keys.push([`contact.${detector}`, rule.article]);
    else keys.push([`article.${rule.article}`, rule.article]);
  }
  keys.push(
    ['evasion', ruleSet.evasion.article],
    ['evasion.bidi', ruleSet.evasion.article],
    ['length', '10.1'],
    ['engine-error', '10.1'],
    ['fallback', '8.1'],
  );
  return keys;
}

describe('messages', () => {
  describe('catalogs', () => {
    for (const locale of LOCALES) {
      it(`has every message the engine uses in ${locale}, with every placeholder filled`, () => {
        const fallback = (article: string) => formatMessage({ key: 'fallback', params: PARAMS }, article, locale);
        for (const [key, article] of keysInUse()) {
          const text = formatMessage({ key, params: PARAMS }, article, locale);
          if (key !== 'fallback') expect(text, `${locale} ${key}`).to.not.equal(fallback(article));
          expect(text, `${locale} ${key}`).to.not.match(/[{}]/);
          if (key !== 'length' && key !== 'engine-error') {
            expect(text, `${locale} ${key} cites its article`).to.include(citeArticle(article, locale));
          }
        }
      });
    }

    it('also covers the articles a rule set may cite beyond the test rule set', () => {
      for (const article of ['8.1', '8.2', '8.3', '8.4', '8.5', '8.6', '8.7', '10.2', '11', '7.2']) {
        for (const locale of LOCALES) {
          const text = formatMessage({ key: `article.${article}`, params: PARAMS }, article, locale);
          expect(text, `${locale} article.${article}`).to.not.equal(
            formatMessage({ key: 'fallback', params: PARAMS }, article, locale),
          );
        }
      }
    });

    it('writes zh-TW in traditional characters', async () => {
      // OpenCC's simplified → traditional table: a character whose traditional forms do not include
      // itself is simplified only (条 → 條). 台 is listed (台 → 臺), yet 平台 is the usual form in Taiwan.
      const { default: table } = await import('opencc-js/dict/STCharacters');
      const simplifiedOnly = new Set<string>();
      for (const entry of table.split('|')) {
        const [simplified = '', ...traditional] = entry.split(' ');
        if (!traditional.includes(simplified) && simplified !== '台') simplifiedOnly.add(simplified);
      }
      for (const [key, article] of keysInUse()) {
        const text = formatMessage({ key, params: {} }, article, 'zh-TW');
        expect(
          [...text].filter((char) => simplifiedOnly.has(char)),
          `zh-TW ${key}: ${text}`,
        ).to.deep.equal([]);
      }
      expect(citeArticle('8.4', 'zh-TW')).to.equal('《互聯網用戶賬號信息管理規定》第八條第（四）項');
    });

    it('never reads a parameter as a template, and never as HTML', () => {
      const text = formatMessage({ key: 'article.8.4', params: { match: '{cite}<b>x</b>', term: '{term}' } }, '8.4');
      expect(text).to.include('「{cite}<b>x</b>」');
      expect(text).to.include('「{term}」');
    });

    it('falls back to the general message for an unknown key', () => {
      expect(formatMessage({ key: 'no-such-key', params: { match: 'x' } }, '8.1', 'en')).to.equal(
        '“x” does not comply with the account-information provisions (Art. 8(1)). Change it.',
      );
    });
  });

  describe('citeArticle', () => {
    const cases: [article: string, locale: Locale, cited: string][] = [
      ['8.4', 'zh-CN', '《互联网用户账号信息管理规定》第八条第（四）项'],
      ['8.4', 'en', 'Art. 8(4)'],
      ['8.6', 'zh-CN', '《互联网用户账号信息管理规定》第八条第（六）项'],
      ['10.2', 'zh-CN', '《互联网用户账号信息管理规定》第十条第二款'],
      ['10.2', 'zh-TW', '《互聯網用戶賬號信息管理規定》第十條第二款'],
      ['10.2', 'en', 'Art. 10 para. 2'],
      ['11', 'zh-CN', '《互联网用户账号信息管理规定》第十一条'],
      ['11', 'en', 'Art. 11'],
      ['7.2', 'zh-CN', '《互联网用户账号信息管理规定》第七条第二款'],
      ['23.1', 'zh-CN', '《互联网用户账号信息管理规定》第二十三条第一款'],
    ];
    for (const [article, locale, cited] of cases) {
      it(`cites ${article} in ${locale} as ${cited}`, () => {
        expect(citeArticle(article, locale)).to.equal(cited);
      });
    }

    it('cites the article in a formatted message', () => {
      expect(formatMessage({ key: 'article.8.4', params: PARAMS }, '8.4', 'zh-CN')).to.include('第八条第（四）项');
      expect(formatMessage({ key: 'article.8.4', params: PARAMS }, '8.4', 'en')).to.include('(Art. 8(4))');
      expect(formatMessage({ key: 'article.10.2', params: PARAMS }, '10.2', 'zh-CN')).to.include('第十条第二款');
    });
  });

  describe('resolveLocale', () => {
    const cases: [tag: string | undefined, locale: Locale][] = [
      ['zh-TW', 'zh-TW'],
      ['zh-HK', 'zh-TW'],
      ['zh-MO', 'zh-TW'],
      ['zh-Hant', 'zh-TW'],
      ['zh-Hant-TW', 'zh-TW'],
      ['zh-tw', 'zh-TW'],
      ['en', 'en'],
      ['en-US', 'en'],
      ['EN-GB', 'en'],
      ['zh', 'zh-CN'],
      ['zh-CN', 'zh-CN'],
      ['zh-Hans', 'zh-CN'],
      ['zh-SG', 'zh-CN'],
      ['fr', 'zh-CN'],
      ['', 'zh-CN'],
      [undefined, 'zh-CN'],
    ];
    for (const [tag, locale] of cases) {
      it(`resolves ${JSON.stringify(tag)} to ${locale}`, () => {
        expect(resolveLocale(tag)).to.equal(locale);
      });
    }

    it('is what formatMessage uses for a tag that is not a catalog name', () => {
      const tw = formatMessage({ key: 'length', params: { limit: '30' } }, '10.1', 'zh-HK');
      expect(tw).to.equal(formatMessage({ key: 'length', params: { limit: '30' } }, '10.1', 'zh-TW'));
      expect(formatMessage({ key: 'length', params: { limit: '30' } }, '10.1', 'en-AU')).to.equal(
        'Too long: at most 30 characters. Shorten it.',
      );
    });
  });

  describe('findings of a real check', () => {
    it('format in every locale', async () => {
      const engine = await testEngine();
      const verdict = engine.check({ name: '新 华 社13800138000', bio: 'x'.repeat(501) });
      expect(new Set(verdict.findings.map((f) => f.message.key))).to.deep.equal(
        new Set(['article.8.4', 'evasion', 'contact.phone', 'length']),
      );
      for (const finding of verdict.findings) {
        for (const locale of LOCALES) {
          expect(formatMessage(finding.message, finding.article, locale)).to.not.match(/[{}]/);
        }
      }
    });

    it('word an evasion into the finding it disguises, in full and in one line', async () => {
      const engine = await testEngine();
      const { findings } = engine.check({ name: '新 华 社' });
      const news = findings.find((f) => f.rule !== 'evasion');
      const evasion = findings.find((f) => f.rule === 'evasion');
      expect(news && evasion, JSON.stringify(findings)).to.not.equal(undefined);
      if (!news || !evasion) return;
      expect(describeFinding(news, 'zh-CN', { evasion })).to.equal(
        '「新 华 社」是新闻媒体的名称「新华社」的拆分写法，不能用来冒充新闻媒体（《互联网用户账号信息管理规定》第八条第（四）、（六）项）。请换一个名称；如果你是新闻单位，请先完成认证。',
      );
      expect(describeFinding(news, 'zh-CN', { evasion, form: 'short' })).to.equal(
        '「新 华 社」是新闻媒体的名称「新华社」的拆分写法（第八条第（四）、（六）项）。请换一个名称。',
      );
      expect(describeFinding(news, 'en', { evasion })).to.equal(
        '“新 华 社” is the name of a news outlet, “新华社”, split up with separators, and may not be used to pose as one (Art. 8(4), 8(6)). Choose another name, or verify as a news organisation first.',
      );
      // The verdict's messages: the evasion is not a message of its own.
      const messages = describeFindings(findings, 'zh-CN');
      expect(messages).to.have.length(1);
      expect(messages[0]?.findings.map((i) => findings[i]?.rule).sort()).to.deep.equal([news.rule, 'evasion'].sort());
      expect(messages[0]?.text).to.equal(describeFinding(news, 'zh-CN', { evasion }));
    });

    it('name the term apart from the match in traditional characters once the converter has loaded', async () => {
      const engine = await testEngine();
      const { findings } = engine.check({ name: 'xinhuashe' });
      const [message] = describeFindings(findings, 'zh-TW');
      // Before loading: the rule set's simplified term, never a missing word.
      await loadTraditional();
      const [converted] = describeFindings(findings, 'zh-TW');
      expect(message?.text).to.contain('「xinhuashe」');
      expect(converted?.text).to.equal(
        '「xinhuashe」是新聞媒體的名稱「新華社」的拼音寫法，不能用來冒充新聞媒體（《互聯網用戶賬號信息管理規定》第八條第（四）、（六）項）。請換一個名稱；如果你是新聞單位，請先完成認證。',
      );
      // A caller's own converter wins (the components pass theirs, which loads on first use).
      expect(describeFindings(findings, 'zh-TW', { traditional: () => undefined })[0]?.text).to.contain('「新华社」');
    });

    it("give every finding exactly one message, in the findings' order", async () => {
      const engine = await testEngine();
      const { findings } = engine.check({ name: '新 华 社13800138000', bio: 'x'.repeat(501) });
      for (const locale of LOCALES) {
        const messages = describeFindings(findings, locale);
        const covered = messages.flatMap((m) => m.findings).sort((a, b) => a - b);
        expect(covered, locale).to.deep.equal(findings.map((_, i) => i));
        expect(
          messages.map((m) => m.findings[0]),
          locale,
        ).to.deep.equal([...messages.map((m) => m.findings[0])].sort((a = 0, b = 0) => a - b));
        for (const m of messages) expect(m.field).to.equal(findings[m.findings[0] ?? 0]?.field);
      }
    });
  });
});

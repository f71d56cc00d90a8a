/** Messages: every finding the engine makes has a message in zh-CN, zh-TW and en that cites its article. */
import { expect } from 'chai';
import { citeArticle, formatMessage, LOCALES, type Locale, resolveLocale } from '../src/index.js';
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
      expect(citeArticle('8.4', 'zh-TW')).to.equal('《互聯網用戶帳號資訊管理規定》第八條第（四）項');
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
      ['10.2', 'zh-TW', '《互聯網用戶帳號資訊管理規定》第十條第二款'],
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
  });
});

/**
 * Normalization, channel by channel: what a character folds to, which channel the fold reports,
 * and how a folded range maps back to what the user typed.
 */
import { expect } from 'chai';
import { viaOf } from '../src/normalize/channels.js';
import { type CharacterFolder, isHan } from '../src/normalize/characters.js';
import { type CompactIndex, mapCompact, type NormalizedText, normalizeForMatching } from '../src/normalize/pipeline.js';
import { testEngine } from './helpers.js';

describe('normalization', () => {
  let folder: CharacterFolder;
  before(async () => {
    folder = (await testEngine()).compiled.folder;
  });

  const normalize = (text: string): NormalizedText => normalizeForMatching(text, folder);
  const folded = (text: string) => normalize(text).folded;
  const compact = (text: string) => normalize(text).compact;
  /** The channels used anywhere in the text. */
  const via = (text: string) => {
    const n = normalize(text);
    return n.compact.length === 0
      ? []
      : viaOf(mapCompact(n, 0 as CompactIndex, n.compact.length as CompactIndex).flags);
  };
  /** The original text behind compact units [from, to). */
  const behind = (text: string, from: number, to: number) => {
    const span = mapCompact(normalize(text), from as CompactIndex, to as CompactIndex);
    return text.slice(span.start, span.end);
  };

  describe('compatibility forms (NFKC)', () => {
    it('expands ㈦ to (七), every unit mapping back to the one original character', () => {
      const n = normalize('㈦');
      expect(n.folded).to.equal('(七)');
      expect([...n.originStart]).to.deep.equal([0, 0, 0]);
      expect([...n.originEnd]).to.deep.equal([1, 1, 1]);
      expect(via('㈦')).to.include('compatibility');
    });

    it('maps a match on the expansion to the original character in its context', () => {
      const text = '小㈦号';
      expect(compact(text)).to.equal('小七号');
      expect(behind(text, 1, 2)).to.equal('㈦');
      expect(behind(text, 0, 3)).to.equal(text);
    });

    it('expands ligatures, roman numerals and squared words', () => {
      expect(folded('ﬀ')).to.equal('ff');
      expect(folded('Ⅻ')).to.equal('xii');
      expect(folded('㍿')).to.equal('株式会社');
      expect(behind('我㍿', 1, 5)).to.equal('㍿');
    });

    it('reads circled and enclosed letters and digits as plain ones', () => {
      expect(folded('ⓒⓒⓣⓥ')).to.equal('cctv');
      expect(folded('①②⑶⒋')).to.equal('12(3)4.');
      expect(via('ⓒⓒⓣⓥ')).to.deep.equal(['compatibility']);
    });
  });

  describe('invisible characters', () => {
    it('removes zero-width characters and reports them on the next character', () => {
      const text = '新\u200b华\u200d社\u2060\ufeff';
      expect(folded(text)).to.equal('新华社');
      expect(via(text)).to.deep.equal(['invisible']);
      expect(behind(text, 0, 3)).to.equal('新\u200b华\u200d社');
    });

    it('removes variation selectors, combining marks and keycap marks', () => {
      expect(folded('新\ufe0f华\u{e0100}社')).to.equal('新华社');
      expect(folded('cafe\u0301')).to.equal('cafe');
      expect(folded('1\ufe0f\u20e32\ufe0f\u20e3')).to.equal('12');
    });

    it('removes the Hangul fillers that render as nothing', () => {
      expect(folded('新\u3164华\u115f社\uffa0')).to.equal('新华社');
      expect(via('新\u3164华社')).to.deep.equal(['invisible']);
    });

    it('removes soft hyphens, format controls, private-use characters and C0/C1 controls', () => {
      expect(folded('a\u00adb\u202ec\ue000d\u0007e\u0085f')).to.equal('abcdef');
    });

    it('removes lone surrogates but keeps surrogate pairs', () => {
      expect(folded('a\ud800b\udfffc')).to.equal('abc');
      expect(folded('𠮷\ud83d')).to.equal('𠮷');
    });

    it('keeps line breaks and tabs, as separators', () => {
      const n = normalize('新\n华\t社');
      expect(n.folded).to.equal('新\n华\t社');
      expect(n.compact).to.equal('新华社');
    });
  });

  describe('separators', () => {
    it('skips spaces, punctuation and symbols for matching, and keeps them in the span', () => {
      const text = '新 华·社|';
      expect(compact(text)).to.equal('新华社');
      expect(behind(text, 0, 3)).to.equal('新 华·社');
      expect(via(text)).to.deep.equal(['separator']);
    });

    it('skips emoji, including those outside the BMP, flags and skin tones', () => {
      expect(compact('新😀华☺社')).to.equal('新华社');
      expect(compact('新🇨🇳华👍🏻社')).to.equal('新华社');
      expect(behind('新😀华', 0, 2)).to.equal('新😀华');
    });

    it('keeps Han characters outside the BMP as characters', () => {
      expect(compact('𠮷野家')).to.equal('𠮷野家');
    });
  });

  describe('full width', () => {
    it('folds full-width letters, digits and punctuation to ASCII', () => {
      expect(folded('ＣＣＴＶ１３８！')).to.equal('cctv138!');
      expect(via('ＣＣＴＶ')).to.deep.equal(['width']);
    });

    it('folds the ideographic space to a space, a separator', () => {
      expect(folded('新\u3000华')).to.equal('新 华');
      expect(compact('新\u3000华')).to.equal('新华');
    });
  });

  describe('case', () => {
    it('folds to lower case, without reporting a channel', () => {
      expect(folded('CCTV Xinhua')).to.equal('cctv xinhua');
      expect(via('CCTV')).to.deep.equal([]);
    });
  });

  describe('traditional → simplified', () => {
    it('simplifies traditional characters', () => {
      expect(folded('新華社')).to.equal('新华社');
      expect(folded('國務院')).to.equal('国务院');
      expect(via('新華社')).to.deep.equal(['traditional']);
    });

    it('simplifies Taiwan forms: 臺灣, 台灣, 為, 裡', () => {
      expect(folded('臺灣')).to.equal('台湾');
      expect(folded('台灣')).to.equal('台湾');
      expect(folded('為')).to.equal('为');
      expect(folded('爲')).to.equal('为');
      expect(folded('裡')).to.equal('里');
    });

    it('simplifies Hong Kong forms: 綫, 衞, 説', () => {
      expect(folded('綫')).to.equal('线');
      expect(folded('衞')).to.equal('卫');
      expect(folded('説')).to.equal('说');
    });

    it('follows a simplification through to its end: 薴 → 苧 → 苎', () => {
      expect(folded('薴')).to.equal('苎');
      expect(folded('苧')).to.equal('苎');
    });

    it('leaves simplified text alone, even characters that are also variants (么, 干, 后, 只)', () => {
      const text = '什么后来只干松台';
      expect(folded(text)).to.equal(text);
      expect(via(text)).to.deep.equal([]);
    });
  });

  describe('confusables → Latin', () => {
    it('reads Cyrillic and Greek look-alikes as Latin letters', () => {
      expect(folded('ссtv')).to.equal('cctv');
      expect(folded('СССР')).to.equal('cccp');
      expect(folded('Αρple')).to.equal('apple');
      expect(via('ссtv')).to.deep.equal(['confusable']);
    });

    it('reads look-alikes from every part of the table: the first, the last, and beyond the BMP', () => {
      expect(folded('Àpple')).to.equal('apple'); // À, the table's first character
      expect(folded('🅰🅿🅿🅻🅴')).to.equal('apple'); // negative squared letters
      expect(folded('🆉')).to.equal('z'); // the table's last character
      expect(folded('𐊂𐊆')).to.equal('be'); // Lycian letters
      expect(via('🅰🅿🅿🅻🅴')).to.deep.equal(['confusable']);
    });

    it('never touches a Han character: 山, 七, 一, 口, 工, 丁 stay', () => {
      const text = '山七一口工丁十人';
      expect(folded(text)).to.equal(text);
      expect(via(text)).to.deep.equal([]);
    });

    it('never reads any CJK unified ideograph as a confusable', () => {
      const touched: string[] = [];
      for (const [first, last] of [
        [0x3400, 0x4dbf],
        [0x4e00, 0x9fff],
      ] as const) {
        for (let code = first; code <= last; code++) {
          const char = String.fromCodePoint(code);
          const fold = folder.fold(char);
          if (viaOf(fold.flags).includes('confusable') || ![...fold.text].every(isHan)) touched.push(char);
        }
      }
      expect(touched).to.deep.equal([]);
    });

    it('reads Kangxi radicals as the Han characters they are, not as Latin', () => {
      expect(folded('⼀⼝⼭')).to.equal('一口山');
      expect(via('⼀⼝⼭')).to.deep.equal(['compatibility']);
    });
  });

  describe('Chinese numerals → digits', () => {
    it('reads a run of five or more numerals as digits', () => {
      expect(compact('一三八零零一三八零零零')).to.equal('13800138000');
      expect(compact('幺两〇叁捌')).to.equal('12038');
      expect(via('一三八零零')).to.deep.equal(['numeral']);
    });

    it('reads numerals mixed with digits, and across separators', () => {
      expect(compact('138零零138000')).to.equal('13800138000');
      expect(compact('一 三 八，零 零')).to.equal('13800');
    });

    it('leaves shorter runs as words: 一二三四, 三心二意, 一五一十', () => {
      expect(compact('一二三四')).to.equal('一二三四');
      expect(compact('三心二意')).to.equal('三心二意');
      expect(compact('一五一十')).to.equal('一五一十');
      expect(compact('我数一二三，你数四五六')).to.equal('我数一二三你数四五六');
    });

    it('does not read 十, 百 or 万 as digits', () => {
      expect(compact('一二三四五六七八九十')).to.equal('123456789十');
      expect(compact('十万八千里')).to.equal('十万八千里');
    });
  });
});

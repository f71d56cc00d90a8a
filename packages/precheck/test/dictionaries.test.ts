/**
 * The lazily loaded dictionaries as the engine reads them: traditional and variant characters to
 * simplified, and the most common reading of each character, traditional ones included (their
 * readings are stored as their simplified form's, except where they differ).
 */
import { expect } from 'chai';
import { loadDictionaries } from '../src/index.js';

describe('dictionaries', () => {
  it('simplify traditional, Taiwan and Hong Kong variant characters, and leave simplified ones alone', async () => {
    const dictionaries = await loadDictionaries();
    expect(['華', '國', '廣', '鄉', '臺', '爲', '峯'].map((char) => dictionaries.simplify(char))).to.deep.equal([
      '华',
      '国',
      '广',
      '乡',
      '台',
      '为',
      '峰',
    ]);
    for (const char of ['华', '国', '新', '社', 'a', '1', '么'])
      expect(dictionaries.simplify(char)).to.equal(undefined);
  });

  it('read simplified and traditional characters alike, and a traditional one by its own reading where it differs', async () => {
    const dictionaries = await loadDictionaries();
    const read = (text: string) => [...text].map((char) => dictionaries.reading(char)).join(' ');
    expect(read('新华社')).to.equal('xin hua she');
    expect(read('新華社')).to.equal('xin hua she');
    expect(read('人民日報')).to.equal('ren min ri bao');
    expect(read('廣東省')).to.equal('guang dong sheng');
    // 乾 (qian, as in 乾坤) is also the traditional form of 干 (gan): its own reading is kept.
    expect(dictionaries.simplify('乾')).to.equal('干');
    expect(read('乾干')).to.equal('qian gan');
    expect(read('a〇')).to.equal(' ');
  });

  it('read rare syllables as well as frequent ones, at any point of the range', async () => {
    const dictionaries = await loadDictionaries();
    const read = (text: string) => [...text].map((char) => dictionaries.reading(char)).join(' ');
    // 一 is the first character of the range; 嗲, 扥, 欻, 能 have syllables few characters share.
    expect(read('一是嗲扥欻能')).to.equal('yi shi dia den chua neng');
    expect(read('鼎龍齊')).to.equal('ding long qi');
  });
});

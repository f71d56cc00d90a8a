/**
 * Simplified → traditional (Taiwan forms), as zh-TW messages show rule-set words: the engine's
 * own table read backwards with its generated exceptions must give exactly what OpenCC's
 * character tables give (STCharacters, then TWVariants), character for character.
 */
import { expect } from 'chai';
import { ConverterFactory } from 'opencc-js/core';
import { loadTraditional } from '../src/index.js';

const load = async (name: string) => ((await import(`opencc-js/dict/${name}`)) as { default: string }).default;

describe('simplified → traditional (Taiwan forms)', () => {
  it('writes protected terms and labels as a Taiwan reader expects them', async () => {
    const convert = await loadTraditional();
    expect(['新华社', '国务院', '干部', '后台', '发展', '为人民服务', '里程', '着陆'].map(convert)).to.deep.equal([
      '新華社',
      '國務院',
      '幹部',
      '後臺',
      '發展',
      '為人民服務',
      '裡程',
      '著陸',
    ]);
    expect(convert('abc 123 新華社')).to.equal('abc 123 新華社');
  });

  it("gives OpenCC's form for every character its tables know", async () => {
    const [characters, variants] = await Promise.all([load('STCharacters'), load('TWVariants')]);
    const opencc = ConverterFactory([[characters]], [[variants]]);
    const convert = await loadTraditional();
    const chars = new Set<string>();
    for (const dict of [characters, variants])
      for (const line of dict.split('|')) for (const c of line.replace(' ', '')) chars.add(c);
    for (const c of '华華乾干几幾') chars.add(c);
    const differing = [...chars].filter((char) => convert(char) !== opencc(char));
    expect(chars.size).to.be.above(7000);
    expect(differing).to.deep.equal([]);
    // Text as a whole, too: a name, a bio.
    const text = [...chars].join('');
    expect(convert(text)).to.equal(opencc(text));
  });
});

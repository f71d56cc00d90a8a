/**
 * IP attribution labels (Art. 12): province level in the mainland, country (region) abroad,
 * configurable Hong Kong, Macau and Taiwan labels, and no label when the attribution is unknown.
 * Runs in Node and Chromium: the country names must come out the same in both.
 */
import { expect } from 'chai';
import { intlCountryName, TABLE_CODES, TABLE_OVERRIDES } from '../src/attribution/countries.js';
import { countryName, formatAttribution, PROVINCES } from '../src/attribution/index.js';

/** GB/T 2260 code → short name of the 31 mainland provinces, written out independently of the table. */
const MAINLAND: Record<string, string> = {
  '110000': '北京',
  '120000': '天津',
  '130000': '河北',
  '140000': '山西',
  '150000': '内蒙古',
  '210000': '辽宁',
  '220000': '吉林',
  '230000': '黑龙江',
  '310000': '上海',
  '320000': '江苏',
  '330000': '浙江',
  '340000': '安徽',
  '350000': '福建',
  '360000': '江西',
  '370000': '山东',
  '410000': '河南',
  '420000': '湖北',
  '430000': '湖南',
  '440000': '广东',
  '450000': '广西',
  '460000': '海南',
  '500000': '重庆',
  '510000': '四川',
  '520000': '贵州',
  '530000': '云南',
  '540000': '西藏',
  '610000': '陕西',
  '620000': '甘肃',
  '630000': '青海',
  '640000': '宁夏',
  '650000': '新疆',
};

const text = (...args: Parameters<typeof formatAttribution>) => formatAttribution(...args)?.text;

describe('IP attribution (Art. 12)', () => {
  describe('mainland: province level', () => {
    it('labels a province by its GB/T 2260 code', () => {
      expect(formatAttribution({ province: '440000' })).to.deep.equal({ label: '广东', text: 'IP属地：广东' });
      expect(text({ province: '110000' })).to.equal('IP属地：北京');
      expect(text({ country: 'CN', province: '440000' })).to.equal('IP属地：广东');
      expect(text({ country: 'cn', province: '110000' })).to.equal('IP属地：北京');
    });

    it('accepts the province as a two-digit code, a city code, a full or short name', () => {
      for (const province of [
        '44',
        '440000',
        '440103',
        '4401xx',
        '广东省',
        '广东',
        '廣東',
        'Guangdong',
        ' guangdong province ',
      ]) {
        expect(text({ province }), province).to.equal('IP属地：广东');
      }
      expect(text({ province: '广西壮族自治区' })).to.equal('IP属地：广西');
      expect(text({ province: '新疆维吾尔自治区' })).to.equal('IP属地：新疆');
      expect(text({ province: '宁夏回族自治区' })).to.equal('IP属地：宁夏');
      expect(text({ province: '内蒙古自治区' })).to.equal('IP属地：内蒙古');
      expect(text({ province: 'Inner Mongolia' })).to.equal('IP属地：内蒙古');
      expect(text({ province: '北京市' })).to.equal('IP属地：北京');
      expect(text({ province: 'Tibet' })).to.equal('IP属地：西藏');
    });

    it('round-trips every one of the 31 mainland provinces from its code to its short name', () => {
      expect(Object.keys(MAINLAND)).to.have.length(31);
      expect(PROVINCES).to.have.length(31);
      for (const [code, name] of Object.entries(MAINLAND)) {
        expect(formatAttribution({ province: code }), code).to.deep.equal({ label: name, text: `IP属地：${name}` });
        expect(formatAttribution({ province: code.slice(0, 2) })?.label, code).to.equal(name);
        // And back from every name the table knows.
        const province = PROVINCES.find((p) => `${p.code}0000` === code);
        for (const input of [province?.zhCN, province?.zhTW, province?.en]) {
          expect(formatAttribution({ province: input })?.label, input).to.equal(name);
        }
      }
    });

    it('never shows a 省/市/自治区 suffix, in any locale', () => {
      for (const code of Object.keys(MAINLAND)) {
        for (const locale of ['zh-CN', 'zh-TW'] as const) {
          const label = formatAttribution({ province: code }, { locale })?.label ?? '';
          expect(label, code).to.not.match(/省|市|自治[区區]|特别行政区|特別行政區|县|縣/);
          expect(label, code).to.have.length.within(2, 3);
        }
        expect(formatAttribution({ province: code }, { locale: 'en' })?.label, code).to.not.match(
          /Province|Municipality|Autonomous|City/i,
        );
      }
    });

    it('labels a province in zh-TW and en', () => {
      expect(formatAttribution({ province: '440000' }, { locale: 'zh-TW' })).to.deep.equal({
        label: '廣東',
        text: 'IP屬地：廣東',
      });
      expect(formatAttribution({ province: '440000' }, { locale: 'en' })).to.deep.equal({
        label: 'Guangdong',
        text: 'IP location: Guangdong',
      });
      expect(text({ province: '150000' }, { locale: 'en' })).to.equal('IP location: Inner Mongolia');
    });

    it('leaves the prefix off on request', () => {
      expect(formatAttribution({ province: '440000' }, { prefix: false })).to.deep.equal({
        label: '广东',
        text: '广东',
      });
    });
  });

  describe('abroad: country (region)', () => {
    it('labels a country by its ISO 3166-1 code', () => {
      expect(formatAttribution({ country: 'US' })).to.deep.equal({ label: '美国', text: 'IP属地：美国' });
      expect(text({ country: 'jp' })).to.equal('IP属地：日本');
      expect(text({ country: 'KR' })).to.equal('IP属地：韩国');
      expect(text({ country: 'GB' })).to.equal('IP属地：英国');
    });

    it('ignores a province given with a foreign country', () => {
      expect(text({ country: 'US', province: '440000' })).to.equal('IP属地：美国');
    });

    it('labels a country in zh-TW and en', () => {
      expect(formatAttribution({ country: 'US' }, { locale: 'zh-TW' })).to.deep.equal({
        label: '美國',
        text: 'IP屬地：美國',
      });
      expect(formatAttribution({ country: 'US' }, { locale: 'en' })).to.deep.equal({
        label: 'United States',
        text: 'IP location: United States',
      });
    });

    it('names countries outside the table through Intl.DisplayNames, the same in Node and Chromium', function () {
      if (typeof Intl.DisplayNames !== 'function') this.skip();
      expect(text({ country: 'BR' })).to.equal('IP属地：巴西');
      expect(text({ country: 'MX' }, { locale: 'zh-TW' })).to.equal('IP屬地：墨西哥');
      expect(text({ country: 'ZA' }, { locale: 'en' })).to.equal('IP location: South Africa');
      expect(text({ country: 'CH' })).to.equal('IP属地：瑞士');
    });

    it('fixes the codes on which Node and Chromium disagree', () => {
      expect(countryName('FK', 'zh-CN')).to.equal('福克兰群岛');
      expect(countryName('PS', 'zh-CN')).to.equal('巴勒斯坦');
      expect(countryName('PS', 'en')).to.equal('Palestine');
    });

    it('agrees with Intl.DisplayNames on every other code of the built-in table', function () {
      if (typeof Intl.DisplayNames !== 'function') this.skip();
      for (const code of TABLE_CODES.filter((c) => !TABLE_OVERRIDES.includes(c))) {
        for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
          expect(countryName(code, locale), `${code} ${locale}`).to.equal(intlCountryName(code, locale));
        }
      }
    });
  });

  describe('Hong Kong, Macau and Taiwan', () => {
    it('has default labels', () => {
      expect(formatAttribution({ country: 'HK' })).to.deep.equal({ label: '中国香港', text: 'IP属地：中国香港' });
      expect(text({ country: 'MO' })).to.equal('IP属地：中国澳门');
      expect(text({ country: 'TW' })).to.equal('IP属地：中国台湾');
      expect(text({ country: 'HK' }, { locale: 'zh-TW' })).to.equal('IP屬地：中國香港');
      expect(text({ country: 'TW' }, { locale: 'en' })).to.equal('IP location: Taiwan, China');
    });

    it('reaches the same labels through GB/T 2260 codes and names', () => {
      expect(text({ province: '810000' })).to.equal('IP属地：中国香港');
      expect(text({ country: 'CN', province: '820000' })).to.equal('IP属地：中国澳门');
      expect(text({ province: '710000' })).to.equal('IP属地：中国台湾');
      expect(text({ province: '香港特别行政区' })).to.equal('IP属地：中国香港');
      expect(text({ province: '台湾省' })).to.equal('IP属地：中国台湾');
    });

    it('takes the labels a platform configures', () => {
      const hkMoTw = { HK: '香港', MO: '澳门', TW: '台湾' };
      expect(formatAttribution({ country: 'HK' }, { hkMoTw })).to.deep.equal({ label: '香港', text: 'IP属地：香港' });
      expect(text({ country: 'MO' }, { hkMoTw })).to.equal('IP属地：澳门');
      expect(text({ province: '710000' }, { hkMoTw })).to.equal('IP属地：台湾');
      // Only the configured ones change.
      expect(text({ country: 'MO' }, { hkMoTw: { HK: '香港' } })).to.equal('IP属地：中国澳门');
    });
  });

  describe('unknown: no label', () => {
    it('gives undefined for empty input', () => {
      expect(formatAttribution(undefined)).to.equal(undefined);
      expect(formatAttribution({})).to.equal(undefined);
      expect(formatAttribution({ country: '', province: '' })).to.equal(undefined);
      expect(formatAttribution({ country: '  ' })).to.equal(undefined);
    });

    it('gives undefined for China without a known province', () => {
      expect(formatAttribution({ country: 'CN' })).to.equal(undefined);
      expect(formatAttribution({ country: 'CN', province: '990000' })).to.equal(undefined);
      expect(formatAttribution({ province: '00' })).to.equal(undefined);
      expect(formatAttribution({ province: '火星' })).to.equal(undefined);
      expect(formatAttribution({ province: '海南藏族自治州' })).to.equal(undefined);
      expect(formatAttribution({ province: '440100000' })).to.equal(undefined);
    });

    it('gives undefined for unknown and non-country codes', () => {
      for (const country of ['ZZ', 'XX', 'AA', 'QO', 'EU', 'UN', 'XK', 'SU', 'A1', 'USA', 'U', '美国']) {
        for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) {
          expect(formatAttribution({ country }, { locale }), `${country} ${locale}`).to.equal(undefined);
        }
      }
    });
  });
});

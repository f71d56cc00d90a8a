/**
 * Node only: it reads the source lists in data/sources/ to check every listed name.
 * State organs (Art. 8.2), central and local: the names an impersonator takes are blocked, and the
 * ordinary words, real names and personal descriptions that share their characters pass.
 */
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const blocked: Record<string, string[]> = {
  'central party organs': ['中央社会工作部', '中央金融工委', '中央科技委员会', '中央港澳办', '中台办', '中央巡视组'],
  'State Council bodies and national administrations': [
    '国家数据局',
    '国家消防救援局',
    '国家矿山安监局',
    '国家移民管理局',
    '国家外汇局',
    '国家反诈中心',
    '国家乡村振兴局',
  ],
  military: ['军委后勤保障部', '国防动员部', '军委纪委', '信息支援部队', '驻港部队', 'PLA Navy'],
  'military short names as the whole account name': ['PLA', '八一', '人民海军', '空军发布', '武警官方', '中国陆军发布'],
  'democratic parties and central offices in Hong Kong and Macao': ['民革中央', '九三学社', '致公党', '香港中联办'],
  'local organs, full names': [
    '忻州市公安局',
    '海淀区人民法院',
    '杭州市教育考试院',
    '雄安新区管委会',
    '西湖区纪委监委',
  ],
  'local organs, the short forms accounts use': [
    '忻州公安',
    '日照文旅',
    '昆山交警',
    '浦东城管',
    '长阳教体局',
    '海淀法院执行局',
  ],
  'a short form as the whole name, with decoration or account words': [
    '【日照文旅】',
    '日照文旅官方',
    '深圳交警发布',
    '河南文旅官方小号',
    '深圳交警服务号',
  ],
  'region + leader title': ['杭州市长', '海淀区长', '甘孜州长', '北川县检察长', '杭州市长官方'],
  'township organs, by their endings': ['青山镇人民政府', '南京路街道办事处'],
  'a bare organ name as the whole account name': ['税务局', '【公安局】', '派出所官方'],
  'provincial examination authorities in their several forms': [
    '山西省招生考试管理中心',
    '海南省考试局',
    '辽宁省招生考试办公室',
  ],
};

const passing: Record<string, string[]> = {
  'addresses where a level is followed by a place starting with 长': [
    '湖南省长沙市岳麓区',
    '上海市长宁区',
    '南京市长江路店',
    '吉林省长春市',
    '海口市长流镇',
  ],
  'Japanese names that sound like a county and a suffix (a county short form and a short suffix are matched as written)':
    ['北川政夫', '中山政夫', '荒川区長'],
  'ordinary words and names sharing a county short form or a suffix': [
    '合作愉快',
    '张建华',
    '东方红',
    '长白山',
    '海淀妈妈',
    '桐庐农家乐',
    '义乌小商品批发',
  ],
  'trades and schools whose names hold an organ word': [
    '北京人大附中',
    '杭州消防器材',
    '上海海关学院学生',
    '上海社保代缴',
  ],
  'a person describing themselves': [
    '深圳交警的女儿',
    '杭州城管的老婆',
    '杭州市长跑爱好者',
    '公安局退休老干部',
    '退休公安干警',
    '杭州文旅博主',
    '杭州市人大代表王伟',
    '青山镇人大代表',
  ],
  'words ending in 乡 before 政府': ['我的家乡政府', '城乡政府'],
  'a bare organ name inside a longer name': ['我在派出所', '派出所门口的猫'],
  'military words in a longer name': ['PLA耗材', '退伍武警', '陆军'],
};

describe('default rule set: state organs', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [group, names] of Object.entries(blocked)) {
    it(`blocks ${group} under 8.2`, () => {
      for (const name of names) {
        const result = engine.check({ name });
        expect(result.verdict, name).to.equal('block');
        expect(
          result.findings.map((f) => f.article),
          name,
        ).to.include('8.2');
      }
    });
  }

  for (const [group, names] of Object.entries(passing)) {
    it(`passes ${group}`, () => {
      for (const name of names) expect(engine.check({ name }).verdict, name).to.equal('pass');
    });
  }

  it('blocks a county short form as an official identity under 8.5 (义乌发布, 昆山融媒)', () => {
    for (const name of ['义乌发布', '昆山融媒']) {
      const result = engine.check({ name });
      expect(result.verdict, name).to.equal('block');
      expect(
        result.findings.map((f) => f.article),
        name,
      ).to.include('8.5');
    }
  });

  it('blocks every central organ of data/sources/central-organs.tsv by each of its names', () => {
    const tsv = readFileSync(new URL('../data/sources/central-organs.tsv', import.meta.url), 'utf8');
    const names = tsv
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .flatMap((line) => {
        const [name = '', shortNames = ''] = line.split('\t');
        return [name, ...shortNames.split('、')].filter(Boolean);
      });
    expect(names.length).to.be.greaterThan(380);
    for (const name of names) {
      const result = engine.check({ name });
      expect(result.verdict, name).to.equal('block');
      expect(
        result.findings.map((f) => `${f.article} ${f.rule}`),
        name,
      ).to.include('8.2 organ');
    }
  });

  it('reads a leader title in the account name only, not in a bio', () => {
    expect(engine.check({ name: '小王', bio: '我家乡的杭州市长很亲民' }).verdict).to.equal('pass');
  });
});

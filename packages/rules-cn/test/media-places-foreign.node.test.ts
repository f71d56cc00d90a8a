/**
 * Node only: it reads the source lists in data/sources/ to check every listed name.
 * News media (Art. 8.4), important places (8.5) and foreign and international bodies (8.3): the
 * names that claim to be one are refused or reviewed, and the nicknames and descriptions that only
 * mention one pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { readNewsSources } from '../scripts/news-sources.js';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, type Row } from './verdict-rows.js';

const rows: Record<string, Row[]> = {
  '8.4 news units of the CAC list of news sources, newer outlets and English names': [
    ['北京人民广播电台', 'block', '8.4'],
    ['中国经济网', 'block', '8.4'],
    ['钱江晚报官方', 'block', '8.4'],
    ['成都商报', 'block', '8.4'],
    ['红星新闻', 'block', '8.4'],
    ['封面新闻小编', 'block', '8.4'],
    ["People's Daily", 'block', '8.4'],
    ['Global Times', 'block', '8.4'],
    ['路透社', 'block', '8.4'],
    ['今晚报官方', 'block', '8.4'],
    ['求是官方账号', 'block', '8.4'],
    // A short title or a plain phrase counts only as the whole name, or with official words.
    ['求是', 'block', '8.4'],
    ['【官方】今晚报', 'block', '8.4'],
    ['今晚报名参加', 'pass'],
    ['实事求是的小王', 'pass'],
    ['长城网络科技', 'pass'],
    ['东方网络', 'pass'],
    ['健康报告', 'pass'],
    ['美联社', 'block', '8.4'],
    ['美联社区', 'pass'],
    ['明报告', 'pass'],
    // A person's pinyin name is not an outlet's English name.
    ['Zhang Xinhua', 'pass'],
    ['Caixin Li', 'pass'],
  ],
  '8.4 region + outlet name': [
    ['上海午报', 'block', '8.4'],
    ['杭州晨报', 'block', '8.4'],
    ['湖南广电', 'block', '8.4'],
    ['宁波之声', 'block', '8.4'],
    ['北京头条', 'review', '8.4'],
    ['杭州资讯', 'review', '8.4'],
    ['北京烤鸭爱好者', 'pass'],
    ['晨跑的上海人', 'pass'],
    ['重庆之声合唱团', 'pass'],
    ['上海商报亭', 'pass'],
  ],
  '8.5 scenic areas and memorial sites': [
    ['故宫官方', 'block', '8.5'],
    ['故宫票务中心', 'block', '8.5'],
    ['黄山风景区客服', 'block', '8.5'],
    ['布达拉宫景区官方', 'block', '8.5'],
    ['长城官方', 'block', '8.5'],
    ['井冈山官方', 'block', '8.5'],
    ['八达岭长城售票处', 'block', '8.5'],
    ['故宫博物院', 'block', '8.5'],
    ['黄山风景区', 'block', '8.5'],
    ['颐和园', 'block', '8.5'],
    ['拉萨市大昭寺', 'block', '8.5'],
    ['北京市海淀区圆明园景区', 'block', '8.5'],
    ['【官方】故宫', 'block', '8.5'],
    ['南京大屠杀遇难同胞纪念馆', 'block', '8.5'],
    ['遵义会议会址', 'block', '8.5'],
    ['中国人民抗日战争纪念馆', 'block', '8.5'],
    ['南京雨花台烈士陵园', 'block', '8.5'],
    // A place in an ordinary nickname or a brand is not the place's identity.
    ['长城汽车', 'pass'],
    ['长城汽车官方', 'pass'],
    ['故宫官方客服小王', 'pass'],
    ['故宫', 'pass'],
    ['华山', 'pass'],
    ['天涯海角', 'pass'],
    ['故宫文创爱好者', 'pass'],
    ['黄山毛峰', 'pass'],
    ['西湖醋鱼', 'pass'],
    ['泰山', 'pass'],
    // A university named after a place is the university (8.2), not the place.
    ['井冈山大学', 'block', '8.2'],
    ['南京大屠杀遇难同胞纪念馆志愿者', 'pass'],
  ],
  '8.3 foreign government bodies and international organisations': [
    ['美国驻上海总领事馆', 'block', '8.3'],
    ['日本驻重庆总领事馆', 'block', '8.3'],
    ['英国驻华使馆签证处', 'block', '8.3'],
    ['日本外务省', 'block', '8.3'],
    ['白宫', 'block', '8.3'],
    ['联邦调查局', 'block', '8.3'],
    ['克里姆林宫', 'block', '8.3'],
    ['世界粮食计划署', 'block', '8.3'],
    ['红十字国际委员会', 'block', '8.3'],
    ['亚足联', 'block', '8.3'],
    ['IMF', 'block', '8.3'],
    ['WTO official', 'block', '8.3'],
    ['FBI', 'block', '8.3'],
    ['FBI Warning', 'review', '8.3'],
    ['CIA', 'block', '8.3'],
    ['CIA探员小王', 'review', '8.3'],
    // English words and names that contain an acronym, and countries in ordinary nicknames.
    ['who am i', 'pass'],
    ['Lucia', 'pass'],
    ['白宫主题餐厅', 'pass'],
    ['美国留学生', 'pass'],
    ['日本料理', 'pass'],
  ],
};

describe('news media, places, foreign and international bodies', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [group, cases] of Object.entries(rows)) {
    describe(group, () => {
      itChecksRows(() => engine, 'name', cases);
    });
  }

  it('blocks every unit of the CAC list of news sources as an account name, under 8.4', () => {
    const missed = readNewsSources()
      .map(({ name }) => name)
      .filter((name) => !engine.check({ name }).findings.some((f) => f.article === '8.4' && f.severity === 'block'));
    expect(missed).to.deep.equal([]);
  });

  it('blocks a consulate of every country in a Chinese city (country + 驻 + city + mission), under 8.3', () => {
    const countries = defaultRuleSet.lexicons
      .filter((lexicon) => lexicon.category === 'country')
      .flatMap((lexicon) => lexicon.entries.map((entry) => (typeof entry === 'string' ? entry : entry.term)));
    expect(countries.length).to.be.greaterThan(200);
    const missed = countries.filter((country) => {
      const { verdict, findings } = engine.check({ name: `${country}驻成都总领事馆` });
      return verdict !== 'block' || !findings.some((f) => f.article === '8.3');
    });
    expect(missed).to.deep.equal([]);
  });

  it('passes a bio that mentions an outlet, a place or an organisation as a description', () => {
    for (const bio of [
      '在故宫博物院做讲解员',
      '去过黄山和泰山',
      '喜欢看长城汽车的测评',
      '每天读北京头条',
      '爱看联邦调查局题材的美剧',
    ])
      expect(engine.check({ bio }).verdict, bio).to.not.equal('block');
  });
});

/**
 * Every category of the default rule set against real protected names and their evasions:
 * each row is a name, the article it must be cited under, and the verdict.
 */
import { type AccountInfo, createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

type Row = [name: string, article: string, verdict: 'block' | 'review'];

const categories: Record<string, Row[]> = {
  '8.1 illegal and harmful information': [
    ['网赌回血', '8.1', 'block'],
    ['裸聊小妹', '8.1', 'block'],
    ['代开发票找我', '8.1', 'block'],
    ['冰 毒', '8.1', 'block'],
  ],
  '8.2 party, government and military organs, people’s organisations, impersonated enterprises': [
    ['国家卫生健康委员会', '8.2', 'block'],
    ['国家卫健委', '8.2', 'block'],
    ['卫健委小助手', '8.2', 'block'],
    ['中央宣传部', '8.2', 'block'],
    ['中国人民解放军', '8.2', 'block'],
    ['东部战区', '8.2', 'block'],
    ['武警部队', '8.2', 'block'],
    ['最高人民法院', '8.2', 'block'],
    ['上海市公安局', '8.2', 'block'],
    ['杭州市人民政府', '8.2', 'block'],
    ['西湖区人民法院', '8.2', 'block'],
    ['深圳交警', '8.2', 'block'],
    ['共青团中央', '8.2', 'block'],
    ['全国妇联', '8.2', 'block'],
    ['中国红十字会', '8.2', 'block'],
    ['工商银行官方客服', '8.2', 'block'],
    ['京东客服中心', '8.2', 'block'],
    ['12306客服', '8.2', 'block'],
    ['国家电网服务热线', '8.2', 'block'],
    ['支付宝 退款中心', '8.2', 'block'],
    // evasions
    ['卫 健 委', '8.6', 'block'],
    ['國家衛健委', '8.2', 'block'],
    ['上海市公 安局', '8.2', 'block'],
    ['gonganbu', '8.6', 'block'],
    // sequences by sound and spelled in pinyin
    ['杭洲市税务局', '8.6', 'block'],
    ['广洲公安局', '8.2', 'block'],
    ['Guangzhoushigonganju', '8.2', 'block'],
    ['cheng du shi ren min zheng fu', '8.2', 'block'],
    ['Kun-Ming-Shi-Jiao-Yu-Ju', '8.6', 'block'],
    ['淘包客服', '8.2', 'block'],
  ],
  '8.3 countries, regions and international organisations': [
    ['联合国', '8.3', 'block'],
    ['世界卫生组织', '8.3', 'block'],
    ['美国驻华大使馆', '8.3', 'block'],
    ['日本政府', '8.3', 'block'],
    ['法国总领事馆', '8.3', 'block'],
    ['UNESCO', '8.3', 'block'],
    ['United Nations fan', '8.3', 'block'],
    ['聯合國', '8.3', 'block'],
  ],
  '8.4 news media and news-attribute names': [
    ['新华社', '8.4', 'block'],
    ['人民日报', '8.4', 'block'],
    ['湖南卫视', '8.4', 'block'],
    ['浙江卫视粉丝团', '8.4', 'block'],
    ['澎湃新闻', '8.4', 'block'],
    ['央视新闻', '8.4', 'block'],
    ['小王新闻', '8.4', 'block'],
    ['每日报道', '8.4', 'block'],
    ['CCTV', '8.4', 'block'],
    ['人 民 日 报', '8.6', 'block'],
    ['湖南衛視', '8.4', 'block'],
    ['renminribao', '8.6', 'block'],
    ['新花社', '8.6', 'block'],
  ],
  '8.5 important places and administrative regions used as an official identity': [
    ['天安门', '8.5', 'block'],
    ['中南海', '8.5', 'block'],
    ['人民大会堂', '8.5', 'block'],
    ['北京发布', '8.5', 'block'],
    ['上海市官方账号', '8.5', 'block'],
  ],
  '8.6 contact information': [
    ['加V：abc123', '8.6', 'block'],
    ['13800138000', '8.6', 'block'],
    ['幺三八零零幺三八零零零', '8.6', 'block'],
    ['扣扣 123456789', '8.6', 'block'],
    ['www点example点com', '8.6', 'block'],
    ['abc@qq.com', '8.6', 'block'],
  ],
  '8.7 exaggerated or misleading claims': [
    ['国家级专家', '8.7', 'block'],
    ['全国第一律师', '8.7', 'block'],
    ['最权威的医生', '8.7', 'block'],
    ['首席分析师', '8.7', 'review'],
  ],
  '10.2 strict review': [
    ['中华小当家', '10.2', 'review'],
    ['中国风少女', '10.2', 'review'],
    ['国旗护卫', '10.2', 'review'],
    ['Made in China', '10.2', 'review'],
  ],
  '11 professional domains': [
    ['王医生', '11', 'review'],
    ['李律师', '11', 'review'],
    ['证券分析师老张', '11', 'review'],
    ['张教授讲历史', '11', 'review'],
    ['记者小刘', '11', 'review'],
  ],
};

describe('default rule set: every category with real names and evasions', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [category, rows] of Object.entries(categories)) {
    describe(category, () => {
      for (const [name, article, verdict] of rows) {
        it(`${name} → ${verdict} under ${article}`, () => {
          const result = engine.check({ name });
          expect(result.verdict).to.equal(verdict);
          expect(result.findings.map((f) => f.article)).to.include(article);
        });
      }
    });
  }

  it('does not block a title or name whose sound hit takes a character from the next word', () => {
    // 中国往事 (a TV series): 往 belongs to 往事, not to 中国网. 新井保美 (a person): 保 to 保美, not 新京报.
    for (const name of ['中国往事', '新井保美', '只许州官放火']) {
      expect(engine.check({ name }).verdict, name).not.to.equal('block');
    }
  });

  it('does not review 中国 or 中央 where the allow-list shows they are not (measured on name corpora)', () => {
    for (const name of ['田中国夫', '田中國之助', '大和中央道', '厚別中央通'])
      expect(engine.check({ name }).verdict, name).to.equal('pass');
    for (const name of ['中国夫', '中央委员']) expect(engine.check({ name }).verdict, name).to.equal('review');
  });

  it('reports a protected name once, not again for a shorter term inside it under the same article', () => {
    const findings = engine.check({ name: '人民日报读者' }).findings;
    expect(findings.map((f) => `${f.article} ${f.match}`)).to.deep.equal(['8.4 人民日报']);
  });

  it('asks for the qualification of the domain, with the label to show (Art. 11)', () => {
    expect(engine.check({ name: '王医生' }).requires).to.deep.equal([
      { kind: 'qualification', domain: 'healthcare', label: '医疗卫生' },
    ]);
    expect(engine.check({ name: '李律师' }).requires).to.deep.equal([
      { kind: 'qualification', domain: 'law', label: '司法' },
    ]);
  });

  it('lets a verified entity use its own name, and reviews an entity account named otherwise (Art. 7)', () => {
    const entity = (name: string): AccountInfo => ({
      kind: 'entity',
      name,
      entity: { name: '新华通讯社', uscc: '12100000400000624D' },
    });
    expect(engine.check(entity('新华社')).verdict).to.equal('pass');
    expect(engine.check(entity('新华社官方')).verdict).to.equal('pass');
    const other = engine.check(entity('快乐小店'));
    expect(other.verdict).to.equal('review');
    expect(other.findings.map((f) => f.article)).to.deep.equal(['7.2']);
  });
});

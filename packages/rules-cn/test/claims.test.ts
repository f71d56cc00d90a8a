/**
 * Exaggerated and misleading claims (Art. 8.7) and professional titles (Art. 11) as a user meets
 * them: what a name or a bio is refused for, what goes to review, and the ordinary praise and
 * everyday words that must pass.
 */
import { createEngine, type Engine, type TextField } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, type Row } from './verdict-rows.js';

const cases: Record<string, { field: TextField; rows: Row[] }> = {
  'names: fabricated official endorsement is refused': {
    field: 'name',
    rows: [
      ['官方认证减肥茶', 'block', '8.7'],
      ['政府指定供货商', 'block', '8.7'],
      ['国宴特供酒', 'block', '8.7'],
      ['部队专供白酒', 'block', '8.7'],
      ['国家认证营养师', 'block', '8.7'],
    ],
  },
  'names: medical, financial and education guarantees are refused': {
    field: 'name',
    rows: [
      ['包治百病老中医', 'block', '8.7'],
      ['祖传秘方专治鼻炎', 'block', '8.7'],
      ['无效退款减肥', 'block', '8.7'],
      ['稳赚不赔理财', 'block', '8.7'],
      ['保本保息理财屋', 'block', '8.7'],
      ['考试包过', 'block', '8.7'],
      ['保录取名校规划', 'block', '8.7'],
    ],
  },
  'names: a ranking or authority claimed for a role is refused': {
    field: 'name',
    rows: [
      ['国家级大师', 'block', '8.7'],
      ['世界第一设计师', 'block', '8.7'],
      ['天下第一神医', 'block', '8.7'],
    ],
  },
  'names: marketing adjectives before a role are reviewed, never refused': {
    field: 'name',
    rows: [
      ['金牌律师', 'review', '8.7'],
      ['金牌律师', 'review', '11'],
      ['资深医生', 'review', '8.7'],
      ['首席分析师', 'review', '8.7'],
      ['特聘专家', 'review', '8.7'],
      ['顶级设计师', 'review', '8.7'],
      ['最好的老师', 'review', '8.7'],
    ],
  },
  'names: absolute advertising terms and short claims are reviewed': {
    field: 'name',
    rows: [
      ['全网最低价小店', 'review', '8.7'],
      ['销量第一的店', 'review', '8.7'],
      ['高考押题王', 'review', '8.7'],
      ['全球首款智能杯', 'review', '8.7'],
      ['行业龙头品牌店', 'review', '8.7'],
      ['最具实力装修公司', 'review', '8.7'],
      ['唯一指定供应商', 'review', '8.7'],
      ['开光貔貅手串', 'review', '8.7'],
      ['招财转运阁', 'review', '8.7'],
      ['刚兑理财', 'review', '8.7'],
    ],
  },
  'names: an advertisement as the name (Art. 16–18, 24, 25) is refused': {
    field: 'name',
    rows: [
      ['高收益理财', 'block', '8.7'],
      ['年化收益15%理财', 'block', '8.7'],
      ['年化12%稳健理财', 'block', '8.7'],
      ['月入3万宝妈团队', 'block', '8.7'],
      ['本金保障基金', 'block', '8.7'],
      ['清北率第一的补习班', 'block', '8.7'],
      ['通过率98%教师资格证', 'block', '8.7'],
      ['名校直通车', 'block', '8.7'],
      ['快速提分数学课', 'block', '8.7'],
      ['降血压茶', 'block', '8.7'],
      ['增强免疫力好物', 'block', '8.7'],
      ['专家推荐益生菌', 'block', '8.7'],
      ['根治鼻炎', 'block', '8.7'],
      ['专治各种颈椎病', 'block', '8.7'],
      ['逆转糖尿病', 'block', '8.7'],
      ['7天瘦10斤', 'block', '8.7'],
      ['一个月瘦二十斤', 'block', '8.7'],
      ['一周内瘦5公斤', 'block', '8.7'],
      ['月瘦20斤', 'block', '8.7'],
      ['数学平均提高30分', 'block', '8.7'],
      ['高考提分50分', 'block', '8.7'],
      ['包赚不亏', 'block', '8.7'],
      ['录取保障留学', 'block', '8.7'],
    ],
  },
  'names: ordinary praise and everyday words pass': {
    field: 'name',
    rows: [
      ['最佳损友'],
      ['独一无二'],
      ['天下第一'],
      ['唯一的你'],
      ['第一次'],
      ['完美主义'],
      ['冠军'],
      ['资深吃货'],
      ['金牌得主'],
      ['吃货专家'],
      ['最好的时光'],
      ['面包过期了'],
      ['招财猫'],
      ['招财进宝'],
      ['李辟邪'],
      ['抗癌日记'],
      ['今天瘦了2斤'],
      ['这个月瘦了5斤'],
      ['减肥中目标瘦10斤'],
      ['别提分手'],
      ['治愈系少女'],
      ['2019年9月入职'],
      ['效率提高10分钟'],
      ['镇宅之宝'],
      ['收益率曲线'],
    ].map(([text]) => [text as string, 'pass']),
  },
  'bios: guarantees and fabricated endorsement are refused': {
    field: 'bio',
    rows: [
      ['祖传秘方，专治各种疑难杂症，无效退款', 'block', '8.7'],
      ['年化收益保证15%，零风险', 'block', '8.7'],
      ['官方认证讲师，带你上岸', 'block', '8.7'],
      ['专业代考，考试包过', 'block', '8.7'],
    ],
  },
  'bios: advertising terms and titles are reviewed': {
    field: 'bio',
    rows: [
      ['全网最低价，欢迎选购', 'review', '8.7'],
      ['专注高考押题十年', 'review', '8.7'],
      ['稳健投资，年化收益率可达12%', 'review', '8.7'],
      ['宝妈副业，月入过万', 'review', '8.7'],
      ['十年教龄，学员通过率95%', 'review', '8.7'],
      ['本店升学率全市领先', 'review', '8.7'],
      ['纯天然草本，降血糖降血脂', 'review', '8.7'],
      ['医生推荐的护眼好物', 'review', '8.7'],
      ['祖传手法，专治腰间盘突出', 'review', '8.7'],
      ['21天瘦15斤，不节食', 'review', '8.7'],
      ['大师开光，招财转运', 'review', '8.7'],
      ['全球首家，行业领先', 'review', '8.7'],
      ['十年执业律师，擅长婚姻家事', 'review', '11'],
      ['三甲医院主治医师，科普健康知识', 'review', '11'],
    ],
  },
  'bios: explicit guarantees of principal are refused wherever they stand': {
    field: 'bio',
    rows: [
      ['本金保障，收益稳定', 'block', '8.7'],
      ['资金安全有保障', 'block', '8.7'],
      ['纯天然无副作用', 'block', '8.7'],
    ],
  },
  'bios: ordinary praise and everyday words pass': {
    field: 'bio',
    rows: [
      ['完美主义者，长跑冠军'],
      ['第一次来这里，请多关照'],
      ['唯一的你，最好的时光'],
      ['做独一无二的自己'],
      ['史无前例的懒'],
      ['她是我最好的老师'],
      ['资深吃货，金牌得主'],
      ['面包过期了，确保过关'],
      ['保护师弟是师兄的责任'],
      ['世界第一可爱'],
      ['教师节快乐，谢谢您'],
      ['刚兑换的礼物'],
      ['人类最高级别的安慰'],
      ['抗癌第三年，感谢家人'],
      ['正在治疗抑郁症，慢慢会好的'],
      ['这个月瘦了5斤，继续加油'],
      ['2019年9月入职，3年老员工'],
      ['被这部电影治愈了'],
      ['腾讯最具价值专家，安卓开发者'],
      ['家里的猫是镇宅之宝'],
      ['招财猫保佑'],
      ['今年的年化利率3.6%的房贷'],
      ['别再提分手了'],
      ['快递到了转运中心'],
      ['一场史无前例的雷暴'],
      ['今年收益12%，继续努力'],
      ['工作效率提升百分之二十'],
    ].map(([text]) => [text as string, 'pass']),
  },
  'bios: a promise beside its subject, in either order, is reviewed (Art. 16–18, 24–27)': {
    field: 'bio',
    rows: [
      ['坚持服用三个月，糖尿病症状明显缓解', 'review', '8.7'],
      ['对慢性支气管炎有明显改善作用', 'review', '8.7'],
      ['哮喘患者的福音，调理一个疗程', 'review', '8.7'],
      ['睡前一杯，有效改善睡眠', 'review', '8.7'],
      ['调节血糖，修复胃黏膜', 'review', '8.7'],
      ['投资这个项目，保证每月收益', 'review', '8.7'],
      ['回报有保障，欢迎加盟', 'review', '8.7'],
      ['买到就是赚到，升值有保证', 'review', '8.7'],
      ['签约辅导，保证考入重点大学', 'review', '8.7'],
      ['一次拿证，证书有保障', 'review', '8.7'],
      ['地铁口楼盘，5分钟直达市中心', 'review', '8.7'],
      ['新品种亩产3000斤', 'review', '8.7'],
      ['发芽率98%', 'review', '8.7'],
      ['本店品质最佳，价格最低', 'review', '8.7'],
      ['全球唯一的专利配方', 'review', '8.7'],
      ['特效配方，顶级工艺', 'review', '8.7'],
      ['草本精华，抗菌消炎', 'review', '8.7'],
      ['补肾益气，活血通脉', 'review', '8.7'],
      ['亚运会指定产品，明星代言', 'review', '8.7'],
      ['中华老字号，百年传承', 'review', '8.7'],
      ['装修首选品牌', 'review', '8.7'],
      ['世界级品质，绝无仅有', 'review', '8.7'],
      ['终极护肤方案', 'review', '8.7'],
    ],
  },
  'bios: the same subjects without a promise, and praise without goods, pass': {
    field: 'bio',
    rows: [
      ['糖尿病患者，记录控糖日常'],
      ['最近睡眠不好，求推荐好书'],
      ['理财小白，记录每月收入和开销'],
      ['保证每天学习八小时，考研加油'],
      ['重点是保证质量'],
      ['高三党，目标重点大学'],
      ['家离公司步行十分钟'],
      ['第一次做产品经理，请多指教'],
      ['想用最新的技术做最酷的产品'],
      ['世界上最好的妈妈'],
      ['最好的时光在路上'],
      ['独一无二的自己，冠军的心'],
      ['最佳时间是早上七点'],
      ['投资自己，是最好的投资'],
      ['感冒了，在家休息'],
      ['国内供应商，室内供暖设备'],
      ['获最佳男主角提名，感谢大家'],
      ['人生巅峰，最优解'],
      ['朋友推荐的书，我都读了'],
    ].map(([text]) => [text as string, 'pass']),
  },
  'names: a claim sentence as the name is reviewed': {
    field: 'name',
    rows: [
      ['改善睡眠好物', 'review', '8.7'],
      ['回报有保障的理财', 'review', '8.7'],
      ['顶级面料男装店', 'review', '8.7'],
      ['补肾壮阳', 'block', '8.7'],
    ],
  },
};

describe('default rule set: claims (8.7) and professions (11)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [title, { field, rows }] of Object.entries(cases)) {
    describe(title, () => {
      itChecksRows(() => engine, field, rows);
    });
  }

  it('never refuses a marketing adjective before a profession: 金牌律师 is a review with the 司法 label', () => {
    const result = engine.check({ name: '金牌律师' });
    expect(result.findings.filter((f) => f.severity === 'block')).to.deep.equal([]);
    expect(result.requires).to.deep.equal([{ kind: 'qualification', domain: 'law', label: '司法' }]);
  });

  it('asks for the label of the qualification the 2021 catalogue grants the title under', () => {
    const label = (name: string) => engine.check({ name }).requires.map((r) => r.label);
    expect(label('主治医师李')).to.deep.equal(['医疗卫生']);
    expect(label('注册会计师老王')).to.deep.equal(['金融']);
    expect(label('税务师小陈')).to.deep.equal(['金融']);
    expect(label('责任编辑小周')).to.deep.equal(['出版']);
    expect(label('播音员小林')).to.deep.equal(['新闻']);
    expect(label('公证员张')).to.deep.equal(['司法']);
    expect(label('教师王老师')).to.deep.equal(['教育']);
    expect(label('留学规划师Amy')).to.deep.equal(['教育']);
    expect(label('心理咨询师小赵')).to.deep.equal(['医疗卫生']);
  });

  it('reads 第一 with a measure word as an ordinal, not a rank: 中国第一位女律师 is not refused', () => {
    const result = engine.check({ bio: '她是中国第一位女律师' });
    expect(result.verdict).to.equal('review');
    expect(result.findings.map((f) => f.rule)).to.not.include('exaggeration');
    expect(engine.check({ bio: '全国第一律师' }).verdict).to.equal('block');
  });

  it('leaves titles of fields Art. 11 does not name alone (建造师, 保安员, 导游)', () => {
    for (const name of ['一级建造师老李', '保安员小王', '导游小刘'])
      expect(engine.check({ name }).verdict, name).to.equal('pass');
  });
});

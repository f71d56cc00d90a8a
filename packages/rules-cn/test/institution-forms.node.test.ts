/**
 * Institutions known by their naming forms rather than one by one (Art. 8.2, 8.5): vocational
 * colleges, university and academy hospitals, ethnic-medicine hospitals, martyr memorial facilities,
 * military districts and schools, village and rural banks, police accounts named 平安 + region, and
 * the words around a name that keep it the institution's own (a region before it, an enterprise
 * form or a national prefix around a brand). A person describing themselves passes.
 */
import { createEngine, type Engine, type Verdict } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const blockedUnder = (verdict: Verdict, article: string) =>
  verdict.verdict === 'block' &&
  verdict.findings.some((finding) => finding.article === article && finding.severity === 'block');

const blocked: Record<string, { article: string; names: string[] }> = {
  'vocational colleges: region + name + 职业学院 / 高等专科学校': {
    article: '8.2',
    names: [
      '七台河职业学院',
      '三亚航空旅游职业学院',
      '湖南铁道职业技术学院',
      '杭州科技职业技术学院招生办',
      '【官方】四川幼儿师范高等专科学校',
    ],
  },
  'university and academy hospitals': {
    article: '8.2',
    names: [
      '上海中医药大学附属龙华医院',
      '四川大学华西医院',
      '中国中医科学院广安门医院',
      '浙江大学医学院附属第一医院挂号',
    ],
  },
  'local hospitals, with a province or city before the district, and ethnic-medicine hospitals': {
    article: '8.2',
    names: ['北京市大兴区中西医结合医院', '乌兰察布市中医蒙医医院', '拉萨市藏医院', '和田地区维吾尔医医院'],
  },
  'martyr memorial facilities and revolutionary memorial halls': {
    article: '8.5',
    names: [
      '李大钊烈士陵园',
      '天津市烈士陵园',
      '狼牙山烈士纪念塔',
      '热河烈士纪念馆',
      '平津战役纪念馆',
      '南昌起义纪念馆',
      '晋冀鲁豫烈士陵园官方',
    ],
  },
  'military districts, garrisons and armed-forces departments': {
    article: '8.2',
    names: ['新疆军区', '西藏军区', '河南省军区', '杭州警备区', '北京卫戍区', '海淀区人民武装部', '北海舰队'],
  },
  'military schools': {
    article: '8.2',
    names: ['陆军工程大学', '海军军医大学', '空军预警学院', '火箭军指挥学院', '武警士官学校', '国防科技大学'],
  },
  'village and rural banks, and banks with a region, a national prefix or an enterprise form': {
    article: '8.2',
    names: [
      '北京顺义银座村镇银行',
      '江苏新沂农村商业银行',
      '天津滨海农村商业银行客服',
      '中国光大银行',
      '厦门银行股份有限公司',
    ],
  },
  'central enterprises with their enterprise form': {
    article: '8.2',
    names: ['中国中车集团', '国家电网有限公司', '中国石化集团'],
  },
  'police accounts: 平安 + region, and a city before a district organ': {
    article: '8.2',
    names: ['平安北京', '平安北京朝阳', '平安万州', '上海宝山公安', '宿州埇桥公安在线', '丰南公安网络发言人'],
  },
  'grassroots organs: a region, their street, town or road, and …派出所, …公证处, …税务所, …人民法庭, …供电公司': {
    article: '8.2',
    names: [
      '西湖区文三路派出所',
      '杭州市西湖区公证处',
      '西湖区税务所',
      '萧山区城厢司法所',
      '杭州湖滨人民法庭',
      '上城区湖滨消防救援站',
      '国网杭州供电公司',
      '【官方】余杭区仓前市场监督管理所',
    ],
  },
  'warships named by a province or city, army groups by their number, formations (某旅, 某支队) and the arms by their names':
    {
      article: '8.2',
      names: [
        '辽宁舰',
        '南昌舰',
        '长沙舰官方',
        '第71集团军',
        '第七十三集团军',
        '空降兵军',
        '海军陆战队',
        '信息支援部队',
        '陆军某合成旅',
        '海军某驱逐舰支队',
        '武警第一机动总队',
      ],
    },
  'hospitals named by a region and a number, 市立 or 总医院, and township and community health centres': {
    article: '8.2',
    names: [
      '武汉市第一医院',
      '商丘市立医院',
      '兰州石化总医院',
      '西湖区三墩镇卫生院',
      '西湖区文新街道社区卫生服务中心挂号',
    ],
  },
  'schools named region + name + type, and a sub-district office after its region': {
    article: '8.2',
    names: [
      '杭州市第二中学',
      '西湖区实验幼儿园',
      '杭州外国语学校',
      '杭州技师学院招生办',
      '江苏省南京中学官方',
      '西湖区湖滨街道办',
    ],
  },
  'institutions with the account-type words of government new media (在线, 之声, 小号)': {
    article: '8.2',
    names: ['北京协和医院在线', '浙江大学之声', '清华大学小号', '故宫博物院在线'],
  },
  'revolutionary sites named by their base, headquarters or battle and the form of the site': {
    article: '8.5',
    names: ['狼牙山抗战遗址', '新四军苏浙军区旧址群', '冀热察挺进军司令部旧址', '鲁迅故居纪念馆'],
  },
};

const passing: Record<string, string[]> = {
  'wishes and greetings with 平安, and their homophones': [
    '平安喜乐',
    '平安顺遂',
    '平安夜',
    '平安是福',
    '岁岁平安',
    '平安禧乐',
  ],
  'people describing their school, hospital or service': [
    '杭州职业技术学院学生小王',
    '三亚航空旅游职业学院校友',
    '北京大学医院志愿者',
    '四川大学华西医院护士小李',
    '陆军工程大学学员',
    '在新疆军区服役',
    '退伍老兵',
    '空军大学生',
  ],
  'a memorial facility mentioned, not named as the account': ['去烈士陵园扫墓', '清明祭扫烈士陵园的路上'],
  'shops that borrow 医院, and a nurse describing her hospital': [
    '杭州宠物医院',
    '杭州手机医院',
    '武汉市第一医院护士小王',
  ],
  'a school mentioned by a pupil, a parent or a sentence': [
    '杭州市第二中学学生小王',
    '杭州中学生',
    '南京中学生联盟',
    '我的中学时代',
  ],
  'a warship, an arm or a site mentioned, not named as the account': [
    '去看辽宁舰',
    '辽宁舰迷小王',
    '美国海军陆战队',
    '海军旅游',
    '陆军团长老王',
    '我爸在陆军某旅',
    '舰长',
    '我的旧址',
    '青春纪念馆',
    '北京协和医院护士小李在线答疑',
  ],
  'a grassroots organ mentioned inside a description, not named as the account': [
    '派出所民警的妻子',
    '我在派出所',
    '供电公司退休职工老张',
    '公证处门口的咖啡店',
    '税务所旁边的面馆',
  ],
  'person names with 国, 华, 中, 民, 军, 政, 新 and place words': [
    '王建军',
    '李国华',
    '张中民',
    '刘新政',
    '陈北京',
    '赵长安',
    '孙军区',
    '周平安',
  ],
};

describe('default rule set: institutions known by their naming forms (8.2, 8.5)', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [group, { article, names }] of Object.entries(blocked))
    it(`blocks ${group} under ${article}`, () => {
      for (const name of names)
        expect(blockedUnder(engine.check({ name }), article), `${name} should be blocked under ${article}`).to.equal(
          true,
        );
    });

  for (const [group, names] of Object.entries(passing))
    it(`does not block ${group}`, () => {
      for (const name of names) expect(engine.check({ name }).verdict, name).to.not.equal('block');
    });

  it('hears the naming forms by sound and in pinyin, as 8.6 evasions', () => {
    for (const [name, article] of [
      ['七台河职业学圆', '8.2'],
      ['qitaihezhiyexueyuan', '8.2'],
      ['浙江省人民依院', '8.2'],
      ['平按北京', '8.2'],
      ['新疆军趋', '8.2'],
      ['李大钊烈士陵圆', '8.5'],
    ] as const) {
      const verdict = engine.check({ name });
      expect(blockedUnder(verdict, article), `${name} should be blocked under ${article}`).to.equal(true);
      expect(
        verdict.findings.some((finding) => finding.article === '8.6'),
        `${name} is an evasion`,
      ).to.equal(true);
    }
  });

  it('does not block a bio that mentions a vocational college or a military school', () => {
    for (const bio of ['毕业于七台河职业学院，现在做设计', '陆军工程大学毕业，现在在家带娃'])
      expect(engine.check({ bio }).verdict, bio).to.not.equal('block');
  });
});

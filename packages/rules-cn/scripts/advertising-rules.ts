/**
 * The prohibited claims of the advertising rules, category by category (data/sources/advertising-rules-terms.tsv):
 * the Advertising Law's articles on data (Art. 11), medicine and health food (16–18), education (24),
 * alcohol (23), investment (25) and real estate (26), with the department rules that spell them out — SAMR's 2019
 * measures on the review of medicine, device and health-food advertisements (Art. 11), the 2015
 * real-estate advertising provisions, the 2006 medical advertising measures (Art. 7) — whose
 * relevant text is kept in data/sources/advertising-rules.md. Each row is a term, the lexicon
 * category it joins and the key of the text that names it; the key becomes the entry's source.
 *
 * Most categories here are one part of a sequence rule (a subject and its promise: 高考 + 命题组,
 * 保健品 + 排毒, 专家 + 推荐, 日产 + 80万); they are never matched alone, so the words keep their
 * ordinary sense in a sentence without the other part.
 */

import { readTsv } from './central-organs.js';
import type { Lexicon } from './index.js';

const LAW = '《中华人民共和国广告法》（2021年修正）';

/** The texts the rows cite, by key (their wording: data/sources/advertising-rules.md). */
const SOURCES: Record<string, string> = {
  AL9: `${LAW} 第九条第（三）项（“国家级”“最高级”“最佳”等用语）、第（八）项（迷信）`,
  AL11: `${LAW} 第十一条第二款（数据、统计资料、调查结果应当真实、准确，并表明出处）、第二十八条第二款第（三）项（无法验证的统计资料）`,
  AL16: `${LAW} 第十六条第一款第（四）项、第十八条第一款第（五）项（利用广告代言人作推荐、证明）`,
  AL17: `${LAW} 第十七条（除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能，不得使用医疗用语）`,
  AL18: `${LAW} 第十八条第一款第（一）（二）（四）项（保健食品：功效、安全性的断言或者保证，疾病预防、治疗功能，与药品比较）、第二十八条第二款第（四）项（虚构使用商品的效果）`,
  AL23: `${LAW} 第二十三条第（四）项（酒类广告不得明示或者暗示饮酒有消除紧张和焦虑、增加体力等功效）`,
  AL24: `${LAW} 第二十四条（教育、培训：升学、通过考试的保证性承诺；明示或者暗示考试机构、命题人员参与；利用教育机构、专业人士、受益者的名义作推荐、证明）`,
  AL25: `${LAW} 第二十五条第（一）项（明示或者暗示保本、无风险或者保收益）、第（二）项（利用专业人士的名义作推荐）`,
  AL26: `${LAW} 第二十六条（房地产广告）`,
  AL28: `${LAW} 第二十八条第二款第（二）（四）项（商品或者服务的性能、功能与实际情况不符；虚构使用商品或者接受服务的效果）`,
  RE2015: `国家工商行政管理总局《房地产广告发布规定》（2015年12月24日令第80号） 第四条第（一）项（升值或者投资回报的承诺）；风水、占卜等封建迷信内容；融资或者变相融资；为入住者办理户口、就业、升学等事项的承诺；${LAW} 第二十六条`,
  GZ2021: '广州市市场监督管理局 房地产广告宣传提示（2021）：地王、楼王等绝对化用语，学位房、解决户口',
  MD2019:
    '国家市场监督管理总局《药品、医疗器械、保健食品、特殊医学用途配方食品广告审查管理暂行办法》（国家市场监督管理总局令第21号，2020-03-01施行） 第十一条第（二）项（专家、学者、医师、药师、临床营养师、患者等的名义或者形象作推荐、证明）、第（六）项（“评比、排序、推荐、指定、选用、获奖”等综合性评价内容）',
  AL28S: `${LAW} 第二十八条第二款第（二）项（商品的销售状况、曾获荣誉等信息与实际情况不符）、第十一条第二款（统计资料、调查结果应当真实、准确，并表明出处）`,
  CD2017:
    '国务院办公厅《中国防治慢性病中长期规划（2017—2025年）》（国办发〔2017〕12号）：慢性病、重大慢性病（心脑血管疾病、癌症、慢性呼吸系统疾病、糖尿病、口腔疾病）',
  AL13: `${LAW} 第十三条（广告不得贬低其他生产经营者的商品或者服务）`,
  GR: `${LAW} 第十六条第一款第（一）项、第十八条第一款第（一）项（功效、安全性的断言或者保证）、第二十四条第（一）项（对升学、通过考试、获得学位学历或者合格证书，或者对教育、培训的效果作出明示或者暗示的保证性承诺）；国家食品药品监督管理局《保健食品广告审查暂行规定》（2005） 第八条第（十二）项（含有无效退款、保险公司保险等内容）`,
  AL9G: `${LAW} 第九条第（二）项（使用或者变相使用国家机关、国家机关工作人员的名义或者形象）、第二十五条第（一）项（明示或者暗示保本、无风险或者保收益）`,
  ICD: `ICD-10 类目名称所指的器官、部位（data/sources/icd10-zh-categories.tsv：关节炎 → 关节，静脉炎 → 静脉，脑血管病 → 血管，颈椎间盘疾患 → 颈椎 …）；${LAW} 第十六条第一款第（一）项、第十七条、第十八条第一款第（一）项`,
  CS2020: `《化妆品监督管理条例》（2020年6月16日国务院令第727号）第三条（施用于皮肤、毛发、指甲、口唇等人体表面）；${LAW} 第十七条、第二十八条第二款第（二）项`,
  ST: '国家最高科学技术奖获奖者（2000—2023年度，国家科学技术奖励工作办公室公布；2004、2015年度空缺，2021、2022年度未评）；《中华人民共和国广告法》（2021年修正） 第十六条第一款第（四）项、第十八条第一款第（五）项',
  HN2020:
    '中华人民共和国主席令第五十三号（2020年8月11日）：授予钟南山“共和国勋章”，授予张伯礼、张定宇、陈薇“人民英雄”国家荣誉称号；《中华人民共和国广告法》（2021年修正） 第十六条第一款第（四）项、第十八条第一款第（五）项',
  MY2019:
    '国家市场监督管理总局、国家卫生健康委员会等《关于进一步规范儿童青少年近视矫正工作切实加强监管的通知》（2019年）：近视矫正的宣传不得使用“康复”“恢复”“降低度数”“近视治愈”“近视克星”“度数修复”等表述；《中华人民共和国广告法》（2021年修正） 第十七条、第二十八条第二款第（二）项',
  HF2023:
    '市场监管总局、国家卫生健康委、国家中医药局《允许保健食品声称的保健功能目录 非营养素补充剂（2023年版）》（2023-08-31）：功能名称的写法（有助于……、辅助……）；《中华人民共和国广告法》（2021年修正） 第十七条、第十八条第一款第（一）（二）项（保健食品以外的广告不得宣称保健功能）',
  MA2006:
    '国家工商行政管理总局、卫生部《医疗广告管理办法》（2006年11月10日令第26号） 第七条第（六）项（利用患者、卫生技术人员、医学教育科研机构及人员的名义、形象作证明）',
};

/** What each category means and how the rules read it. */
const DESCRIPTIONS: Record<string, string> = {
  'property-word': '房地产广告的标的（住宅、写字楼、地段）：只在 property-promise 近旁算数。',
  'property-promise':
    '房地产广告不得作的承诺和渲染：升值、投资回报、返租，风水，学区、落户，最中心、唯一、地王：只在 property-word 近旁算数。',
  'claim-review': '一经说出就是广告断言的说法（风水宝地、售后返租、哪胖减哪、100%安全）：单独送审。',
  'exam-word': '考试（高考、考研、国考、真题）：只在 exam-insider 近旁算数。',
  'exam-insider':
    '考试机构、命题、阅卷人员（命题组、阅卷老师、考官、编委）：只在 exam-word 近旁算数（高考命题组专家）。',
  headcount: '数字加人数单位（300人、12名、50余人）：只在 education-outcome 前（300余人考入清北）。',
  'famous-teacher': '名师之类的宣称：只在授课、辅导、押题之类近旁算数（名师亲授、金牌讲师一对一）。',
  'teaching-service': '授课、辅导、押题：只在 famous-teacher 近旁算数。',
  'efficacy-verb': '治疗性的动词（搞定、赶走、击退）：只在疾病名、身体状况近旁算数（三招搞定高血压）。',
  'health-product':
    '常被宣称有疗效的非药品（酵素、代餐、固体饮料、压片糖果、精油、理疗仪、富氢水）：只在 health-effect 近旁算数。',
  'health-effect': '疾病治疗、保健功效的说法（排毒、抗病毒、降血压、减肥）：只在 health-product 近旁算数。',
  'alcohol-word': '酒（白酒、药酒、养生酒、红酒）：只在 alcohol-effect 近旁算数。',
  'alcohol-effect':
    '饮酒的功效（解乏、缓解压力、增加体力、强身健体、助眠）：只在 alcohol-word 近旁算数（红酒助眠、药酒强身健体）。',
  'slimming-word': '减肥、瘦身：只在 slimming-promise 近旁算数。',
  'slimming-promise': '减肥效果的断言（不反弹、不节食、躺着、暴瘦、定点）：只在 slimming-word 近旁算数。',
  endorser: '专家、医师、患者、明星等推荐人：只在 endorse-verb 前算数（专家联合推荐、院士认证）。',
  'endorse-verb': '推荐、证明、代言、监制：只在 endorser 后算数。',
  promise: '投资的保证（安全保障、多重保障、成倍）：只在 return-word 或 education-outcome 近旁算数。',
  'return-word': '资金：只在 promise 近旁算数。',
  'stock-tip': '荐股的说法（精选、金股、潜伏、布局）：只在 stock-word 近旁算数。',
  'commerce-word': '商品、服务的性状（口感、手艺、用料、师资）：只在 absolute-word 近旁算数。',
  'output-word': '产量、销量（日产、年销量、累计销售）：只在数字加万、亿之前算数（日产80万瓶）。',
  'data-rate': '好评率、满意度、复购率、成功率：只在数字前算数（好评率99%）。',
  'big-number': '数字加万、亿：只在 output-word 后算数。',
  'year-word': '数字加年、余年、多年：只在 factory-claim 前算数（20余年实力大厂）。',
  'factory-claim': '厂家实力的宣称（实力大厂、源头工厂）：只在 year-word 后算数。',
  'luck-claim': '迷信功效（助运、财运、消灾、趋吉避凶）：只在 charm-goods 近旁或者另一迷信功效近旁算数（增财助运）。',
  'charm-goods':
    '常被宣称有迷信功效的物品和卖它的人（护身符、葫芦、八卦镜、貔貅、佛牌、大师）：只在 luck-claim 近旁算数（大师帮您改命）。',
  'absolute-word': '绝对化用语（遥遥领先）：只在 commerce-word 近旁算数（销量遥遥领先）。',
  disease: '常见病的俗称（心脑血管疾病、新冠）：只在功效动词近旁算数。',
  'effect-speed':
    '见效的速度和时长（快速、立即、当天、一次、7天、30分钟、3个月）：只在功效动词和身体部位之前算数（3天修复关节、5分钟消除静脉肿胀），或者在升学结果、医美项目之前（30天冲刺名校、一次热玛吉）。',
  'body-part':
    '器官和身体部位（关节、前列腺、静脉、血管、皮肤）：只在见效速度加功效动词的断言里算数；单独是病人、医生和美妆博主的话。',
  'education-outcome': '升学、考试的结果（上岸、985、提分、成绩）：只在保证、学员人数、名师或者见效速度近旁算数。',
  'investment-claim': '投资回报的说法（收益高、回报高）：作为名称拒绝，在简介里送审，同 investment-claim。',
  'travel-unit':
    '分钟：只在数字之后、到达之类的词之前算数（3分钟快速到达高速入口）；小时不算，那是游记和通勤的话（飞行3小时到达北京）。',
  arrival:
    '到达、直达、车程、商务圈之类：只在数字加时长之后算数，以所需时间表示项目位置（广告法第二十六条第（二）项）。',
  'low-input': '小投入的说法（小投资、低门槛、零门槛）：只在收益、回报近旁算数（小投资，大收益）。',
  'treat-verb':
    '治疗、医治、主治、治愈之类：只在疾病名或者症状名之后几字之内算数（治疗高血压、治疗头晕），只在简介和签名里送审；病人、医生也这样写，所以不拒绝。',
  'raise-verb':
    '增强、提高、降低、调节之类：只在保健功能所指的身体状况之前几字之内算数（增强人体免疫力、降低血液中的血脂）。',
  authority:
    '国家机关、监管部门、国际组织、行业协会（FDA、国家、卫健委、药监局、协会）：只在认证、指定、推荐之类之前算数（通过FDA认证、国家指定、协会推荐）。',
  'certify-verb': '认证、指定、推荐、批准：只在 authority 之后算数。',
  'school-word': '名校、附小、附中、学区、学位：只在签约、配套、毗邻、对口之类近旁算数（签约名校附小、名校旁）。',
  'school-promise': '签约、配套、旁、毗邻、对口、家门口：只在 school-word 近旁算数，以学校承诺入学或者渲染地段。',
  'rank-lead':
    '销量、市场占有率、出货量，连续、蝉联、连年：只在六字之内的 rank-word 之前算数（销量连续三年全国第一、连续5年行业领先、蝉联冠军），以销售状况、曾获荣誉作宣称。',
  'rank-word': '第一、冠军、榜首、领先：只在 rank-lead 之后算数；单独是比赛、考试和排行的话。',
  'crowd-number':
    '万人、万用户、亿人之类：只在 testimony-verb 之前三字之内算数（10万人见证、百万用户的选择），以受益者的人数作证明。',
  'testimony-verb': '见证、选择、信赖、好评：只在 crowd-number 之后算数；单独是医生、商家的日常说法（深受患者信赖）。',
  'beat-verb': '秒杀、吊打、碾压、远超之类：只在 rival-word 近旁算数（秒杀同行、远超同类产品），贬低其他经营者的商品。',
  'rival-word': '同行、同类产品、其他品牌、市面上：只在 beat-verb 近旁算数。',
  'fail-condition':
    '无效、不见效、不成功、考不过之类：只在退款、退费、不收费之前几字之内算数（无效退全款、考不过全额退费）。',
  'refund-word': '退款、退费、不收费、免费重读：只在 fail-condition 之后算数，以退款承诺保证效果。',
  'absolute-bio':
    '单独就是广告断言的绝对化用语（首选、最权威、神效、遥遥领先、享誉全球）：只在简介和签名里送审；日常自述里没有（在简介、一言和豆瓣短评里测过）。',
  'assurance-claim': '功效、安全性的断言（没有副作用、胜似药、效果惊人、从根本上解决）：只在简介和签名里送审。',
  'consume-word': '常吃、每天喝、长期服用之类：只在延年益寿、长生不老之类近旁算数（日食三枣，长生不老）。',
  'minute-figure':
    '几分钟、半小时之类的时长：只在步行至、前往之类之后（步行至公园仅15分钟），或者在可达、直达之前（半小时可达）算数，以所需时间表示项目位置。',
  'travel-lead': '步行至、驾车至、前往之类：只在十几字之内的时长之前算数（前往区政府仅需5分钟）。',
  'recovery-word':
    '病症消失、恢复正常、痊愈之类的结果（消失、不见了、正常了、康复、变黑了）：只在疾病名、症状名、身体状况或者见效时长之后几字之内算数（肺结节消失了、血糖就正常了、60天完全康复），以使用者的经历虚构效果。',
  'help-lead':
    '有助于、辅助：只在保健功能所指的身体状况之前算数（有助于消化、有助于润肠通便），保健功能目录的写法出现在简介里就是在宣称保健功能。',
  'progress-word': '突飞猛进、大幅提升之类：只在成绩之类的升学结果之后几字之内算数（成绩较入学成绩突飞猛进）。',
  'famous-person':
    '国家最高科学技术奖获奖者和2020年国家勋章、国家荣誉称号获得者的姓名：只在“推荐、代言、认证”之类和商品、保健品都在旁时算数（钟南山推荐的保健品）；单独的人名从不算数。',
};

const DIGITS = '0123456789';

export function lexicons(): Lexicon[] {
  const byCategory = new Map<string, Map<string, string>>();
  for (const [category = '', term = '', key = ''] of readTsv(
    new URL('../data/sources/advertising-rules-terms.tsv', import.meta.url),
  )) {
    const source = SOURCES[key];
    if (!source) throw new Error(`advertising-rules-terms.tsv: ${term}: unknown source ${key}`);
    if (!DESCRIPTIONS[category]) throw new Error(`advertising-rules-terms.tsv: ${term}: unknown category ${category}`);
    const terms = term.startsWith('#') ? [...DIGITS].map((digit) => digit + term.slice(1)) : [term];
    const entries = byCategory.get(category) ?? new Map<string, string>();
    for (const each of terms) entries.set(each, source);
    byCategory.set(category, entries);
  }
  return [...byCategory].map(([category, entries]) => {
    const sources = new Set(entries.values());
    const [only] = sources;
    return {
      category,
      article: '8.7',
      description: DESCRIPTIONS[category],
      ...(sources.size === 1
        ? { source: only, entries: [...entries.keys()] }
        : {
            source: [...sources].join('；'),
            entries: [...entries].map(([term, source]) => ({ term, source })),
          }),
    } as Lexicon;
  });
}

/**
 * Ordinary nicknames must pass the default rule set: cities, hobbies, years, emoji, mixed scripts.
 * A city in an ordinary nickname is not an organ name (Art. 8.5 is about official identities).
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { defaultRuleSet } from '../src/index.js';

const cities = [
  '北京',
  '上海',
  '广州',
  '深圳',
  '杭州',
  '成都',
  '重庆',
  '武汉',
  '西安',
  '南京',
  '苏州',
  '长沙',
  '天津',
  '青岛',
  '厦门',
  '大连',
  '昆明',
  '哈尔滨',
  '沈阳',
  '郑州',
  '济南',
  '合肥',
  '福州',
  '南宁',
  '贵阳',
  '兰州',
  '拉萨',
  '乌鲁木齐',
  '海口',
  '三亚',
  '桂林',
  '丽江',
  '大理',
  '洛阳',
  '西湖区',
  '朝阳区',
];
const hobbies = ['跑步爱好者', '吃货', '的猫', '骑行侠', '小厨娘', '夜跑团', '咖啡控', '钓鱼佬'];
const handwritten = [
  'Tom_1998',
  '小明2003',
  'lucy_0520',
  'Kevin在上海',
  'sunny小雨',
  '阿杰Jay',
  'momo酱',
  'Leo_杭州',
  '🌸花花🌸',
  '☀️阳光男孩',
  '风吹麦浪',
  '北京烤鸭爱好者',
  '一只快乐的小鱼',
  '今天也要加油鸭',
  '奶茶续命',
  '不吃香菜',
  '猫咪饲养员',
  '周末去爬山',
  '程序员小张',
  '产品经理阿May',
  '设计师Lily',
  '摄影爱好者老王',
  '爱吃火锅的四川妹子',
  '东北大碴子',
  '江南小雨',
  '海边的卡夫卡',
  '追风少年',
  '星辰大海',
  '山川异域',
  '清风徐来',
  '岁月静好',
  '晴天☀️',
  '雨后彩虹🌈',
  '🍉西瓜太郎',
  'Coco_2024',
  'Mr.Lee',
  'Anna李',
  '王小二',
  '李建国',
  '张新华',
  '王国庆',
  '刘建军',
  '陈卫东',
  '赵红旗',
  '孙志强',
  '周杰伦粉丝',
  '林黛玉',
  '小小酥',
  'ABC_123',
  'hello world',
  'iPhone用户',
  '1999年的夏天',
  '2008北京',
  '90后宝妈',
  '00后整顿职场',
  '三心二意的一五一十',
  '克林顿',
  '约翰·史密斯',
  '玛丽亚',
  '山田太郎',
  '金智秀',
  '阿卜杜拉',
  'Jean-Pierre',
  'José',
  'Müller',
  'Ωmega',
  '🐱喵星人🐱',
  '（小透明）',
  '【旅行日记】',
  '~晚安~',
  '#读书#',
  '小王同学',
  '老李的菜园',
  '一个写字的人',
  '吉他手阿飞',
  '上海滩',
  '北京欢迎你',
  '成都的小酒馆',
  '重庆火锅真香',
  '西安肉夹馍',
  '杭州西湖边',
  '天津煎饼果子',
  '青岛啤酒节',
];

const nicknames = [...cities.flatMap((city) => hobbies.map((hobby) => `${city}${hobby}`)), ...handwritten];

describe('default rule set: ordinary nicknames pass', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  it(`has a few hundred nicknames to check (${nicknames.length})`, () => {
    expect(nicknames.length).to.be.greaterThan(300);
  });

  it('passes every one of them', () => {
    const flagged = nicknames
      .map((name) => ({ name, verdict: engine.check({ name }) }))
      .filter(({ verdict }) => verdict.verdict !== 'pass')
      .map(({ name, verdict }) => `${name}: ${verdict.findings.map((f) => `${f.article} ${f.match}`).join(', ')}`);
    expect(flagged).to.deep.equal([]);
  });
});

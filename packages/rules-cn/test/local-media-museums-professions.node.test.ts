/**
 * Node only: it reads the source lists in data/sources/.
 * Local media and region accounts (8.2, 8.4, 8.5), news media written with look-alike characters
 * (8.4, 8.6), the national first-class museums and state facilities (8.5), and professional claims
 * (11): the names that claim to be one are refused or reviewed, and the personal descriptions that
 * only mention one pass.
 */
import { createEngine, type Engine } from '@mingzheng/precheck';
import { expect } from 'chai';
import { readMuseums } from '../scripts/museums.js';
import { defaultRuleSet } from '../src/index.js';
import { itChecksRows, type Row } from './verdict-rows.js';

const names: Record<string, Row[]> = {
  'a region and a local media word': [
    ['石家庄电视台', 'block', '8.4'],
    ['忻州广播电视台', 'block', '8.4'],
    ['石家庄手机台', 'block', '8.4'],
    ['北川县融媒体中心', 'block', '8.4'],
    // 发布 is the release account of a government's news office: the organ (8.2), and the region as its identity (8.5).
    ['柳州发布', 'block', '8.2'],
    ['柳州发布', 'block', '8.5'],
    // The region as the identity of an information account: reviewed, whether or not it is the city's media.
    ['温州新鲜事', 'review', '8.5'],
    ['温州本地资讯', 'review', '8.5'],
    ['石家庄头条', 'review', '8.5'],
    ['嘉兴直播', 'review', '8.5'],
    ['直播忻州', 'review', '8.5'],
    ['魅力湖南', 'review', '8.5'],
    ['掌上温州', 'review', '8.5'],
    // A region in a personal description, or the word elsewhere, is no account identity.
    ['魅力湖南小王', 'pass'],
    ['我在温州看直播', 'pass'],
    ['直播带货小王', 'pass'],
    ['北京烤鸭爱好者', 'pass'],
    ['今日份的快乐', 'pass'],
  ],
  'honours conferred by a region': [
    ['日照文旅推荐官', 'review', '8.5'],
    ['河南旅行推荐官', 'review', '8.5'],
    ['大理旅游形象大使', 'review', '8.5'],
    // The bureau itself is an organ.
    ['河南文旅', 'block', '8.2'],
    ['日照文旅官方小号', 'block', '8.2'],
    ['推荐官小李', 'pass'],
    // A person's own title for a hobby is no appointment.
    ['上海好物推荐官', 'pass'],
    ['长沙美食体验官', 'pass'],
  ],
  'news media written with look-alike characters': [
    ['人民曰报', 'block', '8.4'],
    ['人民曰报', 'block', '8.6'],
    ['入民网', 'block', '8.4'],
    ['南方周未', 'block', '8.6'],
    ['温州曰报社', 'block', '8.4'],
    // The characters themselves are ordinary: only the names are written out.
    ['子曰', 'pass'],
    ['己亥年生人', 'pass'],
    ['末日狂欢', 'pass'],
    ['入戏太深', 'pass'],
  ],
  'museums and state facilities': [
    ['首都博物馆', 'block', '8.5'],
    ['【官方】南京博物院', 'block', '8.5'],
    ['良渚博物院票务中心', 'block', '8.5'],
    ['山西博物院', 'block', '8.5'],
    ['太原市博物館', 'block', '8.5'],
    ['成都博物院官方', 'block', '8.5'],
    ['酒泉卫星发射中心', 'block', '8.5'],
    ['文昌航天发射场', 'block', '8.5'],
    ['湖北省博物馆讲解员小王', 'pass'],
    ['太原市博物馆志愿者', 'pass'],
    ['杜甫草堂的猫', 'pass'],
  ],
  'professional claims': [
    ['王律所高级合伙人', 'review', '11'],
    ['医技人员小张', 'review', '11'],
    ['古法针灸传承人', 'review', '11'],
    ['两院院士', 'review', '11'],
    ['两院院士', 'review', '8.2'],
    ['合伙人小王', 'pass'],
    ['王老师', 'pass'],
  ],
};

const bios: Row[] = [
  ['律所高级合伙人', 'review', '11'],
  ['医技人员', 'review', '11'],
  ['道家喘药的传承人', 'review', '11'],
  ['中国科学院院士', 'review', '8.2'],
  ['中国科学院院士', 'review', '11'],
  ['每天读温州新鲜事', 'pass'],
  ['周末去首都博物馆看展', 'pass'],
  ['喜欢看魅力湖南', 'pass'],
  ['子曰：学而时习之', 'pass'],
];

describe('local media, look-alike media names, museums and professions', () => {
  let engine: Engine;
  before(async () => {
    engine = await createEngine(defaultRuleSet);
  });

  for (const [group, cases] of Object.entries(names)) {
    describe(group, () => {
      itChecksRows(() => engine, 'name', cases);
    });
  }

  describe('bios', () => {
    itChecksRows(() => engine, 'bio', bios);
  });

  it('asks for the culture label for an inheritor and the law label for a partner', () => {
    expect(engine.check({ name: '非遗传承人小李' }).requires).to.deep.include({
      kind: 'qualification',
      domain: 'culture',
      label: '文化',
    });
    expect(engine.check({ bio: '律师事务所创始合伙人' }).requires).to.deep.include({
      kind: 'qualification',
      domain: 'law',
      label: '司法',
    });
  });

  it('blocks every national first-class museum as an account name, under 8.5', () => {
    const museums = readMuseums();
    expect(museums.length).to.equal(327);
    const missed = museums
      .map(({ name }) => name)
      .filter((name) => !engine.check({ name }).findings.some((f) => f.article === '8.5' && f.severity === 'block'));
    expect(missed).to.deep.equal([]);
  });
});

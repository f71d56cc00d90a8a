/**
 * Art. 11 qualifications from the national occupational qualification catalogue
 * (国家职业资格目录, 2021 edition, data/sources/occupational-qualifications-2021.tsv): every
 * qualification of a field Art. 11 names (economy, education, healthcare, justice, news,
 * publishing) becomes the titles its holders go by, with the field's domain and label. A title
 * claims the qualification, so an account that uses it needs the label (the verdict's `requires`).
 *
 * Qualifications of other fields (engineering, construction, transport, security …) are left out:
 * Art. 11 does not list them, and their titles (建造师, 保安员) in a name are ordinary.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const SOURCE = '人力资源社会保障部《国家职业资格目录（2021年版）》（2021-11-23）';

const DOMAINS = {
  healthcare: '医疗卫生',
  law: '司法',
  finance: '金融',
  education: '教育',
  news: '新闻',
  publishing: '出版',
} as const;
type Domain = keyof typeof DOMAINS;

/**
 * The titles each in-scope qualification confers, by the catalogue's name (or sub-item). The
 * titles are those of the laws and grading schemes the catalogue names as the qualification's basis
 * (律师法, 法官法 …; the 初级/中级/高级 titles of the 卫生, 会计, 经济, 审计 and 出版 technical
 * qualifications).
 */
const TITLES: Record<string, { domain: Domain; titles: string[] }> = {
  教师资格: { domain: 'education', titles: ['教师'] },
  法律职业资格: { domain: 'law', titles: ['律师', '执业律师', '法官', '检察官', '公证员', '仲裁员'] },
  '中国委托公证人资格（香港、澳门）': { domain: 'law', titles: ['委托公证人'] },
  注册会计师: { domain: 'finance', titles: ['注册会计师'] },
  医师: { domain: 'healthcare', titles: ['医师', '执业医师', '执业助理医师'] },
  乡村医生: { domain: 'healthcare', titles: ['乡村医生'] },
  人体器官移植医师: { domain: 'healthcare', titles: ['人体器官移植医师'] },
  护士执业资格: { domain: 'healthcare', titles: ['护士'] },
  执业药师: { domain: 'healthcare', titles: ['执业药师'] },
  卫生专业技术资格: {
    domain: 'healthcare',
    titles: [
      '医士',
      '医师',
      '主治医师',
      '副主任医师',
      '主任医师',
      '护士',
      '护师',
      '主管护师',
      '副主任护师',
      '主任护师',
      '药士',
      '药师',
      '主管药师',
      '副主任药师',
      '主任药师',
    ],
  },
  '广播电视播音员、主持人资格': { domain: 'news', titles: ['播音员', '主持人'] },
  新闻记者职业资格: { domain: 'news', titles: ['记者', '新闻记者'] },
  出版专业技术人员职业资格: { domain: 'publishing', titles: ['助理编辑', '责任编辑', '副编审', '编审'] },
  会计专业技术资格: { domain: 'finance', titles: ['助理会计师', '会计师', '高级会计师', '正高级会计师'] },
  经济专业技术资格: { domain: 'finance', titles: ['助理经济师', '经济师', '高级经济师', '正高级经济师'] },
  审计专业技术资格: { domain: 'finance', titles: ['审计师', '高级审计师'] },
  税务师: { domain: 'finance', titles: ['税务师'] },
  资产评估师: { domain: 'finance', titles: ['资产评估师'] },
  证券期货基金业从业人员资格: {
    domain: 'finance',
    titles: ['证券分析师', '证券投资顾问', '投资顾问', '期货投资分析师', '基金经理'],
  },
  精算师: { domain: 'finance', titles: ['精算师'] },
};

interface Row {
  part: string;
  name: string;
  subItem: string;
}

export function readCatalogue(): Row[] {
  const text = readFileSync(new URL('../data/sources/occupational-qualifications-2021.tsv', import.meta.url), 'utf8');
  const [, ...lines] = text.split('\n').filter((line) => line.trim() !== '');
  return lines.map((line) => {
    const [part = '', name = '', subItem = ''] = line.split('\t');
    return { part, name, subItem };
  });
}

export function lexicons(): Lexicon[] {
  // One lexicon per domain, so entries stay plain strings with the domain and label given once.
  const byDomain = new Map<Domain, Set<string>>();
  const used = new Set<string>();
  for (const row of readCatalogue()) {
    const key = row.subItem !== '' && TITLES[row.subItem] ? row.subItem : row.name;
    const mapping = TITLES[key];
    if (!mapping) continue;
    used.add(key);
    const terms = byDomain.get(mapping.domain) ?? new Set<string>();
    for (const term of mapping.titles) terms.add(term);
    byDomain.set(mapping.domain, terms);
  }
  const missing = Object.keys(TITLES).filter((key) => !used.has(key));
  if (missing.length > 0) throw new Error(`occupational-qualifications: not in the catalogue: ${missing.join(', ')}`);
  return (Object.keys(DOMAINS) as Domain[])
    .filter((domain) => byDomain.has(domain))
    .map((domain) => ({
      category: 'qualification',
      article: '11',
      description: `《国家职业资格目录（2021年版）》中${DOMAINS[domain]}领域的职业资格，其持有人使用的称谓（规定第十一条）；账号上应加注“${DOMAINS[domain]}”标识。`,
      source: SOURCE,
      domain,
      label: DOMAINS[domain],
      entries: [...(byDomain.get(domain) ?? [])],
    }));
}

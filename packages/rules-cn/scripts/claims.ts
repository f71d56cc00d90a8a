/**
 * The subjects of health claims (Art. 8.7 through the Advertising Law, Art. 16–18): disease names
 * from the ICD-10 chapters (data/sources/icd10-zh-categories.tsv) join the `disease` category, the
 * symptom names of ICD-10 chapter XVIII (data/sources/icd10-zh-symptoms.tsv) make `symptom`, and
 * the body conditions of the health-food function catalogue (data/sources/health-food-functions-2023.tsv)
 * make `body-condition`. Each counts only beside a verb (rules `cure-claim`, `treat-claim-review`,
 * `health-effect-claim`, `health-function-gap-claim`): a name of an illness alone is what patients
 * and doctors write.
 */

import { readTsv } from './central-organs.js';
import type { Lexicon } from './index.js';

const HAN = /^\p{Script=Han}{2,8}$/u;

export function lexicons(): Lexicon[] {
  const diseases = new Set<string>();
  const icdNames: string[] = [];
  for (const [, name = ''] of readTsv(new URL('../data/sources/icd10-zh-categories.tsv', import.meta.url))) {
    icdNames.push(name);
    if (!HAN.test(name)) continue;
    diseases.add(name);
    // 帕金森症, 支气管扩张症: the name is also written without its last 症.
    if (name.endsWith('症') && name.length > 3) diseases.add(name.slice(0, -1));
    // 牙周疾病: also written 牙周病.
    if (name.endsWith('疾病') && name.length > 3) diseases.add(`${name.slice(0, -2)}病`);
  }
  const symptoms = new Set<string>();
  for (const [, name = ''] of readTsv(new URL('../data/sources/icd10-zh-symptoms.tsv', import.meta.url))) {
    if (HAN.test(name)) symptoms.add(name);
  }
  const conditions = new Set<string>();
  for (const [, , condition = ''] of readTsv(
    new URL('../data/sources/health-food-functions-2023.tsv', import.meta.url),
  )) {
    if (HAN.test(condition)) conditions.add(condition);
  }
  // The endings of disease names (…病, …症, …炎): checked against the ICD-10 names they come from.
  const morphemes: string[] = [];
  for (const [ending = '', checked = ''] of readTsv(
    new URL('../data/sources/disease-morphemes.tsv', import.meta.url),
  )) {
    if (checked === 'icd' && !icdNames.some((name) => name.endsWith(ending)))
      throw new Error(`disease-morphemes.tsv: no ICD-10 name ends in ${ending}`);
    morphemes.push(ending);
  }
  const bodyFunctions: string[] = [];
  for (const [word = ''] of readTsv(new URL('../data/sources/thuocl-medical-body.tsv', import.meta.url))) {
    if (HAN.test(word)) bodyFunctions.push(word);
  }
  return [
    {
      category: 'body-function',
      article: '8.7',
      description:
        '功效宣称常说提升、降低、激活、修复的身体机能、指标和组织（视力、胆固醇、毛囊、细胞、肝功能……）：只在提升、降低之类的动词之后几字之内，或者紧挨着修复、改善之类算数（提升视力、降低血液中的胆固醇、细胞修复）。',
      source:
        '清华大学 THUOCL 医学词库（github.com/thunlp/THUOCL data/THUOCL_medical.txt, a30ce79d, MIT）中指称身体机能、指标、组织的词（data/sources/thuocl-medical-body.tsv）；《中华人民共和国广告法》（2021年修正） 第十七条、第十八条第一款第（一）（二）项',
      entries: bodyFunctions,
    },
    {
      category: 'disease-ending',
      article: '8.7',
      description:
        '疾病名的词尾（病、症、炎、疮、疹、溃疡、结石、综合征……）：只在治疗、改善之类的动词之后几字之内算数（治疗飞蚊症、改善了我的慢阻肺病），在名单之外的病名也这样读出；病毒、病人、炎热之类不算（rules.json allow）。',
      source:
        'ICD-10 第四、六、九至十四章 三位数类目名称的词尾（data/sources/disease-morphemes.tsv）；国务院办公厅《中国防治慢性病中长期规划（2017—2025年）》（国办发〔2017〕12号）：癌症',
      entries: morphemes,
    },
    {
      category: 'disease',
      article: '8.7',
      description:
        'ICD-10 八章（内分泌代谢、神经、循环、呼吸、消化、皮肤、肌肉骨骼、泌尿生殖）的疾病名；只在功效动词近旁算数。',
      source: 'ICD-10 第四、六、九至十四章 三位数类目名称（中文维基百科 ICD-10 各章页面）',
      entries: [...diseases],
    },
    {
      category: 'symptom',
      article: '8.7',
      description: 'ICD-10 第十八章的症状名（咳嗽、头晕、头痛、水肿）：只在治疗之类的动词之后算数（治疗头晕）。',
      source: 'ICD-10 第十八章 三位数类目名称（中文维基百科《ICD-10 第十八章：症状、体征和临床与实验室异常所见》）',
      entries: [...symptoms],
    },
    {
      category: 'body-condition',
      article: '8.7',
      description:
        '保健功能所指的身体状况（睡眠、血糖、免疫力、骨密度……）：只在功效动词近旁算数（改善睡眠、调节血糖）。',
      source:
        '市场监管总局、国家卫生健康委、国家中医药局《允许保健食品声称的保健功能目录 非营养素补充剂（2023年版）》（2023-08-31）',
      entries: [...conditions],
    },
  ];
}

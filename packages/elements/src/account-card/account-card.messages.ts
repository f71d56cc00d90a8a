/** The account card's words in zh-CN, zh-TW and en. */
import type { Locale } from '@mingzheng/precheck/locale';

export interface CardMessages {
  entity: string;
  address: string;
  category: string;
  uscc: string;
  contact: string;
  qualifications: string;
  mcn: string;
  verified: string;
  usccInvalid: string;
  report: string;
  reportLabel: (name: string) => string;
}

const zhCN: CardMessages = {
  entity: '运营主体',
  address: '注册运营地址',
  category: '内容生产类别',
  uscc: '统一社会信用代码',
  contact: '联系方式',
  qualifications: '专业资质',
  mcn: 'MCN 机构',
  verified: '已认证',
  usccInvalid: '代码校验未通过',
  report: '举报',
  reportLabel: (name) => `举报账号“${name}”`,
};

const zhTW: CardMessages = {
  entity: '營運主體',
  address: '註冊營運地址',
  category: '內容生產類別',
  uscc: '統一社會信用代碼',
  contact: '聯絡方式',
  qualifications: '專業資質',
  mcn: 'MCN 機構',
  verified: '已認證',
  usccInvalid: '代碼檢查未通過',
  report: '檢舉',
  reportLabel: (name) => `檢舉帳號「${name}」`,
};

const en: CardMessages = {
  entity: 'Operating entity',
  address: 'Registered address',
  category: 'Content category',
  uscc: 'Unified social credit code',
  contact: 'Contact',
  qualifications: 'Qualifications',
  mcn: 'MCN institution',
  verified: 'Verified',
  usccInvalid: 'check failed',
  report: 'Report',
  reportLabel: (name) => `Report the account “${name}”`,
};

const CATALOGS: Readonly<Record<Locale, CardMessages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function cardMessages(locale: Locale): CardMessages {
  return CATALOGS[locale];
}

/**
 * The identity field's words in zh-CN, zh-TW and en: one message per validator reason, each
 * saying which part of the number is wrong and what to do.
 */
import type { Locale } from '@mingzheng/precheck/locale';
import type { IdentityType } from './format.js';

/** Every reason the field reports: the validators' reasons plus the field's own. */
export type IdentityProblem =
  | 'required'
  | 'length'
  | 'characters'
  | 'prefix'
  | 'block'
  | 'iot'
  | 'address'
  | 'birth-date'
  | 'check-character'
  | 'legacy'
  | 'authority'
  | 'entity-type'
  | 'organization-check'
  | 'type';

export interface ProblemContext {
  /** The number of significant characters typed. */
  count: number;
  /** The first three digits of a phone number. */
  block: string;
}

export interface IdentityMessages {
  label: Record<IdentityType, string>;
  errorPrefix: string;
  success: Record<IdentityType, string>;
  masked: string;
  problem: (type: IdentityType, problem: IdentityProblem, context: ProblemContext, label: string) => string;
}

const zhCN: IdentityMessages = {
  label: { phone: '手机号码', id: '身份证件号码', uscc: '统一社会信用代码' },
  errorPrefix: '错误：',
  success: { phone: '手机号码格式正确。', id: '证件号码格式和校验位正确。', uscc: '信用代码格式和校验位正确。' },
  masked: '已隐藏部分号码，聚焦后显示完整号码。',
  problem(type, problem, { count, block }, label) {
    switch (problem) {
      case 'required':
        return `请填写${label}。`;
      case 'length':
        if (type === 'phone') return `手机号码应为 11 位数字，现在 ${count} 位。`;
        return `${type === 'id' ? '证件号码' : '统一社会信用代码'}应为 18 位，现在 ${count} 位。`;
      case 'characters':
        if (type === 'phone') return '手机号码只能包含数字，可以带 +86 前缀。';
        if (type === 'id') return '证件号码只能包含数字，最后一位可以是 X。';
        return '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。';
      case 'prefix':
        return '中国大陆手机号码以 1 开头。';
      case 'block':
        return `${block} 不是已分配的手机号段，请核对前三位。`;
      case 'iot':
        return '这是物联网卡号码，不能接收短信，请填写手机号码。';
      case 'address':
        if (type === 'uscc') return '第 3 至 8 位的登记管理机关行政区划码不存在，请核对。';
        return '开头的地区代码不存在，请核对前几位。';
      case 'birth-date':
        return '第 7 至 14 位的出生日期不是有效日期。';
      case 'check-character':
        return '最后一位校验码不对，请逐位核对号码。';
      case 'legacy':
        return '这是 15 位的旧身份证号码，请填写现行的 18 位号码。';
      case 'authority':
        return '第 1 位的登记管理部门代码不存在。';
      case 'entity-type':
        return '第 2 位的机构类别代码与登记管理部门不符。';
      case 'organization-check':
        return '第 9 至 17 位的组织机构代码校验不通过，请逐位核对。';
      case 'type':
        return `无法读取${label}，请重新填写。`;
    }
  },
};

const zhTW: IdentityMessages = {
  label: { phone: '手機號碼', id: '身分證件號碼', uscc: '統一社會信用代碼' },
  errorPrefix: '錯誤：',
  success: { phone: '手機號碼格式正確。', id: '證件號碼格式和檢查碼正確。', uscc: '信用代碼格式和檢查碼正確。' },
  masked: '已隱藏部分號碼，聚焦後顯示完整號碼。',
  problem(type, problem, { count, block }, label) {
    switch (problem) {
      case 'required':
        return `請填寫${label}。`;
      case 'length':
        if (type === 'phone') return `手機號碼應為 11 位數字，現在 ${count} 位。`;
        return `${type === 'id' ? '證件號碼' : '統一社會信用代碼'}應為 18 位，現在 ${count} 位。`;
      case 'characters':
        if (type === 'phone') return '手機號碼只能包含數字，可以帶 +86 前綴。';
        if (type === 'id') return '證件號碼只能包含數字，最後一位可以是 X。';
        return '統一社會信用代碼只能包含數字和大寫字母（不含 I、O、S、V、Z）。';
      case 'prefix':
        return '中國大陸手機號碼以 1 開頭。';
      case 'block':
        return `${block} 不是已分配的手機號段，請核對前三位。`;
      case 'iot':
        return '這是物聯網卡號碼，不能接收簡訊，請填寫手機號碼。';
      case 'address':
        if (type === 'uscc') return '第 3 至 8 位的登記管理機關行政區劃碼不存在，請核對。';
        return '開頭的地區代碼不存在，請核對前幾位。';
      case 'birth-date':
        return '第 7 至 14 位的出生日期不是有效日期。';
      case 'check-character':
        return '最後一位檢查碼不對，請逐位核對號碼。';
      case 'legacy':
        return '這是 15 位的舊身分證號碼，請填寫現行的 18 位號碼。';
      case 'authority':
        return '第 1 位的登記管理部門代碼不存在。';
      case 'entity-type':
        return '第 2 位的機構類別代碼與登記管理部門不符。';
      case 'organization-check':
        return '第 9 至 17 位的組織機構代碼檢查不通過，請逐位核對。';
      case 'type':
        return `無法讀取${label}，請重新填寫。`;
    }
  },
};

const en: IdentityMessages = {
  label: { phone: 'Mobile number', id: 'ID number', uscc: 'Unified social credit code' },
  errorPrefix: 'Error: ',
  success: {
    phone: 'The mobile number is well formed.',
    id: 'The ID number is well formed and its check character matches.',
    uscc: 'The credit code is well formed and its check character matches.',
  },
  masked: 'Part of the number is hidden; focus the field to see all of it.',
  problem(type, problem, { count, block }, label) {
    switch (problem) {
      case 'required':
        return `Enter ${label ? label.charAt(0).toLowerCase() + label.slice(1) : 'a number'}.`;
      case 'length':
        if (type === 'phone') return `A mobile number has 11 digits; this one has ${count}.`;
        return `${type === 'id' ? 'An ID number' : 'A credit code'} has 18 characters; this one has ${count}.`;
      case 'characters':
        if (type === 'phone') return 'Use digits only, optionally after +86.';
        if (type === 'id') return 'Use digits only; the last character may be X.';
        return 'Use digits and capital letters only (no I, O, S, V or Z).';
      case 'prefix':
        return 'Mainland mobile numbers start with 1.';
      case 'block':
        return `${block} is not an allocated mobile prefix; check the first three digits.`;
      case 'iot':
        return 'This is an IoT number that cannot receive text messages; enter a mobile number.';
      case 'address':
        if (type === 'uscc')
          return 'Characters 3 to 8 are not the region code of a registration authority; check them.';
        return 'The region code at the start does not exist; check the first digits.';
      case 'birth-date':
        return 'Digits 7 to 14 are not a valid date of birth.';
      case 'check-character':
        return 'The last character (the check character) does not match; check each digit.';
      case 'legacy':
        return 'This is an old 15-digit ID number; enter the current 18-character number.';
      case 'authority':
        return 'The first character is not a registration authority code.';
      case 'entity-type':
        return 'The second character is not an entity type of that registration authority.';
      case 'organization-check':
        return 'Characters 9 to 17 (the organization code) fail their own check; check each character.';
      case 'type':
        return `The ${label ? label.charAt(0).toLowerCase() + label.slice(1) : 'number'} could not be read; enter it again.`;
    }
  },
};

const CATALOGS: Readonly<Record<Locale, IdentityMessages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function identityMessages(locale: Locale): IdentityMessages {
  return CATALOGS[locale];
}

/**
 * The field's own words (labels of states, length and required messages) in zh-CN, zh-TW and en.
 * Findings are worded by internal/finding.messages.ts; these cover the rest. Kept here, not
 * imported from the engine, so they are there before it loads.
 */

import { checkMessages, type FieldLocale } from '../internal/check.messages.js';

export type { FieldLocale } from '../internal/check.messages.js';

export interface FieldMessages {
  label: string;
  checking: string;
  errorPrefix: string;
  reviewPrefix: string;
  success: string;
  /** The engine or rule set could not load: the field refuses the name until it does (fails closed). */
  unavailable: string;
  /** The same with `precheck-optional`: a neutral notice, the name is accepted unchecked. */
  unchecked: string;
  required: (label: string) => string;
  tooLong: (max: number, count: number, cjkWide: boolean) => string;
  tooShort: (min: number, count: number, cjkWide: boolean) => string;
}

const zhCN: FieldMessages = {
  label: '账号名称',
  checking: checkMessages('zh-CN').checking,
  errorPrefix: '错误：',
  reviewPrefix: '提示：',
  success: '这个名称可以使用。',
  unavailable: checkMessages('zh-CN').nameUnavailable,
  unchecked: '名称暂时无法在本机预检，提交后由平台审核。',
  required: (label) => `请填写${label}。`,
  tooLong: (max, count, wide) =>
    `太长了：最多 ${max} 个字符，现在 ${count} 个${wide ? '（一个汉字算 2 个字符）' : ''}。请删减。`,
  tooShort: (min, count, wide) =>
    `太短了：至少 ${min} 个字符，现在 ${count} 个${wide ? '（一个汉字算 2 个字符）' : ''}。`,
};

const zhTW: FieldMessages = {
  label: '帳號名稱',
  checking: checkMessages('zh-TW').checking,
  errorPrefix: '錯誤：',
  reviewPrefix: '提示：',
  success: '這個名稱可以使用。',
  unavailable: checkMessages('zh-TW').nameUnavailable,
  unchecked: '名稱暫時無法在本機預檢，提交後由平台審核。',
  required: (label) => `請填寫${label}。`,
  tooLong: (max, count, wide) =>
    `太長了：最多 ${max} 個字元，現在 ${count} 個${wide ? '（一個漢字算 2 個字元）' : ''}。請刪減。`,
  tooShort: (min, count, wide) =>
    `太短了：至少 ${min} 個字元，現在 ${count} 個${wide ? '（一個漢字算 2 個字元）' : ''}。`,
};

const en: FieldMessages = {
  label: 'Account name',
  checking: checkMessages('en').checking,
  errorPrefix: 'Error: ',
  reviewPrefix: 'Note: ',
  success: 'This name can be used.',
  unavailable: checkMessages('en').nameUnavailable,
  unchecked: 'The name cannot be pre-checked right now; the platform will review it after you submit.',
  required: (label) => `Enter ${label ? label.toLowerCase() : 'a name'}.`,
  tooLong: (max, count, wide) =>
    `Too long: at most ${max} characters, now ${count}${wide ? ' (a Chinese character counts as 2)' : ''}. Shorten it.`,
  tooShort: (min, count, wide) =>
    `Too short: at least ${min} characters, now ${count}${wide ? ' (a Chinese character counts as 2)' : ''}.`,
};

const CATALOGS: Readonly<Record<FieldLocale, FieldMessages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function fieldMessages(locale: FieldLocale): FieldMessages {
  return CATALOGS[locale];
}

/**
 * The profile editor's own words in zh-CN, zh-TW and en: labels, image errors (from
 * `QrDetectionError` reasons) and the QR-code finding (Art. 8.6), which the engine's catalog does
 * not know because the engine does not read images. Text findings are worded by the engine's
 * catalog (`describeFinding`, see internal/finding.messages.ts).
 */

import type { FieldLocale } from '../internal/check.messages.js';
import { PROFESSION_LABELS, type ProfessionDomain } from '../internal/professions.js';
import { citeFull } from '../internal/regulation.messages.js';
import type { QrDetectionFailure } from '../qr/detect-qr.js';

export type ImageSlot = 'avatar' | 'cover';
export { PROFESSION_DOMAINS, type ProfessionDomain } from '../internal/professions.js';

export interface ProfileMessages {
  legend: string;
  avatar: string;
  cover: string;
  bio: string;
  signature: string;
  domain: string;
  chooseDomain: string;
  domains: Readonly<Record<ProfessionDomain, string>>;
  qualification: string;
  qualificationHint: string;
  entityName: string;
  uscc: string;
  imageHint: (maxBytes: number) => string;
  checkingImage: string;
  imageOk: (slot: string) => string;
  previewAlt: (slot: string) => string;
  errorPrefix: string;
  reviewPrefix: string;
  qrCode: (slot: string) => string;
  imageError: (reason: QrDetectionFailure, slot: string, maxBytes: number) => string;
  textOk: string;
  /** The engine or rule set could not load: the text is refused until it does (fails closed). */
  textUnavailable: (field: string) => string;
  /** The same with `precheck-optional`: a neutral notice, the text is accepted unchecked. */
  textUnchecked: (field: string) => string;
  remove: (slot: string) => string;
  /** Section headings. */
  sectionImages: string;
  sectionBasics: string;
  sectionProfessional: string;
  sectionEntity: string;
  /** The caption on an image: choose one, or change the one shown. */
  chooseImage: (slot: string) => string;
  changeImage: (slot: string) => string;
  /** The hint under the images: click or drop. */
  dropHint: string;
  chooseFile: string;
  noFile: string;
}

/** `5 MB`, `1.5 MB`, `200 KB`: the limit as people read it. */
function size(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

const zhCN: ProfileMessages = {
  legend: '账号信息',
  avatar: '头像',
  cover: '封面图',
  bio: '简介',
  signature: '签名',
  domain: '专业领域',
  chooseDomain: '请选择',
  domains: PROFESSION_LABELS['zh-CN'],
  qualification: '资质证明',
  qualificationHint: `从事该领域信息内容生产的，需提供相应资质（${citeFull(['11'], 'zh-CN')}）。`,
  entityName: '主体名称',
  uscc: '统一社会信用代码',
  imageHint: (max) => `PNG、JPEG、WebP 或 GIF，不超过 ${size(max)}。图片只在本机检查，不会上传。`,
  checkingImage: '正在检查图片…',
  imageOk: (slot) => `${slot}中没有发现二维码。`,
  previewAlt: (slot) => `${slot}预览`,
  errorPrefix: '错误：',
  reviewPrefix: '提示：',
  qrCode: (slot) => `${slot}中含有二维码（${citeFull(['8.6'], 'zh-CN')}）。请换一张不含二维码的图片。`,
  imageError: (reason, slot, max) =>
    ({
      'unsupported-type': `${slot}只能是 PNG、JPEG、WebP 或 GIF 图片。请换一个文件。`,
      'too-large': `${slot}太大了：最大 ${size(max)}。请换一张小一些的图片。`,
      'decode-failed': `无法读取这张${slot}图片，文件可能已损坏。请换一张。`,
      unavailable: `这个浏览器无法在本机检查${slot}中的二维码，提交后将由服务器检查。`,
    })[reason],
  textOk: '没有发现问题。',
  textUnavailable: (field) => `${field}暂时无法校验，请稍后再试。`,
  textUnchecked: (field) => `${field}暂时无法在本机预检，提交后由平台审核。`,
  remove: (slot) => `移除${slot}`,
  sectionImages: '头像和封面',
  sectionBasics: '基本资料',
  sectionProfessional: '专业资质',
  sectionEntity: '机构信息',
  chooseImage: (slot) => `上传${slot}`,
  changeImage: (slot) => `更换${slot}`,
  dropHint: '点击或把图片拖到这里即可更换。',
  chooseFile: '选择文件',
  noFile: '未选择文件',
};

const zhTW: ProfileMessages = {
  legend: '帳號資訊',
  avatar: '頭像',
  cover: '封面圖',
  bio: '簡介',
  signature: '簽名',
  domain: '專業領域',
  chooseDomain: '請選擇',
  domains: PROFESSION_LABELS['zh-TW'],
  qualification: '資質證明',
  qualificationHint: `從事該領域資訊內容生產的，需提供相應資質（${citeFull(['11'], 'zh-TW')}）。`,
  entityName: '主體名稱',
  uscc: '統一社會信用代碼',
  imageHint: (max) => `PNG、JPEG、WebP 或 GIF，不超過 ${size(max)}。圖片只在本機檢查，不會上傳。`,
  checkingImage: '正在檢查圖片…',
  imageOk: (slot) => `${slot}中沒有發現二維碼。`,
  previewAlt: (slot) => `${slot}預覽`,
  errorPrefix: '錯誤：',
  reviewPrefix: '提示：',
  qrCode: (slot) => `${slot}中含有二維碼（${citeFull(['8.6'], 'zh-TW')}）。請換一張不含二維碼的圖片。`,
  imageError: (reason, slot, max) =>
    ({
      'unsupported-type': `${slot}只能是 PNG、JPEG、WebP 或 GIF 圖片。請換一個檔案。`,
      'too-large': `${slot}太大了：最大 ${size(max)}。請換一張小一些的圖片。`,
      'decode-failed': `無法讀取這張${slot}圖片，檔案可能已損壞。請換一張。`,
      unavailable: `這個瀏覽器無法在本機檢查${slot}中的二維碼，提交後將由伺服器檢查。`,
    })[reason],
  textOk: '沒有發現問題。',
  textUnavailable: (field) => `${field}暫時無法校驗，請稍後再試。`,
  textUnchecked: (field) => `${field}暫時無法在本機預檢，提交後由平台審核。`,
  remove: (slot) => `移除${slot}`,
  sectionImages: '頭像和封面',
  sectionBasics: '基本資料',
  sectionProfessional: '專業資質',
  sectionEntity: '機構資訊',
  chooseImage: (slot) => `上傳${slot}`,
  changeImage: (slot) => `更換${slot}`,
  dropHint: '點擊或把圖片拖到這裡即可更換。',
  chooseFile: '選擇檔案',
  noFile: '未選擇檔案',
};

const en: ProfileMessages = {
  legend: 'Account information',
  avatar: 'Avatar',
  cover: 'Cover image',
  bio: 'Bio',
  signature: 'Signature',
  domain: 'Professional domain',
  chooseDomain: 'Choose…',
  domains: PROFESSION_LABELS.en,
  qualification: 'Qualification',
  qualificationHint: 'Accounts producing content in this domain must provide a qualification (Art. 11).',
  entityName: 'Entity name',
  uscc: 'Unified social credit code',
  imageHint: (max) => `PNG, JPEG, WebP or GIF, at most ${size(max)}. Checked on this device, never uploaded.`,
  checkingImage: 'Checking the image…',
  imageOk: (slot) => `No QR code found in the ${slot.toLowerCase()}.`,
  previewAlt: (slot) => `${slot} preview`,
  errorPrefix: 'Error: ',
  reviewPrefix: 'Note: ',
  qrCode: (slot) => `The ${slot.toLowerCase()} contains a QR code (Art. 8(6)). Choose an image without a QR code.`,
  imageError: (reason, slot, max) =>
    ({
      'unsupported-type': `The ${slot.toLowerCase()} must be a PNG, JPEG, WebP or GIF image. Choose another file.`,
      'too-large': `The ${slot.toLowerCase()} is too large: at most ${size(max)}. Choose a smaller image.`,
      'decode-failed': `This ${slot.toLowerCase()} cannot be read; the file may be damaged. Choose another one.`,
      unavailable: `This browser cannot check the ${slot.toLowerCase()} for QR codes on the device; the server will check it on submit.`,
    })[reason],
  textOk: 'No problems found.',
  textUnavailable: (field) => `The ${field.toLowerCase()} cannot be checked right now. Please try again later.`,
  textUnchecked: (field) =>
    `The ${field.toLowerCase()} cannot be pre-checked right now; the platform will review it after you submit.`,
  remove: (slot) => `Remove the ${slot.toLowerCase()}`,
  sectionImages: 'Avatar and cover',
  sectionBasics: 'Profile',
  sectionProfessional: 'Professional qualification',
  sectionEntity: 'Organisation',
  chooseImage: (slot) => `Add ${slot.toLowerCase()}`,
  changeImage: (slot) => `Change ${slot.toLowerCase()}`,
  dropHint: 'Click or drop an image here to change it.',
  chooseFile: 'Choose file',
  noFile: 'No file chosen',
};

const CATALOGS: Readonly<Record<FieldLocale, ProfileMessages>> = { 'zh-CN': zhCN, 'zh-TW': zhTW, en };

export function profileMessages(locale: FieldLocale): ProfileMessages {
  return CATALOGS[locale];
}

/** The zh-TW catalog (Taiwan forms), loaded on its own: see `describe.ts`. */
import { type Article, type Catalog, zhCN } from './describe.js';

const zhTWArticles: Record<string, Article> = {
  '8.1': { noun: '違法或不良資訊', ban: '帳號資訊中不能出現', todo: '請刪除這部分內容。', todoShort: '請刪除。' },
  '8.2': {
    noun: '黨政機關、企事業單位或人民團體的名稱',
    ban: '不能用來冒充該機構',
    todo: '請換一個名稱；如果你代表該機構，請先完成機構認證。',
    todoShort: '請換一個名稱。',
  },
  '8.3': {
    noun: '國家、地區或國際組織的名稱',
    ban: '不能用來冒充',
    todo: '請換一個名稱。',
    todoShort: '請換一個名稱。',
  },
  '8.4': {
    noun: '新聞媒體的名稱',
    ban: '不能用來冒充新聞媒體',
    todo: '請換一個名稱；如果你是新聞單位，請先完成認證。',
    todoShort: '請換一個名稱。',
  },
  '8.5': { noun: '重要地理名稱', ban: '不能用來冒充或惡意關聯', todo: '請刪除或換一種說法。', todoShort: '請刪除。' },
  '8.6': { noun: '引導聯絡的說法', ban: '帳號資訊中不能留聯絡方式或引流', todo: '請刪除。', todoShort: '請刪除。' },
  '8.7': { noun: '誇大、名不副實的說法', ban: '帳號資訊中不能使用', todo: '請刪除。', todoShort: '請刪除。' },
  'contact.phone': { noun: '手機號碼', ban: '帳號資訊中不能留聯絡方式', todo: '請刪除。', todoShort: '請刪除。' },
  'contact.qq': { noun: 'QQ 號', ban: '帳號資訊中不能留聯絡方式', todo: '請刪除。', todoShort: '請刪除。' },
  'contact.wechat': { noun: '微信號', ban: '帳號資訊中不能留聯絡方式', todo: '請刪除。', todoShort: '請刪除。' },
  'contact.account': {
    noun: '其他平台的帳號',
    ban: '帳號資訊中不能留聯絡方式',
    todo: '請刪除。',
    todoShort: '請刪除。',
  },
  'contact.url': { noun: '網址', ban: '帳號資訊中不能留網址', todo: '請刪除。', todoShort: '請刪除。' },
  'contact.email': { noun: '電子郵件地址', ban: '帳號資訊中不能留聯絡方式', todo: '請刪除。', todoShort: '請刪除。' },
  evasion: { noun: '', ban: '變形書寫也不能繞過審核', todo: '請換一個名稱。', todoShort: '請換一個名稱。' },
};

export const zhTW: Catalog = {
  ...zhCN,
  articles: zhTWArticles,
  via: {
    pinyin: '的拼音寫法',
    homophone: '的諧音寫法',
    separator: '的拆分寫法',
    confusable: '的形近字寫法',
    numeral: '的數字寫法',
    invisible: '夾帶隱形字元的寫法',
    compatibility: '的變體字寫法',
    bidi: '經方向控制字元重排的寫法',
  },
  strict: (m, t, cite, short) =>
    short
      ? `含${m}${t ? `（${t}）` : ''}的名稱需從嚴核驗（${cite}）。`
      : `含${m}${t ? `（即${t}）` : ''}的帳號名稱需要從嚴核驗（${cite}）。可以提交，平台會人工審核。`,
  profession: (m, label, cite, short) =>
    short
      ? `${m}表明${label}專業身分，需提交資質（${cite}）。`
      : `${m}表明你有${label}方面的專業身分（${cite}）。請提交相關資質；審核通過後，帳號會顯示「${label}」標識。`,
  entity: (entity, cite, short) =>
    short
      ? `名稱應與主體名稱「${entity}」一致（${cite}）。`
      : `機構帳號的名稱要與主體名稱「${entity}」一致（${cite}）。請使用主體名稱或其規範簡稱。`,
  closed: (m, cite, short) =>
    short
      ? `${m}是已關閉帳號的名稱（${cite}）。`
      : `${m}是已依法依約關閉的帳號名稱，不能再註冊（${cite}）。請換一個名稱。`,
  closedSimilar: (m, cite, short) =>
    short
      ? `${m}與已關閉帳號的名稱相近（${cite}）。`
      : `${m}與已關閉帳號的名稱相近，平台需要核驗註冊主體（${cite}）。可以提交，平台會人工審核。`,
  bidi: (m, t, cite, short) =>
    short
      ? `${m}經方向控制字元顯示為${t}（${cite}）。`
      : `${m}藉助方向控制字元在螢幕上顯示為${t}（${cite}）。請刪除方向控制字元，換一個名稱。`,
  length: (limit) => `太長了：最多 ${limit} 個字元。請刪減。`,
  engineError: '暫時無法完成預檢。可以提交，平台會再審核。',
  templates: {
    'contact.lure': '「{match}」在引導他人透過其他管道聯絡（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
    'contact.id':
      '「{match}」與招攬用語同在，看起來是其他管道的帳號（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
    'contact.code': '「{match}」與招攬用語同在，是聯絡方式的暗語（{cite}）。帳號資訊中不能留聯絡方式或引流，請刪除。',
    'image.symbol.national-flag': '圖片中含有國旗圖案（{cite}），依規定需從嚴核驗。可以提交，平台將人工審核。',
    'image.symbol.party-flag': '圖片中含有黨旗或黨徽圖案（{cite}），依規定需從嚴核驗。可以提交，平台將人工審核。',
    fallback: '「{match}」不符合帳號資訊管理規定（{cite}）。請修改。',
  },
};

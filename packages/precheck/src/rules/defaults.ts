/**
 * What a rule set gets that does not name a list of its own: the lists the engine held in code
 * before they became rule-set data. A rule set names lexicon categories instead (an `entityName`
 * rule's `suffixes`, the `contact` section); the default rule set (@mingzheng/rules-cn) carries
 * these very lists with their sources, in data/lexicons/account-suffix.json and contact-*.json.
 * Kept so that an older rule set behaves as it did.
 */

/** Account suffixes an entity account's name may carry, removed in this order, each once. */
export const DEFAULT_ACCOUNT_SUFFIXES: readonly string[] = [
  '官方账号',
  '官方帐号',
  '官方',
  '官微',
  '客服',
  '旗舰店',
  '服务号',
  '订阅号',
];

/** Top-level domains that mark a bare `name.tld` as an address. */
export const DEFAULT_TLDS: readonly string[] = (
  'com net org cn top xyz cc vip info io me co tv club site online shop app link ltd wang fun icu live pro biz ' +
  'asia mobi ink work tech store hk tw mo us uk jp kr ru de fr la ws so'
).split(' ');

/** Code words before a QQ number. */
export const DEFAULT_QQ_WORDS: readonly string[] = ['qq号', 'qq', '扣扣', '企鹅', '抠抠', '球球', 'q号', 'kk'];

/** Code words before a WeChat ID or number. */
export const DEFAULT_WECHAT_WORDS: readonly string[] = [
  '微信号',
  '微信',
  '威信',
  '薇信',
  '徽信',
  '维信',
  '围信',
  'v信',
  'vx',
  'wx',
  'weixin',
  'wechat',
  '加v',
  '加微',
  '薇:',
  'v:',
];

/** The products' own names among the code words: a detail after them is not disguised. */
export const DEFAULT_CONTACT_NAMES: readonly string[] = ['微信号', '微信', 'weixin', 'wechat', 'qq号', 'qq'];

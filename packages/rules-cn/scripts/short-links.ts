/**
 * The hosts of link shorteners (`contact-short-link`): a link on one hides where it leads, so the
 * contact detectors read it as an address whatever its top-level domain, and as a disguised one.
 * From data/sources/url-shorteners.txt (PeterDaveHello/url-shorteners, the active shorteners, one
 * host a line), a selection rather than the whole list of about 1,500 hosts: the hosts under .cn,
 * the mainland's own shorteners (t.cn, url.cn, 3.cn, m.tb.cn …), and the general-purpose public
 * shorteners anyone may use without an account (GENERAL). A host of GENERAL missing from the list
 * is an error, so the selection never names a host the list does not hold.
 */
import { readFileSync } from 'node:fs';
import type { Lexicon } from './index.js';

const GENERAL = [
  'suo.im',
  'sina.lt',
  'bit.ly',
  'tinyurl.com',
  'is.gd',
  'v.gd',
  'goo.gl',
  't.ly',
  'cutt.ly',
  'rb.gy',
  'tiny.cc',
  'shorturl.at',
  's.id',
  'u.nu',
];

export function lexicons(): Lexicon[] {
  const text = readFileSync(new URL('../data/sources/url-shorteners.txt', import.meta.url), 'utf8');
  const hosts = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const listed = new Set(hosts);
  const missing = GENERAL.filter((host) => !listed.has(host));
  if (missing.length > 0) throw new Error(`short-links: not in url-shorteners.txt: ${missing.join(', ')}`);
  const entries = [...new Set([...hosts.filter((host) => host.endsWith('.cn')), ...GENERAL])];
  return [
    {
      category: 'contact-short-link',
      article: '8.6',
      description:
        '短链接服务的域名：短链接藏起了真实去向，“域名/路径”即认作网址并视为变体规避，不看顶级域是否在 contact-tld 中。只供联系方式检测使用。',
      source:
        'PeterDaveHello/url-shorteners `list`（活跃短链接域名，commit 69dd70bd6bcee90fc14a87d6ea113a0ef6e33e80，2025-09-10，CC BY-SA 4.0）中 .cn 下的全部域名与通用公共短链接服务的选集',
      entries,
    },
  ];
}

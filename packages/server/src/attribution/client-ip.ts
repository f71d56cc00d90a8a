/**
 * Whose address is this request from? The peer of the connection, unless that peer is a proxy the
 * platform trusts: then X-Forwarded-For is read from right to left — each trusted proxy appended the
 * address it was connected from — and the first address that is not a trusted proxy is the client.
 * Whatever lies further left was written by the client itself and is never believed, so a client
 * cannot choose its own IP attribution.
 */
import { BlockList, isIPv4 } from 'node:net';
import { canonicalIp } from './ip.js';

/** Named groups a trusted-proxy list may use besides addresses and CIDR ranges. */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', 'fc00::/7'],
};

/** A set of trusted proxies. */
export interface TrustedProxies {
  has(ip: string): boolean;
}

/**
 * The trusted proxies of `entries`: addresses (`10.0.0.7`, `2001:db8::1`), CIDR ranges
 * (`10.0.0.0/8`, `2001:db8::/32`) and the groups `loopback`, `linklocal` and `private`
 * (RFC 1918, shared address space and unique local IPv6). Throws on anything else, so that a typo
 * fails at start-up rather than trusting nothing.
 */
export function trustedProxies(entries: readonly string[] = []): TrustedProxies {
  const list = new BlockList();
  const add = (entry: string) => {
    const [address = '', prefix, extra] = entry.trim().split('/');
    const ip = canonicalIp(address);
    const type = ip !== undefined && isIPv4(ip) ? 'ipv4' : 'ipv6';
    const bits = prefix === undefined ? (type === 'ipv4' ? 32 : 128) : Number(prefix);
    const valid =
      ip !== undefined &&
      extra === undefined &&
      (prefix === undefined || /^\d{1,3}$/.test(prefix)) &&
      bits <= (type === 'ipv4' ? 32 : 128);
    if (!valid) {
      throw new TypeError(
        `trusted proxy ${JSON.stringify(entry)} is not an IP address, a CIDR range or one of ${Object.keys(GROUPS).join(', ')}`,
      );
    }
    list.addSubnet(ip, bits, type);
  };
  for (const entry of entries) {
    const group = GROUPS[entry.trim().toLowerCase()];
    if (group) for (const range of group) add(range);
    else add(entry);
  }
  return {
    has(ip) {
      const canonical = canonicalIp(ip);
      return canonical !== undefined && list.check(canonical, isIPv4(canonical) ? 'ipv4' : 'ipv6');
    },
  };
}

/** An X-Forwarded-For element without its port: `1.2.3.4:5678` → `1.2.3.4`, `[2001:db8::1]:80` → `2001:db8::1`. */
function withoutPort(hop: string): string {
  const text = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) return bracketed[1];
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text);
  return v4?.[1] ?? text;
}

/**
 * The client's address: `remoteAddress` (the peer of the connection) unless it is a trusted proxy,
 * else the rightmost X-Forwarded-For address that is not one. Undefined when there is no usable
 * address: no peer, or a malformed X-Forwarded-For element reached through trusted proxies.
 */
export function clientIp(
  request: Request | Headers,
  remoteAddress: string | undefined,
  proxies: TrustedProxies,
): string | undefined {
  const peer = canonicalIp(remoteAddress);
  if (peer === undefined || !proxies.has(peer)) return peer;
  const headers = request instanceof Headers ? request : request.headers;
  const hops = (headers.get('x-forwarded-for') ?? '').split(',');
  if (hops.length === 1 && hops[0]?.trim() === '') return peer;
  let client = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = canonicalIp(withoutPort(hops[i] ?? ''));
    if (hop === undefined) return undefined;
    client = hop;
    if (!proxies.has(hop)) return hop;
  }
  // Every hop is a trusted proxy: the farthest one is the best we know.
  return client;
}

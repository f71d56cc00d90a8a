/** IP attribution (Art. 12): the client's address behind trusted proxies, and where it is. */
export { clientIp, type TrustedProxies, trustedProxies } from './client-ip.js';
export { canonicalIp, type IpKind, ipKind, maskIp } from './ip.js';
export {
  type AttributionResolver,
  createIp2RegionResolver,
  type Ip2RegionOptions,
  regionFromNames,
  regionFromPlace,
  resolveAttribution,
} from './ip2region.js';

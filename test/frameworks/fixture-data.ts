/** What the React and Vue fixtures show, and the tests expect: one public account and two IP attributions. */
import type { PublicAccountInfo } from '@mingzheng/elements/classes';
import type { AttributionRegion } from '@mingzheng/precheck/attribution';

/** An account with every Art. 13 field, attributed to Guangdong. */
export const ACCOUNT = {
  name: '科普小站',
  entity: '广州科普文化传播有限公司',
  address: '广东省广州市天河区',
  category: '科学普及',
  uscc: '91350100M000100Y43',
  contact: 'kepu@example.com',
  region: { province: '广东' },
  verified: '企业认证',
} satisfies PublicAccountInfo;

/** The badge's first region, 「IP属地：广东」, and the one a state change replaces it with, 「IP属地：美国」. */
export const GUANGDONG: AttributionRegion = { province: '广东' };
export const UNITED_STATES: AttributionRegion = { country: 'US' };

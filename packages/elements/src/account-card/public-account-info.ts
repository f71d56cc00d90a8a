/**
 * The public account information of Art. 13 of the Provisions: for accounts of public-account
 * operators, the account page shows 运营主体、注册运营地址、内容生产类别、统一社会信用代码、有效联系方式、
 * IP 地址归属地; the 2023 self-media notice adds the Art. 11 domain and credential labels and the
 * MCN institution.
 */
import type { AttributionRegion } from '@mingzheng/precheck/attribution';

/** An Art. 11 label: the professional domain and the credential the platform has verified. */
export interface Qualification {
  /** A domain key (`healthcare`, `law`, `finance`, `education`, `news`, `publishing`, `culture`) or a label. */
  domain: string;
  /** The credential: 「执业医师资格证」, 「律师执业证」. */
  credential?: string;
}

export interface PublicAccountInfo {
  /** The account name. */
  name: string;
  /** URL of the avatar. */
  avatar?: string;
  /** 运营主体: the operating entity. */
  entity?: string;
  /** 注册运营地址: the registered operating address. */
  address?: string;
  /** 内容生产类别: the content category. */
  category?: string;
  /** 统一社会信用代码: public, shown in full. */
  uscc?: string;
  /** 有效联系方式: an e-mail address, a phone number or other public contact. */
  contact?: string;
  /** IP 地址归属地: a region object, a country code or a province code or name. */
  region?: AttributionRegion | string;
  /** Art. 11 labels. */
  qualifications?: Qualification[];
  /** The MCN institution the account belongs to. */
  mcn?: string;
  /** The verified mark: a label such as 「企业认证」, or '' for the default 「已认证」. */
  verified?: string;
}

/** The Art. 13 fields a card must show; a missing one is a development warning. */
export const REQUIRED_PUBLIC_FIELDS = ['entity', 'address', 'category', 'uscc', 'contact', 'region'] as const;

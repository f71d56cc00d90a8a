/**
 * mz-account-card: the public information block of Art. 13 with the Art. 11 labels, the MCN
 * institution, the verified mark, the IP attribution (Art. 12) and the report button (Art. 19).
 * The accounts are fictional; the credit code is a test vector; the contact uses an example.com
 * address. The avatar is an inline SVG, so no story makes a network request.
 */
import type { PublicAccountInfo } from '@mingzheng/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { action } from 'storybook/actions';
import '@mingzheng/elements';

/** A round avatar: a river under a sun, drawn inline. */
const avatar = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">' +
    '<rect width="64" height="64" fill="#e8f1fb"/>' +
    '<circle cx="44" cy="20" r="9" fill="#f4a259"/>' +
    '<path d="M0 42 Q16 34 32 42 T64 42 V64 H0Z" fill="#2a9d8f"/>' +
    '<path d="M0 50 Q16 44 32 50 T64 50 V64 H0Z" fill="#264653"/>' +
    '</svg>',
)}`;

const full: PublicAccountInfo = {
  name: '闽江知行科普',
  avatar,
  entity: '福州闽江知行文化传播有限公司',
  address: '福建省福州市鼓楼区五四路 88 号知行大厦 12 层',
  category: '科普 · 健康',
  uscc: '91350100M000100Y43',
  contact: 'kefu@minjiang-zhixing.example.com',
  region: '350000',
  qualifications: [
    { domain: 'healthcare', credential: '执业医师资格证' },
    { domain: 'education', credential: '教师资格证' },
  ],
  mcn: '榕城星河文化传媒有限公司',
  verified: '企业认证',
};

interface AccountCardArgs {
  account: PublicAccountInfo;
  lang: string;
  width: string;
  headingLevel: number;
  reportHref: string;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<AccountCardArgs> = {
  title: 'Components/Account card',
  component: 'mz-account-card',
  args: {
    account: full,
    lang: '',
    width: '36rem',
    headingLevel: 2,
    reportHref: '',
    theme: '',
  },
  argTypes: {
    lang: {
      control: 'select',
      options: ['', 'zh-CN', 'zh-TW', 'en'],
      description: 'The `lang` around the component; empty follows the Locale switch in the toolbar.',
    },
    width: { control: 'inline-radio', options: ['20rem', '36rem'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => html`
    <div lang=${args.lang || nothing} style=${`max-inline-size: ${args.width}`}>
      <mz-account-card
        .account=${args.account}
        heading-level=${args.headingLevel}
        report-href=${args.reportHref || nothing}
        theme=${args.theme || nothing}
        @mz-report=${action('mz-report')}
      ></mz-account-card>
    </div>
  `,
};

export default meta;

type Story = StoryObj<AccountCardArgs>;

/** Every Art. 13 field, two Art. 11 labels, the MCN institution and the verified mark. */
export const Full: Story = {};

/**
 * A personal account with a name and an IP attribution only: the card leaves the missing rows out.
 * In development builds it also warns once on the console, naming the missing Art. 13 fields.
 */
export const Minimal: Story = {
  name: 'Minimal (missing fields)',
  args: { account: { name: '小林的日常', region: '440000' } },
};

/** The card shows the stored credit code as given, marked when its check character fails. */
export const InvalidUscc: Story = {
  name: 'Invalid credit code',
  args: { account: { ...full, uscc: '91350100M000100Y44' } },
};

/** The same card from attributes, qualifications as JSON; `verified` without a value reads 「已认证」. */
export const FromAttributes: Story = {
  name: 'From attributes',
  render: () => html`
    <div style="max-inline-size: 36rem">
      <mz-account-card
        name="沪上律谈"
        entity="上海沪上律谈信息咨询有限公司"
        address="上海市黄浦区南京东路 300 号 8 楼"
        category="法律 · 普法"
        uscc="91350100M000100Y43"
        contact="13800138000"
        region="310000"
        qualifications='[{"domain":"law","credential":"律师执业证"}]'
        verified
      ></mz-account-card>
    </div>
  `,
};

export const TraditionalChinese: Story = {
  name: 'Locale: zh-TW',
  args: {
    lang: 'zh-TW',
    account: {
      ...full,
      name: '閩江知行科普',
      entity: '福州閩江知行文化傳播有限公司',
      address: '福建省福州市鼓樓區五四路 88 號知行大廈 12 層',
      category: '科普 · 健康',
      qualifications: [
        { domain: 'healthcare', credential: '執業醫師資格證' },
        { domain: 'education', credential: '教師資格證' },
      ],
      mcn: '榕城星河文化傳媒有限公司',
      verified: '企業認證',
    },
  },
};

export const English: Story = {
  name: 'Locale: en',
  args: {
    lang: 'en',
    account: {
      ...full,
      name: 'Minjiang Science Talk',
      entity: 'Fuzhou Minjiang Zhixing Culture Communication Co., Ltd.',
      address: '12F, Zhixing Building, 88 Wusi Road, Gulou District, Fuzhou, Fujian',
      category: 'Popular science · Health',
      qualifications: [
        { domain: 'healthcare', credential: 'Medical practitioner licence' },
        { domain: 'education', credential: 'Teacher certificate' },
      ],
      mcn: 'Rongcheng Xinghe Media Co., Ltd.',
      verified: 'Organization verified',
    },
  },
};

/** In a 20rem sidebar the field names sit above their values (a container query on the card). */
export const Narrow: Story = {
  name: 'Narrow (20rem)',
  args: { width: '20rem' },
};

/** From 28rem the field names sit beside their values. */
export const Wide: Story = {
  name: 'Wide (40rem)',
  args: { width: '40rem' },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [
    (story) =>
      html`<div style="background: #141414; color-scheme: dark; padding: 1rem; border-radius: 0.5rem">
        ${story()}
      </div>`,
  ],
};

/** The `actions` slot holds the page's own buttons, beside the report button. */
export const WithActions: Story = {
  name: 'With actions slot',
  render: (args) => html`
    <div lang=${args.lang || nothing} style=${`max-inline-size: ${args.width}`}>
      <mz-account-card .account=${args.account} @mz-report=${action('mz-report')}>
        <button slot="actions" type="button" @click=${action('follow')}>关注</button>
        <button slot="actions" type="button" @click=${action('message')}>私信</button>
      </mz-account-card>
    </div>
  `,
};

/**
 * With `report-href` the report control is a link: the browser follows it unless a `mz-report`
 * listener calls preventDefault() (to open the page's own report dialog instead).
 */
export const ReportHref: Story = {
  name: 'Report link (report-href)',
  args: { reportHref: 'https://example.com/report?account=minjiang-zhixing' },
};

/**
 * mz-ip-badge: the IP attribution label of Art. 12 — the province for mainland accounts, the
 * country or region abroad, configurable labels for Hong Kong, Macau and Taiwan — in every locale,
 * with its explanation tooltip, and the unknown case where it renders nothing.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '@mingzheng/elements';
import type { MzIpBadge } from '@mingzheng/elements';

interface IpBadgeArgs {
  region: string;
  lang: string;
  hkLabel: string;
  moLabel: string;
  twLabel: string;
  noTooltip: boolean;
  theme: '' | 'light' | 'dark';
}

const meta: Meta<IpBadgeArgs> = {
  title: 'Components/IP badge',
  component: 'mz-ip-badge',
  args: {
    region: '440000',
    lang: '',
    hkLabel: '',
    moLabel: '',
    twLabel: '',
    noTooltip: false,
    theme: '',
  },
  argTypes: {
    region: { control: 'text', description: 'A province code or name (440000, 广东) or a country code (US, HK)' },
    lang: {
      control: 'select',
      options: ['', 'zh-CN', 'zh-TW', 'en'],
      description: 'The `lang` around the component; empty follows the Locale switch in the toolbar.',
    },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: (args) => html`
    <div lang=${args.lang || nothing}>
      <mz-ip-badge
        region=${args.region}
        hk-label=${args.hkLabel || nothing}
        mo-label=${args.moLabel || nothing}
        tw-label=${args.twLabel || nothing}
        theme=${args.theme || nothing}
        ?no-tooltip=${args.noTooltip}
      ></mz-ip-badge>
    </div>
  `,
};

export default meta;

type Story = StoryObj<IpBadgeArgs>;

/** A mainland account: the province, from its GB/T 2260 code. */
export const Guangdong: Story = {
  name: '广东 (440000)',
};

export const Beijing: Story = {
  name: '北京 (110000)',
  args: { region: '110000' },
};

/** Abroad: the country. */
export const UnitedStates: Story = {
  name: '美国 (US)',
  args: { region: 'US' },
};

/** Hong Kong with the default label 「中国香港」. */
export const HongKong: Story = {
  name: 'Hong Kong (default label)',
  args: { region: 'HK' },
};

/** Some platforms print 「香港」: `hk-label` replaces the default. */
export const HongKongCustomLabel: Story = {
  name: 'Hong Kong (hk-label="香港")',
  args: { region: 'HK', hkLabel: '香港' },
};

export const Macau: Story = {
  name: 'Macau (MO)',
  args: { region: 'MO' },
};

export const Taiwan: Story = {
  name: 'Taiwan (TW)',
  args: { region: 'TW' },
};

/** The `region` property takes an object, as the server's attribution lookup returns it. */
export const RegionObject: Story = {
  name: 'Region as an object',
  render: () => html`
    <div>
      <mz-ip-badge .region=${{ country: 'CN', province: '浙江' }}></mz-ip-badge>
    </div>
  `,
};

/** An unknown region renders nothing and takes no space; platforms omit the label rather than print 「未知」. */
export const Unknown: Story = {
  name: 'Unknown (renders nothing)',
  args: { region: 'ZZ' },
  render: (args) => html`
    <div lang=${args.lang || nothing}>
      <p style="margin: 0 0 0.5rem">region="${args.region}" 无法识别，徽章不渲染任何内容：</p>
      <p style="margin: 0; padding: 0.5rem; border: 1px dashed #8c8c8c; border-radius: 0.25rem">
        [<mz-ip-badge region=${args.region}></mz-ip-badge>]
      </p>
    </div>
  `,
};

export const TraditionalChinese: Story = {
  name: 'Locale: zh-TW',
  args: { lang: 'zh-TW' },
};

export const English: Story = {
  name: 'Locale: en',
  args: { lang: 'en' },
};

/** Without the tooltip the badge is plain text, not focusable. */
export const NoTooltip: Story = {
  name: 'Without tooltip',
  args: { noTooltip: true },
};

/** Focus (or hover) shows what the label means; Escape closes it. */
export const TooltipOpen: Story = {
  name: 'Tooltip open',
  render: (args) => html`
    <div lang=${args.lang || nothing} style="min-block-size: 9rem">
      <mz-ip-badge region=${args.region}></mz-ip-badge>
    </div>
  `,
  play: async ({ canvasElement }) => {
    const badge = canvasElement.querySelector('mz-ip-badge') as MzIpBadge;
    await badge.updateComplete;
    (badge.shadowRoot?.querySelector('[part="base"]') as HTMLElement | null)?.focus();
  },
};

/** The badges of a few regions side by side, as in a list of comments. */
const regions = (theme: string) => html`
  <div style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    ${['440000', '110000', 'US', 'HK', 'TW'].map(
      (region) => html`<mz-ip-badge region=${region} theme=${theme || nothing}></mz-ip-badge>`,
    )}
  </div>
`;

export const Regions: Story = {
  render: () => regions(''),
};

export const Dark: Story = {
  render: () => regions('dark'),
  decorators: [
    (story) =>
      html`<div style="background: #141414; color-scheme: dark; padding: 1rem; border-radius: 0.5rem">
        ${story()}
      </div>`,
  ],
};

/** The badge's design tokens: a brand-coloured, square-cornered badge and tooltip. */
export const CustomTokens: Story = {
  name: 'Custom tokens',
  render: (args) => html`
    <div lang=${args.lang || nothing}>
      <mz-ip-badge
        region=${args.region}
        style="
          --mz-badge-background: #e6f4ff;
          --mz-badge-color: #0b3d91;
          --mz-badge-border: 1px solid #91caff;
          --mz-badge-radius: 0.25rem;
          --mz-badge-padding: 0.125rem 0.625rem;
          --mz-badge-font-size: 0.875rem;
          --mz-tooltip-background: #0b3d91;
          --mz-tooltip-color: #ffffff;
          --mz-tooltip-width: 14rem;
        "
      ></mz-ip-badge>
    </div>
  `,
};

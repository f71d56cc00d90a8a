/** mz-ip-badge in Chromium: the label for each kind of region, locales, configuration, the tooltip. */
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/ip-badge.js';
import type { MzIpBadge } from '../src/ip-badge/ip-badge.js';

async function mount(template: unknown): Promise<MzIpBadge> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  const badge = host.querySelector('mz-ip-badge') as MzIpBadge;
  await badge.updateComplete;
  return badge;
}

const base = (badge: MzIpBadge) => badge.shadowRoot?.querySelector('[part="base"]') as HTMLElement | null;
const tooltip = (badge: MzIpBadge) => badge.shadowRoot?.querySelector('[part="tooltip"]') as HTMLElement | null;
/** The text a reader sees: the badge only (the tooltip is hidden until hover or focus). */
const shown = (badge: MzIpBadge) => base(badge)?.textContent ?? '';

describe('mz-ip-badge', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  for (const [region, label] of [
    ['440000', 'IP属地：广东'],
    ['110000', 'IP属地：北京'],
    ['US', 'IP属地：美国'],
    ['HK', 'IP属地：中国香港'],
    ['广东省', 'IP属地：广东'],
    ['310115', 'IP属地：上海'],
  ]) {
    it(`shows ${label} for ${region}`, async () => {
      const badge = await mount(html`<mz-ip-badge region=${region}></mz-ip-badge>`);
      expect(shown(badge)).to.equal(label);
      expect(badge.getBoundingClientRect().width).to.be.greaterThan(0);
    });
  }

  it('takes a region object as a property', async () => {
    const badge = await mount(html`<mz-ip-badge .region=${{ country: 'CN', province: '44' }}></mz-ip-badge>`);
    expect(shown(badge)).to.equal('IP属地：广东');
    badge.region = { country: 'JP' };
    await badge.updateComplete;
    expect(shown(badge)).to.equal('IP属地：日本');
  });

  it('uses the platform’s Hong Kong, Macau and Taiwan labels when configured', async () => {
    const badge = await mount(html`<mz-ip-badge region="HK" hk-label="香港"></mz-ip-badge>`);
    expect(shown(badge)).to.equal('IP属地：香港');
    badge.region = 'TW';
    badge.twLabel = '台湾';
    await badge.updateComplete;
    expect(shown(badge)).to.equal('IP属地：台湾');
  });

  for (const region of ['', 'ZZ', 'CN', '990000', '不存在的地方']) {
    it(`renders nothing and takes no space when the attribution is unknown (${JSON.stringify(region)})`, async () => {
      const badge = await mount(html`<mz-ip-badge region=${region}></mz-ip-badge>`);
      expect(base(badge)).to.equal(null);
      expect(badge.shadowRoot?.textContent?.trim()).to.equal('');
      expect(getComputedStyle(badge).display).to.equal('none');
      expect(badge.matches(':state(unknown)')).to.equal(true);
    });
  }

  it('speaks zh-TW and en', async () => {
    document.documentElement.lang = 'zh-TW';
    const badge = await mount(html`<mz-ip-badge region="440000"></mz-ip-badge>`);
    expect(shown(badge)).to.equal('IP屬地：廣東');
    expect(tooltip(badge)?.textContent).to.contain('第十二條');
    document.documentElement.lang = 'en';
    badge.requestUpdate();
    await badge.updateComplete;
    expect(shown(badge)).to.equal('IP location: Guangdong');
    badge.region = 'US';
    await badge.updateComplete;
    expect(shown(badge)).to.equal('IP location: United States');
    badge.region = 'HK';
    await badge.updateComplete;
    expect(shown(badge)).to.equal('IP location: Hong Kong, China');
  });

  it('explains itself in a tooltip on keyboard focus, described to screen readers, closed by Escape', async () => {
    const button = document.createElement('button');
    button.textContent = '之前';
    document.body.append(button);
    const badge = await mount(html`<mz-ip-badge region="440000"></mz-ip-badge>`);
    expect(tooltip(badge)?.hidden).to.equal(true);
    expect(base(badge)?.getAttribute('aria-describedby')).to.equal('tooltip');
    expect(tooltip(badge)?.getAttribute('role')).to.equal('tooltip');
    button.focus();
    await sendKeys({ press: 'Tab' });
    await badge.updateComplete;
    expect(badge.shadowRoot?.activeElement).to.equal(base(badge));
    expect(tooltip(badge)?.hidden).to.equal(false);
    expect(tooltip(badge)?.textContent).to.contain('第十二条');
    expect(badge.matches(':state(tooltip-open)')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await badge.updateComplete;
    expect(tooltip(badge)?.hidden).to.equal(true);
  });

  it('opens the tooltip on hover', async () => {
    const badge = await mount(html`<mz-ip-badge region="440000"></mz-ip-badge>`);
    badge.dispatchEvent(new MouseEvent('mouseenter'));
    await badge.updateComplete;
    expect(tooltip(badge)?.hidden).to.equal(false);
    badge.dispatchEvent(new MouseEvent('mouseleave'));
    await badge.updateComplete;
    expect(tooltip(badge)?.hidden).to.equal(true);
  });

  it('is not a tab stop with no-tooltip', async () => {
    const badge = await mount(html`<mz-ip-badge region="440000" no-tooltip></mz-ip-badge>`);
    expect(base(badge)?.hasAttribute('tabindex')).to.equal(false);
    expect(tooltip(badge)).to.equal(null);
  });

  it('is themed by tokens and parts', async () => {
    const style = document.createElement('style');
    style.textContent =
      'mz-ip-badge { --mz-badge-color: rgb(1, 2, 3); } mz-ip-badge::part(label) { font-weight: 700; }';
    document.head.append(style);
    try {
      const badge = await mount(html`<mz-ip-badge region="440000"></mz-ip-badge>`);
      expect(getComputedStyle(base(badge) as HTMLElement).color).to.equal('rgb(1, 2, 3)');
      const label = badge.shadowRoot?.querySelector('[part="label"]') as HTMLElement;
      expect(label.textContent).to.equal('广东');
      expect(getComputedStyle(label).fontWeight).to.equal('700');
    } finally {
      style.remove();
    }
  });
});

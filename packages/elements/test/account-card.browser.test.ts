/**
 * mz-account-card in Chromium: every Art. 13 field rendered, from an object or from attributes;
 * the report button reachable by keyboard and firing mz-report; only safe report, avatar and contact
 * URLs rendered; missing fields warned about in development without breaking the card; the layout
 * following the card's own width.
 */
import { sendKeys } from '@web/test-runner-commands';
import { expect } from 'chai';
import { html, render } from 'lit';
import type { MzAccountCard } from '../src/account-card/account-card.js';
import type { PublicAccountInfo } from '../src/account-card/public-account-info.js';
import '../src/define/account-card.js';
import type { MzReportEvent } from '../src/events/report-event.js';
import type { MzIpBadge } from '../src/ip-badge/ip-badge.js';

const ACCOUNT: PublicAccountInfo = {
  name: '杏林健康说',
  entity: '杭州杏林文化传媒有限公司',
  address: '浙江省杭州市西湖区文三路 90 号',
  category: '医疗健康科普',
  uscc: '91350100M000100Y43',
  contact: 'service@xinglin.example',
  region: '330000',
  qualifications: [{ domain: 'healthcare', credential: '执业医师资格证' }],
  mcn: '星河 MCN',
  verified: '企业认证',
};

async function mount(template: unknown): Promise<MzAccountCard> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  const card = host.querySelector('mz-account-card') as MzAccountCard;
  await card.updateComplete;
  const badge = card.shadowRoot?.querySelector('mz-ip-badge') as MzIpBadge | null;
  await badge?.updateComplete;
  return card;
}

/** The definition list as [term, value] pairs, in order. */
function rows(card: MzAccountCard): [string, string][] {
  return [...(card.shadowRoot?.querySelectorAll('.row') ?? [])].map((row) => [
    row.querySelector('dt')?.textContent?.trim() ?? '',
    row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
  ]);
}

const part = (card: MzAccountCard, name: string) => card.shadowRoot?.querySelector(`[part~="${name}"]`) as HTMLElement;
const badgeText = (card: MzAccountCard) =>
  (part(card, 'ip-badge') as MzIpBadge).shadowRoot?.querySelector('[part="base"]')?.textContent ?? '';

/** Collects console.warn calls while `body` runs. */
async function warnings(body: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('mz-account-card', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('renders every Art. 13 field from a typed object', async () => {
    const card = await mount(html`<mz-account-card .account=${ACCOUNT}></mz-account-card>`);
    expect(rows(card)).to.deep.equal([
      ['运营主体', '杭州杏林文化传媒有限公司'],
      ['注册运营地址', '浙江省杭州市西湖区文三路 90 号'],
      ['内容生产类别', '医疗健康科普'],
      ['统一社会信用代码', '91350100M000100Y43'],
      ['联系方式', 'service@xinglin.example'],
      ['MCN 机构', '星河 MCN'],
    ]);
    expect(badgeText(card)).to.equal('IP属地：浙江');
    expect(part(card, 'name').textContent).to.contain('杏林健康说');
    expect(part(card, 'name').getAttribute('role')).to.equal('heading');
    expect(part(card, 'verified').textContent?.trim()).to.equal('企业认证');
    expect(part(card, 'qualification').textContent?.trim()).to.equal('医疗卫生 · 执业医师资格证');
    expect(card.shadowRoot?.querySelector('a[href="mailto:service@xinglin.example"]')).to.not.equal(null);
    expect(card.missingFields).to.deep.equal([]);
  });

  it('renders from attributes, including qualifications as JSON', async () => {
    const card = await mount(html`<mz-account-card
      name="江城夜读"
      entity="武汉江城文化有限公司"
      address="湖北省武汉市江汉区解放大道 1 号"
      category="文化阅读"
      uscc="91350100M000100Y43"
      contact="027-8888 6666"
      region="420000"
      mcn="长江 MCN"
      verified
      qualifications='[{"domain":"education","credential":"教师资格证"}]'
    ></mz-account-card>`);
    expect(rows(card).map(([term]) => term)).to.deep.equal([
      '运营主体',
      '注册运营地址',
      '内容生产类别',
      '统一社会信用代码',
      '联系方式',
      'MCN 机构',
    ]);
    expect(badgeText(card)).to.equal('IP属地：湖北');
    expect(part(card, 'verified').textContent?.trim()).to.equal('已认证');
    expect(part(card, 'qualification').textContent?.trim()).to.equal('教育 · 教师资格证');
    expect(card.shadowRoot?.querySelector('a[href="tel:02788886666"]')?.textContent).to.equal('027-8888 6666');
    expect(card.account).to.deep.include({ name: '江城夜读', region: '420000', verified: '' });
  });

  it('shows the credit code in full and marks one whose check character is wrong', async () => {
    const card = await mount(
      html`<mz-account-card .account=${{ ...ACCOUNT, uscc: '91350100M000100Y44' }}></mz-account-card>`,
    );
    const [, value] = rows(card).find(([term]) => term === '统一社会信用代码') ?? [];
    expect(value).to.equal('91350100M000100Y44 （代码校验未通过）');
  });

  it('fires mz-report from a report button reached with the keyboard', async () => {
    const card = await mount(html`<mz-account-card .account=${ACCOUNT}></mz-account-card>`);
    const reports: PublicAccountInfo[] = [];
    document.body.addEventListener('mz-report', (event: MzReportEvent) => reports.push(event.account));
    card.shadowRoot?.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')?.focus();
    await sendKeys({ press: 'Tab' });
    const focused = card.shadowRoot?.activeElement as HTMLElement;
    expect(focused.getAttribute('part')).to.equal('report');
    expect(focused.textContent?.trim()).to.equal('举报');
    expect(focused.getAttribute('aria-label')).to.equal('举报账号“杏林健康说”');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Space' });
    expect(reports).to.have.length(2);
    expect(reports[0]).to.deep.include({ name: '杏林健康说', uscc: '91350100M000100Y43' });
  });

  it('follows report-href unless a listener cancels mz-report', async () => {
    const card = await mount(html`<mz-account-card .account=${ACCOUNT} report-href="#report"></mz-account-card>`);
    const link = part(card, 'report') as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    card.addEventListener('mz-report', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(location.hash).to.equal('');
    link.click();
    expect(location.hash).to.equal('#report');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('renders a report-href it does not accept as the plain report button, and warns in development', async () => {
    const reports: PublicAccountInfo[] = [];
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
    ]) {
      let card: MzAccountCard | undefined;
      const seen = await warnings(async () => {
        card = await mount(html`<mz-account-card .account=${ACCOUNT} report-href=${href}></mz-account-card>`);
      });
      const report = part(card as MzAccountCard, 'report');
      expect(report.tagName, JSON.stringify(href)).to.equal('BUTTON');
      expect(report.hasAttribute('href')).to.equal(false);
      expect(seen.join('\n')).to.contain('<mz-account-card> report-href').and.contain(JSON.stringify(href));
      card?.addEventListener('mz-report', (event: MzReportEvent) => reports.push(event.account));
      report.click();
      document.body.replaceChildren();
    }
    expect(reports).to.have.length(5);
  });

  it('links report-href when it is http(s), relative, mailto: or tel:', async () => {
    for (const [href, expected] of [
      ['https://jubao.example/report?id=42', 'https://jubao.example/report?id=42'],
      ['/report', new URL('/report', document.baseURI).href],
      ['mailto:jubao@platform.example', 'mailto:jubao@platform.example'],
      ['tel:12377', 'tel:12377'],
    ]) {
      const card = await mount(html`<mz-account-card .account=${ACCOUNT} report-href=${href}></mz-account-card>`);
      expect(part(card, 'report').getAttribute('href'), href).to.equal(expected);
      document.body.replaceChildren();
    }
  });

  it('shows the initial instead of an avatar URL it does not accept', async () => {
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
    const avatarOf = async (avatar: string) => {
      const card = await mount(html`<mz-account-card .account=${{ ...ACCOUNT, avatar }}></mz-account-card>`);
      const shown = part(card, 'avatar');
      document.body.replaceChildren();
      return shown.tagName === 'IMG' ? (shown as HTMLImageElement).getAttribute('src') : shown.textContent;
    };
    const seen = await warnings(async () => {
      expect(await avatarOf('javascript:alert(1)')).to.equal('杏');
      expect(await avatarOf(' JAVA\nSCRIPT:alert(1)')).to.equal('杏');
      expect(await avatarOf('data:text/html,<script>alert(1)</script>')).to.equal('杏');
    });
    expect(seen).to.have.length(3);
    expect(seen[0]).to.contain('<mz-account-card> avatar');
    expect(await avatarOf('https://cdn.example/a.png')).to.equal('https://cdn.example/a.png');
    expect(await avatarOf(png)).to.equal(png);
    // An SVG as an image runs no script (xss.browser.test.ts checks it with script inside): shown.
    const svg = 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E';
    expect(await avatarOf(svg)).to.equal(svg);
  });

  it('makes a link only of a plain e-mail address or phone number', async () => {
    const contactOf = async (contact: string) => {
      const card = await mount(html`<mz-account-card .account=${{ ...ACCOUNT, contact }}></mz-account-card>`);
      const link = card.shadowRoot?.querySelector('dd a');
      const value = rows(card).find(([term]) => term === '联系方式')?.[1];
      document.body.replaceChildren();
      return { href: link?.getAttribute('href') ?? null, value };
    };
    expect(await contactOf('a@b.example')).to.deep.equal({ href: 'mailto:a@b.example', value: 'a@b.example' });
    // Headers smuggled into the mail the link would open: shown as text, not linked.
    const smuggled = 'a@b.example?subject=x&body=y';
    expect(await contactOf(smuggled)).to.deep.equal({ href: null, value: smuggled });
    expect(await contactOf('javascript:alert(1)//@b.example')).to.deep.equal({
      href: 'mailto:javascript:alert(1)//@b.example',
      value: 'javascript:alert(1)//@b.example',
    });
    expect(await contactOf('javascript:alert(1)')).to.deep.equal({ href: null, value: 'javascript:alert(1)' });
  });

  it('warns in development about missing Art. 13 fields, once, and still renders the rest', async () => {
    let card: MzAccountCard | undefined;
    const seen = await warnings(async () => {
      card = await mount(html`<mz-account-card name="小号" category="生活"></mz-account-card>`);
      card.requestUpdate();
      await card.updateComplete;
    });
    expect(seen).to.have.length(1);
    expect(seen[0]).to.contain('entity, address, uscc, contact, region');
    expect(rows(card as MzAccountCard)).to.deep.equal([['内容生产类别', '生活']]);
    expect(part(card as MzAccountCard, 'report')).to.not.equal(null);
    expect(part(card as MzAccountCard, 'labels')).to.equal(null);
  });

  it('renders nothing as HTML: markup in the data stays text', async () => {
    const card = await mount(
      html`<mz-account-card .account=${{ ...ACCOUNT, name: '<img src=x onerror=alert(1)>' }}></mz-account-card>`,
    );
    expect(card.shadowRoot?.querySelectorAll('img').length).to.equal(0);
    expect(part(card, 'name').textContent).to.contain('<img src=x onerror=alert(1)>');
  });

  it('speaks zh-TW and en', async () => {
    document.documentElement.lang = 'zh-TW';
    const card = await mount(html`<mz-account-card .account=${ACCOUNT}></mz-account-card>`);
    expect(rows(card)[0]?.[0]).to.equal('營運主體');
    expect(part(card, 'report').textContent?.trim()).to.equal('檢舉');
    expect(part(card, 'qualification').textContent?.trim()).to.equal('醫療衛生 · 执业医师资格证');
    document.documentElement.lang = 'en';
    card.requestUpdate();
    await card.updateComplete;
    expect(rows(card).map(([term]) => term)).to.deep.equal([
      'Operating entity',
      'Registered address',
      'Content category',
      'Unified social credit code',
      'Contact',
      'MCN institution',
    ]);
    expect(part(card, 'report').textContent?.trim()).to.equal('Report');
  });

  it('puts field names above their values when narrow and beside them when wide', async () => {
    const card = await mount(
      html`<div style="width: 18rem"><mz-account-card .account=${ACCOUNT}></mz-account-card></div>`,
    );
    const row = () => card.shadowRoot?.querySelector('.row') as HTMLElement;
    const layout = () => {
      const term = row().querySelector('dt')?.getBoundingClientRect();
      const value = row().querySelector('dd')?.getBoundingClientRect();
      return term && value && value.top >= term.bottom - 1 ? 'stacked' : 'side by side';
    };
    expect(layout()).to.equal('stacked');
    // Reading the layout recomputes style, container queries included: no frame to wait for.
    (card.parentElement as HTMLElement).style.width = '40rem';
    expect(layout()).to.equal('side by side');
  });
});

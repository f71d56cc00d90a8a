/**
 * Every element follows its language live: `<html lang>`, an ancestor's `lang` or its own, switched
 * at runtime, re-render every message at once; an element nested in another's shadow root (the IP
 * badge in the account card) follows its host; zh-TW names rule-set terms in traditional
 * characters; the regulation's title is written the same way by every element.
 */
import type { RuleSet } from '@mingzheng/precheck';
import { defaultRuleSet } from '@mingzheng/rules-cn';
import testRuleSetJson from '@mingzheng/tooling/test-ruleset.json' with { type: 'json' };
import { expect } from 'chai';
import { html, render } from 'lit';
import '../src/define/account-card.js';
import '../src/define/identity-field.js';
import '../src/define/ip-badge.js';
import '../src/define/name-field.js';
import '../src/define/profile-editor.js';
import type { MzAccountCard } from '../src/account-card/account-card.js';
import type { MzIdentityField } from '../src/identity-field/identity-field.js';
import { REGULATION_TITLE } from '../src/internal/regulation.messages.js';
import { loadTraditional } from '../src/internal/traditional.js';
import type { MzIpBadge } from '../src/ip-badge/ip-badge.js';
import type { MzNameField } from '../src/name-field/name-field.js';
import type { MzProfileEditor } from '../src/profile-editor/profile-editor.js';

const testRuleSet = testRuleSetJson as unknown as RuleSet;

async function mount(template: unknown): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  render(template, host);
  for (const field of host.querySelectorAll<MzNameField | MzProfileEditor>('mz-name-field, mz-profile-editor')) {
    await field.ready;
  }
  return host;
}

/** Waits for the MutationObserver's records and the updates they ask for. */
async function settle(...elements: { updateComplete: Promise<boolean> }[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => element.updateComplete));
}

/** Waits (up to 5 s) until `done()`: a locale's words load on the first switch to it, then every element re-renders. */
async function until(done: () => boolean): Promise<void> {
  const deadline = performance.now() + 5000;
  while (!done() && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (element: Element, selector: string) => element.shadowRoot?.querySelector(selector) ?? null;
const badgeIn = (card: MzAccountCard) => shadow(card, 'mz-ip-badge') as MzIpBadge;

describe('live language', () => {
  afterEach(() => {
    document.body.replaceChildren();
    document.documentElement.removeAttribute('lang');
  });

  it('re-renders every element when <html lang> changes at runtime', async () => {
    const host = await mount(html`
      <mz-name-field show-feedback value="新华社" .ruleSet=${testRuleSet}></mz-name-field>
      <mz-identity-field name="phone"></mz-identity-field>
      <mz-ip-badge region="350000"></mz-ip-badge>
      <mz-account-card name="小王" region="350000" entity="某公司"></mz-account-card>
      <mz-profile-editor .ruleSet=${testRuleSet}></mz-profile-editor>
    `);
    const field = host.querySelector('mz-name-field') as MzNameField;
    const identity = host.querySelector('mz-identity-field') as MzIdentityField;
    const badge = host.querySelector('mz-ip-badge') as MzIpBadge;
    const card = host.querySelector('mz-account-card') as MzAccountCard;
    const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
    const all = [field, identity, badge, card, editor, badgeIn(card)];
    await settle(...all);
    expect(text(shadow(field, 'label'))).to.equal('账号名称');
    expect(text(shadow(field, '[part="feedback"]'))).to.contain('新闻媒体的名称');
    expect(text(shadow(badge, '[part="base"]'))).to.equal('IP属地：福建');

    document.documentElement.lang = 'en';
    await settle(...all);
    expect(text(shadow(field, 'label'))).to.equal('Account name');
    await until(() => text(shadow(field, '[part="feedback"]')).includes('news outlet'));
    expect(text(shadow(field, '[part="feedback"]'))).to.contain('the name of a news outlet');
    expect(field.validationMessage).to.equal('The name does not meet the rules; see the explanation below.');
    expect(text(shadow(identity, 'label'))).to.contain('Mobile');
    expect(text(shadow(badge, '[part="base"]'))).to.equal('IP location: Fujian');
    expect(text(shadow(card, '[part="report"]'))).to.equal('Report');
    expect(text(shadow(badgeIn(card), '[part="base"]'))).to.equal('IP location: Fujian');
    expect(text(shadow(editor, '[part="legend"]'))).to.equal('Account information');

    document.documentElement.lang = 'zh-TW';
    await settle(...all);
    expect(text(shadow(field, 'label'))).to.equal('帳號名稱');
    await until(() => text(shadow(field, '[part="feedback"]')).includes('新聞媒體'));
    expect(text(shadow(field, '[part="feedback"]'))).to.contain('新聞媒體的名稱');
    expect(text(shadow(badge, '[part="base"]'))).to.equal('IP屬地：福建');
    expect(text(shadow(card, '[part="report"]'))).to.equal('檢舉');
    expect(text(shadow(editor, '[part="legend"]'))).to.equal('帳號資訊');
  });

  it('follows an ancestor’s lang and the element’s own, changed at runtime; its own wins', async () => {
    const host = await mount(
      html`<div lang="zh-CN"><mz-name-field show-feedback value="新华社" .ruleSet=${testRuleSet}></mz-name-field></div>`,
    );
    const wrapper = host.firstElementChild as HTMLElement;
    const field = host.querySelector('mz-name-field') as MzNameField;
    wrapper.lang = 'en';
    await settle(field);
    expect(text(shadow(field, 'label'))).to.equal('Account name');
    field.lang = 'zh-TW';
    await settle(field);
    expect(text(shadow(field, 'label'))).to.equal('帳號名稱');
    wrapper.lang = 'zh-CN';
    await settle(field);
    expect(text(shadow(field, 'label')), 'its own lang wins').to.equal('帳號名稱');
    field.removeAttribute('lang');
    await settle(field);
    expect(text(shadow(field, 'label'))).to.equal('账号名称');
  });

  it('shows the IP badge inside the account card in the card’s language, and follows it', async () => {
    const host = await mount(html`
      <mz-account-card lang="zh-TW" name="小王" region="350000"></mz-account-card>
      <mz-account-card lang="en" name="Wang" region="350000"></mz-account-card>
    `);
    const [tw, en] = [...host.querySelectorAll('mz-account-card')] as MzAccountCard[];
    if (!tw || !en) throw new Error('two cards');
    await settle(tw, en, badgeIn(tw), badgeIn(en));
    expect(text(shadow(badgeIn(tw), '[part="base"]'))).to.equal('IP屬地：福建');
    expect(text(shadow(badgeIn(en), '[part="base"]'))).to.equal('IP location: Fujian');
    tw.lang = 'zh-CN';
    await settle(tw, badgeIn(tw));
    expect(text(shadow(badgeIn(tw), '[part="base"]'))).to.equal('IP属地：福建');
  });

  it('quotes the user’s characters and names the protected term in traditional characters in zh-TW', async () => {
    await loadTraditional();
    const host = await mount(
      html`<mz-name-field lang="zh-TW" show-feedback value="xinhuashe" .ruleSet=${defaultRuleSet}></mz-name-field>`,
    );
    const field = host.querySelector('mz-name-field') as MzNameField;
    await settle(field);
    const feedback = text(shadow(field, '[part="feedback"]'));
    expect(feedback).to.contain('「xinhuashe」').and.to.contain('「新華社」').and.to.contain('拼音寫法');
    expect(feedback).to.not.contain('新华社');
  });

  it('writes the regulation’s title one way per language in every element', async () => {
    const host = await mount(html`<div lang="zh-TW">
      <mz-ip-badge region="350000"></mz-ip-badge>
      <mz-profile-editor kind="professional" .ruleSet=${testRuleSet}></mz-profile-editor>
    </div>`);
    const badge = host.querySelector('mz-ip-badge') as MzIpBadge;
    const editor = host.querySelector('mz-profile-editor') as MzProfileEditor;
    await settle(badge, editor);
    const title = REGULATION_TITLE['zh-TW'];
    expect(text(shadow(badge, '[part="tooltip"]'))).to.contain(title);
    expect(text(shadow(editor, '#qualification-hint'))).to.contain(title);
    expect(text(shadow(editor, '#qualification-hint'))).to.not.contain('帳號資訊管理規定');
  });
});

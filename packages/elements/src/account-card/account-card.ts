/**
 * `mz-account-card`: the public account information block of Art. 13 — operating entity,
 * registered operating address, content category, unified social credit code, contact and IP
 * attribution (an `mz-ip-badge`, which must be registered too: `define/account-card.js` does both) —
 * with the Art. 11 domain and credential labels, the MCN institution, the verified
 * mark and a 举报 button (Art. 19). It renders from a typed object (`account`) or from attributes.
 *
 * A card never breaks on missing data: a missing Art. 13 field leaves its row out and, in
 * development builds, warns once on the console, naming the fields. An invalid credit code is
 * shown as given, marked, because the card displays what the platform stored.
 */
import { validateUscc } from '@mingzheng/precheck/identity';
import type { Locale } from '@mingzheng/precheck/locale';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { MzReportEvent } from '../events/report-event.js';
import { DEV_MODE } from '../internal/dev-mode.js';
import { localeOf } from '../internal/host.js';
import { LocaleController } from '../internal/locale-controller.js';
import { professionLabel } from '../internal/professions.js';
import { safeImageUrl, safeLinkUrl } from '../internal/safe-url.js';
import { cardMessages } from './account-card.messages.js';
import { accountCardStyles } from './account-card.styles.js';
import { type PublicAccountInfo, type Qualification, REQUIRED_PUBLIC_FIELDS } from './public-account-info.js';

/** No `?`, `#` or `&`: they would add headers (cc, body) to the mail the link opens. */
const EMAIL = /^[^\s@?#&]+@[^\s@?#&]+\.[^\s@?#&]+$/;
const PHONE = /^\+?[\d\s()-]{5,20}$/;
/** The text properties, empty when unset. */
const TEXT_FIELDS = [
  'name',
  'avatar',
  'entity',
  'address',
  'category',
  'uscc',
  'contact',
  'mcn',
  'reportHref',
  'hkLabel',
  'moLabel',
  'twLabel',
] as const;

/**
 * @summary The public information block of an account (Art. 13), with its IP attribution, Art. 11
 * labels, verified mark and a report button.
 *
 * @dependency mz-ip-badge
 *
 * @slot actions - Extra actions beside the report button (follow, message).
 *
 * @event {MzReportEvent} mz-report - The report button was pressed; `event.account` is the card's account. Cancelable: when not cancelled and `report-href` is set, the browser follows it.
 *
 * @csspart base - The card.
 * @csspart header - Avatar, name, verified mark and labels.
 * @csspart avatar - The avatar image, or the initial when there is none.
 * @csspart name - The account name (a heading).
 * @csspart verified - The verified mark.
 * @csspart labels - The Art. 11 labels and the IP attribution.
 * @csspart qualification - One Art. 11 label.
 * @csspart ip-badge - The `mz-ip-badge`.
 * @csspart details - The list of Art. 13 fields.
 * @csspart term - A field's name.
 * @csspart value - A field's value.
 * @csspart footer - The actions.
 * @csspart report - The report button (or link, with `report-href`).
 *
 * @cssproperty --mz-font - Font of the card.
 * @cssproperty --mz-color-text - Text colour.
 * @cssproperty --mz-color-hint - Colour of the field names.
 * @cssproperty --mz-card-background - Background of the card.
 * @cssproperty --mz-card-border - Border of the card.
 * @cssproperty --mz-card-radius - Corner radius of the card.
 * @cssproperty --mz-card-padding - Padding of the card.
 * @cssproperty --mz-card-shadow - Shadow of the card.
 * @cssproperty --mz-avatar-size - Size of the avatar.
 * @cssproperty --mz-color-verified - Colour of the verified mark.
 * @cssproperty --mz-color-label - Text colour of the Art. 11 labels.
 * @cssproperty --mz-color-label-background - Background of the Art. 11 labels.
 * @cssproperty --mz-color-error - Colour of the invalid-code note.
 * @cssproperty --mz-color-report - Colour of the report button.
 * @cssproperty --mz-focus-ring - Outline of focused controls.
 */
export class MzAccountCard extends LitElement {
  static override styles = accountCardStyles;

  /** The account name. */
  @property() name = '';

  /** URL of the avatar: http(s), relative, `blob:` or an image `data:` URL; any other is not shown. */
  @property() avatar = '';

  /** 运营主体: the operating entity. */
  @property() entity = '';

  /** 注册运营地址: the registered operating address. */
  @property() address = '';

  /** 内容生产类别: the content category. */
  @property() category = '';

  /** 统一社会信用代码: validated, and shown in full (it is public). */
  @property() uscc = '';

  /** 有效联系方式: an e-mail address or phone number becomes a link. */
  @property() contact = '';

  /** IP 地址归属地: as for `mz-ip-badge` — `{ country, province }`, a country code or a province code or name. */
  @property() region?: PublicAccountInfo['region'];

  /** Art. 11 labels, as an array or as a JSON attribute: `[{"domain":"healthcare","credential":"执业医师资格证"}]`. */
  @property({ type: Array }) qualifications: Qualification[] = [];

  /** The MCN institution. */
  @property() mcn = '';

  /** The verified mark: present to show it; its value is the label (「企业认证」), empty for 「已认证」. */
  @property() verified?: string;

  /** The heading level of the account name, 1–6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * Where the report button leads when no listener cancels `mz-report`: an http(s), relative,
   * `mailto:` or `tel:` URL. A button only when unset or any other URL (`javascript:` …).
   */
  @property({ attribute: 'report-href' }) reportHref = '';

  /** Labels for Hong Kong, Macau and Taiwan, passed to the IP badge. */
  @property({ attribute: 'hk-label' }) hkLabel = '';
  @property({ attribute: 'mo-label' }) moLabel = '';
  @property({ attribute: 'tw-label' }) twLabel = '';

  private warned = '';

  /** Re-renders when the language that applies to the element changes. */
  protected readonly localization = new LocaleController(this);

  /** All the fields as one object; setting it sets each field (fields it lacks are cleared). */
  get account(): PublicAccountInfo {
    const account: PublicAccountInfo = { name: this.name };
    for (const key of ['avatar', 'entity', 'address', 'category', 'uscc', 'contact', 'mcn'] as const) {
      if (this[key]) account[key] = this[key];
    }
    if (this.region !== undefined && this.region !== '') account.region = this.region;
    if (this.qualifications.length > 0) account.qualifications = this.qualifications;
    if (this.verified !== undefined && this.verified !== null) account.verified = this.verified;
    return account;
  }
  set account(account: PublicAccountInfo | undefined) {
    const next = account ?? { name: '' };
    this.name = next.name ?? '';
    this.avatar = next.avatar ?? '';
    this.entity = next.entity ?? '';
    this.address = next.address ?? '';
    this.category = next.category ?? '';
    this.uscc = next.uscc ?? '';
    this.contact = next.contact ?? '';
    this.region = next.region;
    this.qualifications = next.qualifications ?? [];
    this.mcn = next.mcn ?? '';
    this.verified = next.verified;
  }

  /** The language of the nearest `lang` attribute, zh-CN by default. */
  get locale(): Locale {
    return localeOf(this);
  }

  /** The Art. 13 fields this card lacks. */
  get missingFields(): string[] {
    return REQUIRED_PUBLIC_FIELDS.filter((key) => {
      const value = this[key];
      return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    });
  }

  /**
   * A property set to `undefined` is unset: it takes its default again. The React wrappers
   * (@lit/react) do this with a prop that is no longer passed.
   */
  override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    for (const key of TEXT_FIELDS) this[key] ??= '';
    this.qualifications ??= [];
    this.headingLevel ??= 2;
  }

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!DEV_MODE) return;
    const missing = this.missingFields;
    const key = missing.join(',');
    if (key !== this.warned && missing.length > 0) {
      console.warn(
        `<mz-account-card> "${this.name}": Art. 13 of the Provisions asks a public account page to show ` +
          `${missing.join(', ')}; the card leaves these rows out. (This warning is left out of production builds.)`,
      );
    }
    this.warned = key;
  }

  private handleReport(event: Event): void {
    const report = new MzReportEvent(this.account);
    this.dispatchEvent(report);
    if (report.defaultPrevented) event.preventDefault();
  }

  private renderHeading(content: unknown) {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div part="name" id="name" role="heading" aria-level=${level}>${content}</div>`;
  }

  /** An e-mail address or a phone number becomes a link; anything else (a URL, a WeChat ID) stays text. */
  private renderContact(contact: string) {
    const text = contact.trim();
    const href = EMAIL.test(text)
      ? safeLinkUrl(`mailto:${text}`, { schemes: ['mailto:'], source: '<mz-account-card> contact' })
      : PHONE.test(text)
        ? safeLinkUrl(`tel:${text.replace(/[\s()-]/g, '')}`, { schemes: ['tel:'], source: '<mz-account-card> contact' })
        : undefined;
    return href ? html`<a href=${href}>${text}</a>` : text;
  }

  private renderRow(term: string, value: unknown) {
    return html`<div class="row"><dt part="term">${term}</dt><dd part="value">${value}</dd></div>`;
  }

  override render() {
    const messages = cardMessages(this.locale);
    const name = this.name.trim();
    const initial = [...name][0] ?? '';
    const uscc = this.uscc.trim();
    const usccValid = uscc === '' || validateUscc(uscc).valid;
    const verified = this.verified !== undefined && this.verified !== null;
    const qualifications = this.qualifications.filter((item) => item && typeof item.domain === 'string');
    const region = this.region === '' ? undefined : this.region;
    // Only URLs internal/safe-url.ts accepts are rendered; any other falls back to the initial and to
    // the report button, with a development warning.
    const avatar = safeImageUrl(this.avatar, { source: '<mz-account-card> avatar' });
    const reportHref = safeLinkUrl(this.reportHref, { source: '<mz-account-card> report-href' });
    return html`
      <article part="base" aria-labelledby="name">
        <header part="header">
          ${
            avatar
              ? html`<img part="avatar" src=${avatar} alt="" />`
              : html`<span part="avatar" class="initial" aria-hidden="true">${initial}</span>`
          }
          <div class="identity">
            ${this.renderHeading(
              html`<span class="account-name">${name}</span>${
                verified
                  ? html`<span part="verified" class="verified"
                      ><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <path d="M8 0l2 2.2 3-.2.2 3L16 8l-2.8 3 .2 2.8-3-.2L8 16l-2.4-2.4-3 .2.2-3L0 8l2.8-3-.2-3 3 .2z" />
                        <path class="tick" d="M4.5 8.2l2.3 2.3 4.7-4.8" />
                      </svg>
                      ${this.verified || messages.verified}</span
                    >`
                  : nothing
              }`,
            )}
            ${
              qualifications.length > 0 || region !== undefined
                ? html`<div part="labels">
              ${qualifications.map(
                (item) =>
                  html`<span part="qualification" class="qualification"
                    >${professionLabel(item.domain, this.locale)}${item.credential ? html` · ${item.credential}` : nothing}</span
                  >`,
              )}
              <mz-ip-badge
                part="ip-badge"
                .region=${region}
                hk-label=${this.hkLabel || nothing}
                mo-label=${this.moLabel || nothing}
                tw-label=${this.twLabel || nothing}
              ></mz-ip-badge>
            </div>`
                : nothing
            }
          </div>
        </header>
        <dl part="details">
          ${this.entity ? this.renderRow(messages.entity, this.entity) : nothing}
          ${this.address ? this.renderRow(messages.address, this.address) : nothing}
          ${this.category ? this.renderRow(messages.category, this.category) : nothing}
          ${
            uscc
              ? this.renderRow(
                  messages.uscc,
                  html`<span class="code">${uscc}</span>${
                    usccValid ? nothing : html` <span class="invalid">（${messages.usccInvalid}）</span>`
                  }`,
                )
              : nothing
          }
          ${this.contact ? this.renderRow(messages.contact, this.renderContact(this.contact)) : nothing}
          ${this.mcn ? this.renderRow(messages.mcn, this.mcn) : nothing}
        </dl>
        <footer part="footer">
          <slot name="actions"></slot>
          ${
            reportHref
              ? html`<a part="report" class="report" href=${reportHref} aria-label=${messages.reportLabel(name)} @click=${this.handleReport}
                  >${messages.report}</a
                >`
              : html`<button part="report" class="report" type="button" aria-label=${messages.reportLabel(name)} @click=${this.handleReport}>
                  ${messages.report}
                </button>`
          }
        </footer>
      </article>
    `;
  }
}

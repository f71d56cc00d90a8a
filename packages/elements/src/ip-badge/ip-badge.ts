/**
 * `mz-ip-badge`: the IP attribution label of an account page (Provisions, Art. 12) —
 * 「IP属地：广东」. The label comes from the engine's `formatAttribution` (mainland accounts to the
 * province, accounts abroad to the country or region, configurable Hong Kong / Macau / Taiwan
 * labels). When the attribution is unknown the badge renders nothing and takes no space, as
 * platforms omit the label rather than print "unknown".
 */
import { type Attribution, type AttributionRegion, formatAttribution } from '@mingzheng/precheck/attribution';
import type { Locale } from '@mingzheng/precheck/locale';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localeOf, toggleState } from '../internal/host.js';
import { LocaleController } from '../internal/locale-controller.js';
import { citeFull } from '../internal/regulation.messages.js';
import { ipBadgeStyles } from './ip-badge.styles.js';

const TOOLTIP: Readonly<Record<Locale, string>> = {
  'zh-CN': `依据${citeFull(['12'], 'zh-CN')}，平台在账号信息页面展示账号的 IP 地址属地：境内到省（自治区、直辖市），境外到国家（地区）。它由网络 IP 地址推断，不一定是账号主人的实际所在地。`,
  'zh-TW': `依據${citeFull(['12'], 'zh-TW')}，平台在帳號資訊頁面展示帳號的 IP 位址屬地：境內到省（自治區、直轄市），境外到國家（地區）。它由網路 IP 位址推斷，不一定是帳號主人的實際所在地。`,
  en: `Under ${citeFull(['12'], 'en')}, platforms show where an account’s IP address is: the province for mainland China, the country or region abroad. It is inferred from the network address and may differ from where the account holder is.`,
};

/**
 * Reads a `region` attribute: a two-letter ISO country code ('US', 'HK'), or a mainland province as
 * a GB/T 2260 code ('440000', '44') or name ('广东', 'Guangdong').
 */
export function parseRegion(text: string | null): AttributionRegion | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  return /^[A-Za-z]{2}$/.test(value) ? { country: value } : { province: value };
}

/**
 * @summary The IP attribution label of an account, 「IP属地：广东」, with a tooltip saying what it means.
 *
 * @csspart base - The badge.
 * @csspart label - The place name inside the badge.
 * @csspart tooltip - The explanation shown on hover and focus.
 *
 * @cssproperty --mz-font - Font of the badge.
 * @cssproperty --mz-badge-color - Text colour of the badge.
 * @cssproperty --mz-badge-background - Background of the badge.
 * @cssproperty --mz-badge-border - Border of the badge.
 * @cssproperty --mz-badge-radius - Corner radius of the badge.
 * @cssproperty --mz-badge-padding - Padding of the badge.
 * @cssproperty --mz-badge-font-size - Font size of the badge.
 * @cssproperty --mz-tooltip-background - Background of the tooltip.
 * @cssproperty --mz-tooltip-color - Text colour of the tooltip.
 * @cssproperty --mz-tooltip-width - Widest the tooltip grows.
 * @cssproperty --mz-focus-ring - Outline of the focused badge.
 *
 * @cssstate unknown - The attribution is unknown: nothing is rendered.
 * @cssstate tooltip-open - The tooltip is showing.
 */
export class MzIpBadge extends LitElement {
  static override styles = ipBadgeStyles;

  /**
   * Where the account's IP address is: an object `{ country?, province? }`, or as an attribute a
   * two-letter country code ('US', 'HK') or a mainland province code or name ('440000', '广东').
   */
  @property({ converter: { fromAttribute: parseRegion } }) region?: AttributionRegion | string;

  /** The Hong Kong label, replacing the default 「中国香港」. */
  @property({ attribute: 'hk-label' }) hkLabel = '';

  /** The Macau label, replacing the default 「中国澳门」. */
  @property({ attribute: 'mo-label' }) moLabel = '';

  /** The Taiwan label, replacing the default 「中国台湾」. */
  @property({ attribute: 'tw-label' }) twLabel = '';

  /** Hides the explanation tooltip (the badge is then not focusable). */
  @property({ type: Boolean, attribute: 'no-tooltip' }) noTooltip = false;

  @state() private tooltipOpen = false;

  private readonly internals = this.attachInternals();

  /** Re-renders when the language that applies to the element changes. */
  protected readonly localization = new LocaleController(this);

  /** The label shown, or undefined when the attribution is unknown. */
  get attribution(): Attribution | undefined {
    const region = typeof this.region === 'string' ? parseRegion(this.region) : this.region;
    const hkMoTw = { HK: this.hkLabel, MO: this.moLabel, TW: this.twLabel };
    return formatAttribution(region, { locale: this.locale, hkMoTw });
  }

  /** The language of the nearest `lang` attribute, zh-CN by default. */
  get locale(): Locale {
    return localeOf(this);
  }

  constructor() {
    super();
    // On the host, which holds the tooltip too: the pointer may move onto it (WCAG 1.4.13).
    this.addEventListener('mouseenter', this.show);
    this.addEventListener('mouseleave', this.hide);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.closeOnEscape);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.closeOnEscape);
  }

  /** Escape dismisses the tooltip wherever focus is (WCAG 1.4.13). */
  private readonly closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.tooltipOpen) this.tooltipOpen = false;
  };

  private show = () => {
    this.tooltipOpen = true;
  };

  private hide = () => {
    this.tooltipOpen = false;
  };

  override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const known = this.attribution !== undefined;
    toggleState(this.internals, 'unknown', !known);
    toggleState(this.internals, 'tooltip-open', known && this.tooltipOpen && !this.noTooltip);
  }

  override render() {
    const attribution = this.attribution;
    if (!attribution) return nothing;
    const prefix = attribution.text.slice(0, attribution.text.length - attribution.label.length);
    const withTooltip = !this.noTooltip;
    return html`<span
        part="base"
        tabindex=${withTooltip ? '0' : nothing}
        aria-describedby=${withTooltip ? 'tooltip' : nothing}
        @focus=${this.show}
        @blur=${this.hide}
        >${prefix}<span part="label">${attribution.label}</span></span
      >${
        withTooltip
          ? html`<span part="tooltip" id="tooltip" role="tooltip" ?hidden=${!this.tooltipOpen}
              >${TOOLTIP[this.locale]}</span
            >`
          : nothing
      }`;
  }
}

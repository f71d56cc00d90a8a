/**
 * The mz-* elements for Vue, generated from @mingzheng/elements/custom-elements.json by
 * packages/vue/scripts/generate.ts. Do not edit: run `pnpm --filter @mingzheng/vue generate`.
 */

import {
  MzAccountCard,
  MzIdentityField,
  MzIpBadge,
  MzNameField,
  type MzPrecheckEvent,
  type MzProfileChangeEvent,
  MzProfileEditor,
  type MzReportEvent,
} from '@mingzheng/elements/classes';
import type { DefineCustomElement, ElementDefinition } from './types.js';

/** Every element, by tag: what `MingzhengPlugin` registers. */
export const elementDefinitions: readonly ElementDefinition[] = [
  ['mz-account-card', MzAccountCard],
  ['mz-identity-field', MzIdentityField],
  ['mz-ip-badge', MzIpBadge],
  ['mz-name-field', MzNameField],
  ['mz-profile-editor', MzProfileEditor],
];

/** The events of `<mz-account-card>`, by name. */
export interface MzAccountCardEvents {
  /** The report button was pressed; `event.account` is the card's account. Cancelable: when not cancelled and `report-href` is set, the browser follows it. */
  'mz-report': MzReportEvent;
}

/** The events of `<mz-identity-field>`, by name. */
export interface MzIdentityFieldEvents {
  /** The value was committed (re-dispatched from the host). */
  change: Event;
  /** The value changed as the user typed (the native event, composed). */
  input: Event;
}

/** The events of `<mz-ip-badge>`, by name. */
export type MzIpBadgeEvents = Record<never, never>;

/** The events of `<mz-name-field>`, by name. */
export interface MzNameFieldEvents {
  /** The value was committed (re-dispatched from the host). */
  change: Event;
  /** The value changed as the user typed (the native event, composed). */
  input: Event;
  /** A check finished; `event.verdict` is the verdict shown. */
  'mz-precheck': MzPrecheckEvent;
}

/** The events of `<mz-profile-editor>`, by name. */
export interface MzProfileEditorEvents {
  /** Something changed; `event.info` is the AccountInfo, `event.verdict` the combined verdict (text findings plus QR codes in the images). */
  'mz-profile-change': MzProfileChangeEvent;
}

declare module 'vue' {
  interface GlobalComponents {
    /** `<mz-account-card>`: The public information block of an account (Art. 13), with its IP attribution, Art. 11 labels, verified mark and a report button. */
    'mz-account-card': DefineCustomElement<
      MzAccountCard,
      MzAccountCardEvents,
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
    >;
    /** `<mz-identity-field>`: A form-associated field for a mobile number, ID number or unified social credit code: grouped as you type, validated with reasons, masked on blur. */
    'mz-identity-field': DefineCustomElement<
      MzIdentityField,
      MzIdentityFieldEvents,
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
    >;
    /** `<mz-ip-badge>`: The IP attribution label of an account, 「IP属地：广东」, with a tooltip saying what it means. */
    'mz-ip-badge': DefineCustomElement<
      MzIpBadge,
      MzIpBadgeEvents,
      'region' | 'hkLabel' | 'moLabel' | 'twLabel' | 'noTooltip'
    >;
    /** `<mz-name-field>`: A form-associated text field for an internet account name, pre-checked against the CAC Provisions as the user types. */
    'mz-name-field': DefineCustomElement<
      MzNameField,
      MzNameFieldEvents,
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
    >;
    /** `<mz-profile-editor>`: A form-associated editor for the whole account information, pre-checked on the device. */
    'mz-profile-editor': DefineCustomElement<
      MzProfileEditor,
      MzProfileEditorEvents,
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
    >;
  }
}

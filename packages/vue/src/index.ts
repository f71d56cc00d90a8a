/**
 * @mingzheng/vue — a Vue 3 plugin that registers the `mz-*` elements, and their types for Vue's
 * template type-checker (a `GlobalComponents` entry per tag, generated from the elements'
 * custom-elements manifest in src/generated.ts).
 *
 *   app.use(MingzhengPlugin) ─▶ customElements.define(tag, class) for every tag, once
 *
 * v-model needs no code here: with `compilerOptions.isCustomElement` matching `mz-*`, Vue's
 * compiler treats `<mz-name-field v-model="name">` like a text input — it sets the element's
 * `value` and listens to its `input` events (composed, so they leave the shadow root), and it
 * waits for `compositionend` while an IME composes, as the fields do.
 */
import type { Plugin } from 'vue';
import { elementDefinitions } from './generated.js';

/**
 * The element types, for template refs and event handlers without importing @mingzheng/elements:
 * `const field = useTemplateRef<MzNameFieldElement>('field')`. Types only: importing them registers
 * nothing.
 */
export type {
  MzAccountCard as MzAccountCardElement,
  MzIdentityField as MzIdentityFieldElement,
  MzIpBadge as MzIpBadgeElement,
  MzNameField as MzNameFieldElement,
  MzPrecheckEvent,
  MzProfileChangeEvent,
  MzProfileEditor as MzProfileEditorElement,
  MzReportEvent,
} from '@mingzheng/elements/classes';
export * from './generated.js';
export type { DefineCustomElement, ElementDefinition } from './types.js';

/**
 * Registers every `mz-*` element (each once). Where there is no registry (a server without a DOM
 * shim) there is nothing to do: the browser upgrades server-rendered tags when the plugin runs there.
 */
export function defineElements(): void {
  if (typeof customElements === 'undefined') return;
  for (const [tagName, elementClass] of elementDefinitions) {
    if (!customElements.get(tagName)) customElements.define(tagName, elementClass);
  }
}

/** `app.use(MingzhengPlugin)`: registers the elements before the app mounts. */
export const MingzhengPlugin: Plugin = {
  install() {
    defineElements();
  },
};

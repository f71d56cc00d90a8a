/** What every `mz-*` element asks of its place in the page: its language, and its custom states. */
import { type Locale, resolveLocale } from '@mingzheng/precheck/locale';

/**
 * The `lang` that applies to `element`: its own, else the nearest ancestor's, crossing shadow
 * roots (an element rendered inside another's shadow root speaks its host's language).
 */
export function langOf(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The language of the nearest `lang` attribute (the element's own or an ancestor's, across shadow roots), zh-CN by default. */
export function localeOf(element: Element): Locale {
  return resolveLocale(langOf(element));
}

/** Toggles a custom state, e.g. `:state(user-invalid)`. */
export function toggleState(internals: ElementInternals, state: string, on: boolean): void {
  try {
    if (on) internals.states.add(state);
    else internals.states.delete(state);
  } catch {
    // Browsers without CustomStateSet support: the states are a styling hook only.
  }
}

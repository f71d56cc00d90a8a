/** What every `mz-*` element asks of its place in the page: its language, and its custom states. */
import { type Locale, resolveLocale } from '@mingzheng/precheck/locale';

/** The language of the nearest `lang` attribute (the element's own or an ancestor's), zh-CN by default. */
export function localeOf(element: Element): Locale {
  return resolveLocale(element.closest('[lang]')?.getAttribute('lang'));
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

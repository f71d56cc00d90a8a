/**
 * `LocaleController`: every `mz-*` element follows its language live. One MutationObserver for the
 * whole page watches `lang` and `dir` on the document and inside the shadow roots of the elements
 * registered with it (a set of connected hosts, as in Shoelace's localize controller); a change
 * anywhere re-renders every registered element, which reads its language again from the nearest
 * `lang` (its own first, then its ancestors', across shadow roots: `localeOf`). So switching
 * `<html lang>`, a wrapper's `lang` or the element's own re-renders every message at once, and an
 * element nested in another's shadow root (the IP badge in the account card) follows its host.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true };
let observer: MutationObserver | undefined;

/** Re-renders every connected element (a language changed, or a script converter has loaded). */
export function refreshLocalizedElements(): void {
  for (const host of hosts) host.requestUpdate();
}

function observe(node: Node): void {
  if (typeof MutationObserver === 'undefined') return;
  observer ??= new MutationObserver(refreshLocalizedElements);
  observer.observe(node, OPTIONS);
}

export class LocaleController implements ReactiveController {
  private readonly host: Host;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    observe(document.documentElement);
    // The shadow root holds nested elements whose own `lang` its render sets.
    const root = this.host.shadowRoot;
    if (root) observe(root);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}

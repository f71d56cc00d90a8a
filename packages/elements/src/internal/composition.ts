/**
 * `CompositionController`: whether an input method (IME) is composing in the host's controls, as
 * REACTIVE state. Browsers order the events of a commit differently:
 *
 *   Chromium  input (isComposing: true, the committed text) ─▶ compositionend
 *   Firefox   compositionend ─▶ input (isComposing: false)
 *   Safari    input (isComposing: true) ─▶ compositionend ─▶ keydown (keyCode 229)
 *
 * In Chromium the value is already the committed text when the composition ends, so an element
 * that only re-checks when its value changes never checks the commit. Ending a composition
 * therefore always requests an update of the host, whether or not the value changed: the check
 * the composition held back runs then.
 *
 * The controller listens on the host, where the (composed) composition events of every control in
 * its shadow root arrive after the control's own listeners have read the committed text.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class CompositionController implements ReactiveController {
  /** An IME composition is under way. (Not a `composing` property: Vue's v-model sets that on the host.) */
  composing = false;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly start = () => {
    this.composing = true;
  };
  private readonly end = () => {
    this.composing = false;
    this.host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('compositionstart', this.start);
    this.host.addEventListener('compositionend', this.end);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('compositionstart', this.start);
    this.host.removeEventListener('compositionend', this.end);
    // A composition cut short by removal never ends: do not hold checks back for it.
    this.composing = false;
  }
}

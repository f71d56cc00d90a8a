/**
 * One React component per element: @lit/react's `createComponent`, which sets element properties
 * and adds event listeners from props, plus the registration of the tag (and of the tags the
 * element renders) when the component is created.
 *
 * The element classes come from `@mingzheng/elements/classes`, which registers nothing, so importing
 * this package during server rendering does not touch a browser API. In Node, lit's build for the
 * `node` export condition supplies a small DOM shim (its own `customElements` registry, nothing
 * rendered); a page upgrades the server-rendered tags once the browser registers them.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';

/** An event as the element's listener receives it: `currentTarget` is the element. */
export type TargetedEvent<Target extends EventTarget, E extends Event = Event> = E & { readonly currentTarget: Target };

/** A tag and the class that implements it. */
export type ElementDefinition = readonly [tagName: string, elementClass: CustomElementConstructor];

export interface WrapOptions<Element extends HTMLElement> {
  tagName: string;
  elementClass: new () => Element;
  /** React prop → DOM event name: `{ onMzPrecheck: 'mz-precheck' }`. */
  events: Record<string, string>;
  /** Tags the element renders, registered with it. */
  dependencies?: readonly ElementDefinition[];
  displayName: string;
}

/** Registers `tagName` once, where there is a registry (a browser, or a server-side DOM shim). */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, elementClass);
}

/**
 * The React component of one element. A bundler drops an unused one (`wrap()` calls are marked
 * pure), and its tag then stays unregistered.
 */
export function wrap<Props, Element extends HTMLElement>({
  tagName,
  elementClass,
  events,
  dependencies = [],
  displayName,
}: WrapOptions<Element>): React.ForwardRefExoticComponent<Props & React.RefAttributes<Element>> {
  for (const [dependency, dependencyClass] of dependencies) defineElement(dependency, dependencyClass);
  defineElement(tagName, elementClass);
  const component = createComponent({ react: React, tagName, elementClass, events, displayName });
  // createComponent types every member of the class as a prop; the generated Props list only the
  // settable ones from the manifest, with the event props typed by their event classes.
  return component as unknown as React.ForwardRefExoticComponent<Props & React.RefAttributes<Element>>;
}

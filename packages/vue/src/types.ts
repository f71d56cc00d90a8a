/**
 * The template type of a custom element that is not a Vue component, for `GlobalComponents`, in
 * the shape Vue's guide recommends ("Vue and Web Components" → TypeScript): the template
 * type-checker reads what a template may bind from `$props` and the events from `$emit`. Neither
 * exists on the element: they are types only.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';

export type DefineCustomElement<
  Element extends HTMLElement,
  Events extends { [Name in keyof Events]: Event },
  Props extends keyof Element,
> = new () => Element & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, Props> & Partial<Pick<Element, Props>> & PublicProps;
  /** @deprecated For template type-checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in keyof Events]: (event: Events[Name]) => void }>;
};

/** A tag and the class that implements it. */
export type ElementDefinition = readonly [tagName: string, elementClass: CustomElementConstructor];

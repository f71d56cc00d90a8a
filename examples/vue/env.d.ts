/** Single-file components, for the type-check of main.ts (the template itself is checked by Vue's compiler). */
declare module '*.vue' {
  import type { DefineComponent } from 'vue';

  const component: DefineComponent;
  export default component;
}

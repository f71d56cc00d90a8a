/**
 * @mingzheng/vue — A Vue 3 plugin that registers the `mz-*` elements, with `GlobalComponents` types and v-model support.
 */
export {};

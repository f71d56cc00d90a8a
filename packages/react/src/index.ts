/**
 * @mingzheng/react — React wrappers of the `mz-*` elements, generated from the custom-elements manifest.
 */
export {};

/**
 * What the elements take from the engine, and nothing more: the one module `engine-cache` imports
 * lazily. The package's index also exports the identity-number validators and the IP-attribution
 * formatter, which a checking field never calls (the identity field and the IP badge import them
 * from their own subpaths, `@mingzheng/precheck/identity` and `/attribution`); importing the index
 * itself would put them, with the province and division tables, in every page's lazy engine chunk.
 * The messages come from `@mingzheng/precheck/messages`: zh-CN in this chunk, zh-TW and en loaded
 * when a field shows them (`loadLocale`; engine-cache.ts loads the page's with the engine).
 */
export { createEngine, decideVerdict } from '@mingzheng/precheck';
export { describeFinding, hasLocale, loadLocale, loadTraditional } from '@mingzheng/precheck/messages';

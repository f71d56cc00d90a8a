/**
 * What the elements take from the engine, and nothing more: the one module `engine-cache` imports
 * lazily. The package's index also exports the identity-number validators and the IP-attribution
 * formatter, which a checking field never calls (the identity field and the IP badge import them
 * from their own subpaths, `@mingzheng/precheck/identity` and `/attribution`); importing the index
 * itself would put them, with the province and division tables, in every page's lazy engine chunk.
 */
export { createEngine, decideVerdict, describeFinding, loadTraditional } from '@mingzheng/precheck';

/**
 * @mingzheng/rules-cn — The default rule set: lexicons with category, article and source, compiled to one versioned artifact that the engine loads in Node and in the browser.
 */
export {};

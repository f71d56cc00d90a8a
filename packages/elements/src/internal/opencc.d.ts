/** opencc-js's dictionaries (`opencc-js/dict/…`): each a `"简 繁|…"` string, untyped upstream. */
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

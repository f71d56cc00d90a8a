// opencc-js ships no types for its dictionary subpaths.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}

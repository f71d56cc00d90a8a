/**
 * The regulation every element cites: its title and how an article is cited, in full
 * (「《互联网用户账号信息管理规定》第八条第（四）项」) and short (「第八条第（四）项」). Written once, in the
 * engine's catalog, and taken from its small locale module (`@mingzheng/precheck/locale`), which a
 * page loads at once: an element's own words (the IP badge's explanation, the profile editor's
 * hints) cite the regulation before the engine has loaded, as the findings cite it.
 */
export { citeFull, citeShort, REGULATION_TITLE } from '@mingzheng/precheck/locale';

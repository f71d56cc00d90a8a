/**
 * The professional domains of Art. 11, shared by the profile editor (choosing a domain) and the
 * account card (showing its label). Their labels are words of the engine's messages too (an Art. 11
 * finding names the label the account will carry), so they are written once, in the engine's
 * small locale module (`@mingzheng/precheck/locale`), which a page loads at once.
 */
export {
  PROFESSION_DOMAINS,
  PROFESSION_LABELS,
  type ProfessionDomain,
  professionLabel,
} from '@mingzheng/precheck/locale';

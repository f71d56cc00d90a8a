/**
 * The components' public API, as the API tables and Controls show it: the generated manifest lists
 * every class member, including private and protected ones, `#`/`_` names, static Lit plumbing
 * (`formAssociated`, `shadowRootOptions`, `styles` …) and the callbacks the browser calls. A page
 * author uses none of them.
 */
interface Member {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

interface Declaration {
  members?: Member[];
  [key: string]: unknown;
}

interface Module {
  declarations?: Declaration[];
  [key: string]: unknown;
}

export interface Manifest {
  modules: Module[];
  [key: string]: unknown;
}

/** Lifecycle callbacks of custom elements and form-associated custom elements: the browser calls them. */
const CALLBACK = /Callback$/;

export function isPublicMember(member: Member): boolean {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  if (member.name.startsWith('#') || member.name.startsWith('_')) return false;
  if (member.static) return false;
  return !CALLBACK.test(member.name);
}

/** The manifest with only the members a page author uses. */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.members ? { ...declaration, members: declaration.members.filter(isPublicMember) } : declaration,
      ),
    })),
  };
}

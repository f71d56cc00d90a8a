/**
 * The profile editor's values as plain data: the text controls by their AccountInfo path, and the
 * AccountInfo, the form data and a restored form state made from them. No element state here.
 */
import type { AccountInfo } from '@mingzheng/precheck';
import { PROFESSION_DOMAINS, type ProfessionDomain, type ProfileMessages } from './profile-editor.messages.js';

export type AccountKind = 'personal' | 'professional' | 'entity';

/** The text controls besides the name, by their AccountInfo path. */
export type TextKey = 'bio' | 'signature' | 'entity.name' | 'entity.uscc';
export const TEXT_KEYS: readonly TextKey[] = ['bio', 'signature', 'entity.name', 'entity.uscc'];

/** What the editor holds, as the form submits it. */
export interface ProfileValues {
  kind: AccountKind;
  name: string;
  texts: Readonly<Record<TextKey, string>>;
  domain: ProfessionDomain | '';
  qualification: File | undefined;
  avatar: File | undefined;
  cover: File | undefined;
}

export function emptyTexts(): Record<TextKey, string> {
  return { bio: '', signature: '', 'entity.name': '', 'entity.uscc': '' };
}

/** A known profession domain, or '' for anything else. */
export function parseDomain(value: string): ProfessionDomain | '' {
  return (PROFESSION_DOMAINS as readonly string[]).includes(value) ? (value as ProfessionDomain) : '';
}

/** The account information as edited. Images are the selected Files (only those accepted). */
export function accountInfo(values: ProfileValues): AccountInfo {
  const { kind, texts, domain, qualification } = values;
  const info: AccountInfo = { kind, name: values.name, bio: texts.bio };
  info.signature = texts.signature;
  if (values.avatar) info.avatar = values.avatar;
  if (values.cover) info.cover = values.cover;
  if (kind === 'professional' && domain) {
    info.profession = qualification ? { domain, credential: qualification.name } : { domain };
  }
  if (kind === 'entity') info.entity = { name: texts['entity.name'], uscc: texts['entity.uscc'] };
  return info;
}

/** Everything the form submits: text fields by their AccountInfo path, files by slot. */
export function profileFormData(values: ProfileValues): FormData {
  const { kind, texts } = values;
  const data = new FormData();
  data.set('kind', kind);
  data.set('name', values.name);
  data.set('bio', texts.bio);
  data.set('signature', texts.signature);
  if (values.avatar) data.set('avatar', values.avatar);
  if (values.cover) data.set('cover', values.cover);
  if (kind === 'professional') {
    data.set('profession.domain', values.domain);
    if (values.qualification) data.set('qualification', values.qualification);
  }
  if (kind === 'entity') {
    data.set('entity.name', texts['entity.name']);
    data.set('entity.uscc', texts['entity.uscc']);
  }
  return data;
}

/** The text values of a form state the browser restores (files are not restored). */
export function restoredValues(state: FormData): Pick<ProfileValues, 'name' | 'texts' | 'domain'> {
  const text = (key: string) => {
    const value = state.get(key);
    return typeof value === 'string' ? value : '';
  };
  return {
    name: text('name'),
    texts: {
      bio: text('bio'),
      signature: text('signature'),
      'entity.name': text('entity.name'),
      'entity.uscc': text('entity.uscc'),
    },
    domain: parseDomain(text('profession.domain')),
  };
}

export function textLabel(field: TextKey, messages: ProfileMessages): string {
  const labels = { bio: messages.bio, signature: messages.signature, 'entity.name': messages.entityName };
  return field === 'entity.uscc' ? messages.uscc : labels[field];
}

/** Element ids cannot hold dots in a `#id` selector: entity.name → entity-name. */
export function controlId(field: string): string {
  return field.replace('.', '-');
}

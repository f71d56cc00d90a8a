/**
 * What the profile editor decides, as pure functions of its state: the combined verdict (text and
 * images), the first problem in field order (it anchors the validity on that control), whether a
 * problem shows, a text that cannot be checked while the engine is unavailable (fails closed), and
 * each finding's words.
 */
import type { AccountInfo, Finding, Verdict } from '@mingzheng/precheck';
import type { ImageFinding, ProfileFinding, ProfileVerdict } from '../events/profile-change-event.js';
import { checkMessages, type FieldLocale } from '../internal/check.messages.js';
import { describeFinding, validityMessage } from '../internal/finding.messages.js';
import { VALID, type ValidityReport } from '../internal/form-associated.js';
import type { ImageCheckController } from './image-check-controller.js';
import { readingFindings, readingMessage } from './image-reading.js';
import { imageFinding, imageProblem, isSlot, SLOTS } from './image-slot.js';
import { type ImageSlot, profileMessages } from './profile-editor.messages.js';
import { type ProfileValues, TEXT_KEYS, type TextKey, textLabel } from './profile-form.js';

/** The order in which the form is told of problems: the first one anchors the validity. */
const FIELD_ORDER = ['name', 'avatar', 'cover', ...TEXT_KEYS] as const;

/** The editor's state the validity is computed from. */
export interface ProfileState extends ProfileValues {
  locale: FieldLocale;
  maxBytes: number;
  images: Readonly<Record<ImageSlot, ImageCheckController>>;
  findings: readonly ProfileFinding[];
  /** The engine or rule set could not load. */
  engineFailed: boolean;
  /** The engine's validity for text while it cannot load (EngineController.failureValidity). */
  failureValidity: (message: string) => ValidityReport | undefined;
}

/** The first problem in field order, with the field it is in as `anchor`; VALID when there is none. */
export function profileValidity(state: ProfileState): ValidityReport {
  const blocking = state.findings.filter((finding) => finding.severity === 'block');
  for (const field of FIELD_ORDER) {
    const problem = problemOf(state, field, blocking);
    if (problem) return { ...problem, anchor: field };
  }
  return VALID;
}

function problemOf(state: ProfileState, field: (typeof FIELD_ORDER)[number], blocking: readonly ProfileFinding[]) {
  if (isSlot(field)) {
    const problem = imageProblem(field, state.images[field], profileMessages(state.locale), state.maxBytes);
    if (problem) return customError(problem);
  } else {
    // Unchecked text never passes silently: invalid until the engine loads (unless precheck-optional).
    const unavailable = unavailableValidity(state, field);
    if (unavailable) return unavailable;
  }
  const finding = blocking.find((candidate) => candidate.field === field);
  if (!finding) return undefined;
  // The browser's bubble says it briefly: the findings are worded in full under the control.
  if (isSlot(field)) return customError(findingMessage(finding, state.locale));
  const label = field === 'name' ? undefined : textLabel(field, profileMessages(state.locale));
  return customError(validityMessage(state.locale, label));
}

/**
 * Whether the editor as a whole shows a problem: an image's at once, the unavailable engine's, or
 * a blocking finding's once its control's feedback shows (`visible`).
 */
export function problemShowing(state: ProfileState, report: ValidityReport, visible: (field: string) => boolean) {
  const anchor = report.anchor ?? '';
  return (
    SLOTS.some((slot) => state.images[slot].invalid) ||
    (state.engineFailed && anchor !== '' && !isSlot(anchor)) ||
    state.findings.some((finding) => finding.severity === 'block' && visible(finding.field))
  );
}

/**
 * The combined verdict: the text verdict's findings, then the images' (QR codes; with `check`, the
 * lines and symbols read from them); decided as the engine decides.
 */
export function profileVerdict(
  text: Verdict,
  images: Readonly<Record<ImageSlot, ImageCheckController>>,
  decideVerdict: (findings: readonly ProfileFinding[]) => Verdict['verdict'],
  check?: (info: AccountInfo) => Verdict,
  kind?: AccountInfo['kind'],
): ProfileVerdict {
  const findings: ProfileFinding[] = [...text.findings];
  for (const slot of SLOTS) {
    const finding = imageFinding(slot, images[slot]);
    if (finding) findings.push(finding);
    if (check) findings.push(...readingFindings(slot, images[slot].outcome.reading, check, kind));
  }
  return { ...text, verdict: decideVerdict(findings), findings };
}

/** A text the engine could not see: refused (unless precheck-optional) while the engine cannot load. */
export function unavailableValidity(state: ProfileState, field: TextKey | 'name'): ValidityReport | undefined {
  if ((field === 'name' ? state.name : state.texts[field]) === '') return undefined;
  if (field === 'name') return state.failureValidity(checkMessages(state.locale).nameUnavailable);
  const messages = profileMessages(state.locale);
  return state.failureValidity(messages.textUnavailable(textLabel(field, messages)));
}

/** A finding in the editor's language: the engine's catalog for text, the editor's words for a QR code. */
export function findingMessage(finding: ProfileFinding, locale: FieldLocale): string {
  if (finding.rule === 'qr-code' && isSlot(finding.field)) {
    const messages = profileMessages(locale);
    return messages.qrCode(messages[finding.field]);
  }
  const formatted = describeFinding(finding as Finding, locale);
  return isSlot(finding.field) ? readingMessage(finding as ImageFinding, formatted, locale) : formatted;
}

function customError(message: string): ValidityReport {
  return { flags: { customError: true }, message };
}

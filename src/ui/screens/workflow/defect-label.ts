import type { DefectReason } from '../../../catalog/types.js';
import type { Language } from '../../../i18n/index.js';

/** Return HQ's label of a defect reason code in the screen's language. An unknown code shows as is. */
export function defectLabel(reasons: readonly DefectReason[], code: string, language: Language): string {
  return reasons.find((reason) => reason.code === code)?.[language] ?? code;
}

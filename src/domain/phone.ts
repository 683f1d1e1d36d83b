/**
 * Kind of a Chinese phone number as customers give it. A mainland mobile has 11 digits starting
 * 13 to 19, optionally with +86, 0086 or 86 in front. A landline has a 3- or 4-digit area code
 * that starts with 0 (010, 021, 0571) and a 7- or 8-digit local number, with or without a dash.
 */
export type PhoneKind = 'mobile' | 'landline';

export interface NormalizedPhone {
  kind: PhoneKind;
  /** Digits only, no country prefix: `13812345678` or `057188886666`. */
  digits: string;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Two-digit area codes after the 0 are Beijing's 10 and 20 to 29. Every other area code has three. */
const LANDLINE_SHORT_AREA = /^0(10|2\d)\d{8}$/;
const LANDLINE_LONG_AREA = /^0[3-9]\d{2}\d{7,8}$/;

/** Normalise a phone number, or return null when it is not a valid mainland number. */
export function normalizePhone(raw: string): NormalizedPhone | null {
  const trimmed = raw.trim();
  if (!/^[+\d\s\-()]+$/.test(trimmed)) return null;

  let digits = trimmed.replace(/[\s\-()]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  if (digits.includes('+')) return null;

  if (MOBILE.test(digits)) return { kind: 'mobile', digits };
  if (LANDLINE_SHORT_AREA.test(digits) || LANDLINE_LONG_AREA.test(digits)) return { kind: 'landline', digits };
  return null;
}

/**
 * Mask a phone number for customer receipts: `138****5678`. A landline keeps its area code and
 * last four digits.
 */
export function maskPhone(digits: string): string {
  if (digits.length < 8) return '*'.repeat(digits.length);
  if (MOBILE.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  const areaLength = LANDLINE_SHORT_AREA.test(digits) ? 3 : 4;
  const hidden = digits.length - areaLength - 4;
  return `${digits.slice(0, areaLength)}-${'*'.repeat(hidden)}${digits.slice(-4)}`;
}

/** Return the last four digits, which the clerk checks at pickup. */
export function phoneLastFour(digits: string): string {
  return digits.slice(-4);
}

/**
 * Return the digits to search by. A valid full number is normalised, and a fragment of 4 or more
 * digits is used as typed, so staff can search by the last four digits. Returns null otherwise.
 */
export function phoneSearchKey(raw: string): string | null {
  const normalized = normalizePhone(raw);
  if (normalized) return normalized.digits;
  const digits = raw.replace(/[\s-]/g, '');
  return /^\d{4,}$/.test(digits) ? digits : null;
}

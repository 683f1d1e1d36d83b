import iconv from 'iconv-lite';
import { graphemes } from './display-width.js';

/**
 * Text for a GBK printer. Most Chinese receipt printers have a GBK font and print only one-byte
 * ASCII and two-byte codes, so four-byte GB18030 sequences come out as garbage. Anything GBK
 * lacks becomes GBK_PLACEHOLDER and is listed, so the screen can warn before printing.
 */

/**
 * Full-width question mark (GBK A3 BF). The characters GBK lacks are mostly rare name
 * characters from the CJK extensions and emoji, which are two columns wide. A two-column
 * placeholder leaves a gap the size of the missing character, so the clerk sees that one
 * character of the name is missing. Lines are broken after the replacement, so a narrow
 * character replaced by it (©) still lines up.
 */
export const GBK_PLACEHOLDER = '\uFF1F';

/** Half-width yen U+00A5, which is not in GBK, unlike its full-width form U+FFE5 (GBK A3 A4). */
const HALF_WIDTH_YEN = /\u00A5/g;
const FULL_WIDTH_YEN = '\uFFE5';

const printableCache = new Map<number, boolean>();

/**
 * Check whether the printer can print this code point as-is: printable ASCII, or a two-byte GBK code
 * that decodes back to the same character. Rejected even though iconv-lite 0.7.3 encodes them:
 * € (a one-byte 0x80 in CP936, which a printer in Chinese mode reads as a lead byte) and
 * private-use characters (GBK's user-defined areas, which have no glyph in the printer's font).
 */
export function isGbkPrintable(codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (codePoint < 0x80 || codePoint > 0xffff) return false;
  if (codePoint >= 0xe000 && codePoint <= 0xf8ff) return false;

  const cached = printableCache.get(codePoint);
  if (cached !== undefined) return cached;

  const character = String.fromCodePoint(codePoint);
  const bytes = iconv.encode(character, 'gbk');
  const [lead = 0] = bytes;
  const printable = bytes.length === 2 && lead >= 0x81 && lead <= 0xfe && iconv.decode(bytes, 'gbk') === character;
  printableCache.set(codePoint, printable);
  return printable;
}

/**
 * Text with every character outside GBK replaced, and the list of distinct characters that were
 * replaced.
 */
export interface GbkText {
  text: string;
  /** Each replaced character once, in order of appearance, with control characters as `U+001B`. */
  unencodable: string[];
}

/**
 * Replace what a GBK printer cannot print. The text is NFC-normalised first (so `e` plus a
 * combining accent becomes é, which GBK has), ¥ becomes ￥, a tab becomes a space, and a
 * grapheme cluster with any code point outside GBK becomes one placeholder. Line breaks stay.
 */
export function replaceOutsideGbk(text: string): GbkText {
  const unencodable: string[] = [];
  let result = '';

  const normalized = text.normalize('NFC').replace(HALF_WIDTH_YEN, FULL_WIDTH_YEN).replace(/\t/g, ' ');
  for (const grapheme of graphemes(normalized)) {
    if (grapheme === '\n' || grapheme === '\r' || grapheme === '\r\n' || isPrintableGrapheme(grapheme)) {
      result += grapheme;
      continue;
    }
    result += GBK_PLACEHOLDER;
    const listed = describeUnencodable(grapheme);
    if (!unencodable.includes(listed)) unencodable.push(listed);
  }
  return { text: result, unencodable };
}

function isPrintableGrapheme(grapheme: string): boolean {
  for (const character of grapheme) {
    if (!isGbkPrintable(character.codePointAt(0) ?? 0)) return false;
  }
  return true;
}

/** Control characters are listed by code point, since they have no glyph to show. */
function describeUnencodable(grapheme: string): string {
  const codePoint = grapheme.codePointAt(0) ?? 0;
  if (grapheme.length === 1 && (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0))) {
    return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return grapheme;
}

/** GBK bytes for the printer, with the characters that were replaced by the placeholder. */
export interface GbkEncoding {
  bytes: Buffer;
  unencodable: string[];
}

/**
 * Encode text for a printer in Chinese mode (FS &). Only printable ASCII, line breaks and
 * two-byte GBK codes come out: no four-byte GB18030 sequence and no other control byte.
 */
export function encodeGbk(text: string): GbkEncoding {
  const replaced = replaceOutsideGbk(text);
  return { bytes: iconv.encode(replaced.text, 'gbk'), unencodable: replaced.unencodable };
}

import stringWidth from 'string-width';
import type { Align } from './layout.js';

/**
 * Width in paper columns. One column is one half-width (ASCII) cell: an 80 mm printer fits 48,
 * a 58 mm printer 32. A GBK printer draws every two-byte code from its full-width font, so
 * CJK, full-width forms and also the East Asian "Ambiguous" characters (·, ×, —, …, °, ①, é)
 * take two columns. string-width counts ambiguous characters as two with
 * `ambiguousIsNarrow: false`. Terminals usually show them one column wide, so an on-screen
 * preview of such a line looks one column short per character.
 */
const WIDTH_OPTIONS = { ambiguousIsNarrow: false } as const;

/**
 * Two-byte GBK characters that string-width 8.3.0 still counts as one column (East Asian Width
 * "Neutral"). Measured over all 21,872 two-byte GBK codes that iconv-lite 0.7.3 round-trips.
 */
const WIDE_ON_PAPER = new Set(['\u01F9', '\u1E3F']);

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/** Split text into grapheme clusters, so a surrogate pair or an emoji sequence stays whole. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

function graphemeWidth(grapheme: string): number {
  if (WIDE_ON_PAPER.has(grapheme)) return 2;
  return stringWidth(grapheme, WIDTH_OPTIONS);
}

/** Return the paper columns that `text` takes. A CJK or full-width character counts as 2. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const grapheme of graphemes(text)) width += graphemeWidth(grapheme);
  return width;
}

/** Return the longest start of `text` that fits in `width` columns, cut between grapheme clusters. */
export function truncateToWidth(text: string, width: number): string {
  let result = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const next = graphemeWidth(grapheme);
    if (used + next > width) break;
    result += grapheme;
    used += next;
  }
  return result;
}

/**
 * Pad `text` with spaces to exactly `width` columns. Text wider than `width` is truncated first.
 * When the cut falls inside a two-column character, a space fills the odd column.
 */
export function padToWidth(text: string, width: number, align: Align = 'left'): string {
  const fitted = truncateToWidth(text, width);
  const free = Math.max(width - displayWidth(fitted), 0);
  if (align === 'right') return ' '.repeat(free) + fitted;
  if (align === 'center') {
    const before = Math.floor(free / 2);
    return ' '.repeat(before) + fitted + ' '.repeat(free - before);
  }
  return fitted + ' '.repeat(free);
}

/** Closing punctuation, which must not start a line, so it stays with the character before it. */
const CLOSING_PUNCTUATION = new Set([...'，。、；：？！）」』》〉】〕”’…—,.;:?!)]}%']);
/** Opening punctuation, which must not end a line, so it stays with the character after it. */
const OPENING_PUNCTUATION = new Set([...'（「『《〈【〔“‘([{']);

interface Token {
  text: string;
  width: number;
  /** A run of spaces: a break opportunity that disappears at the end of a line. */
  space: boolean;
  /** A run of one-column characters such as a Latin word or a ticket number. */
  narrow: boolean;
}

/**
 * Split one paragraph into unbreakable tokens: runs of spaces, runs of narrow non-space
 * characters (a Latin word, a number, a ticket number) and single wide characters, since a line
 * may break before or after any CJK character. Closing punctuation joins the token before it
 * and opening punctuation the token after it, so neither is left alone at a line edge.
 */
function tokenize(paragraph: string): Token[] {
  const tokens: Token[] = [];
  let glueNext = false;

  for (const grapheme of graphemes(paragraph)) {
    const width = graphemeWidth(grapheme);
    const space = grapheme === ' ';
    const previous = tokens.at(-1);

    let join = false;
    if (previous && space) join = previous.space;
    else if (previous && !previous.space) {
      join = glueNext || CLOSING_PUNCTUATION.has(grapheme) || (width === 1 && previous.narrow);
    }

    if (previous && join) {
      previous.text += grapheme;
      previous.width += width;
      previous.narrow = previous.narrow && width === 1;
    } else {
      tokens.push({ text: grapheme, width, space, narrow: !space && width === 1 });
    }
    glueNext = OPENING_PUNCTUATION.has(grapheme);
  }
  return tokens;
}

/**
 * Break `text` into lines of at most `columns` paper columns. Newlines in `text` start a new
 * line, and lines break at spaces or between CJK characters. A word longer than a line is cut
 * between grapheme clusters, so a surrogate pair or a CJK character is never split. A single
 * character wider than `columns` still gets a line of its own. Empty text gives one empty line.
 */
export function wrapToWidth(text: string, columns: number): string[] {
  if (!Number.isInteger(columns) || columns < 1) throw new RangeError(`columns must be a positive integer, got ${columns}`);

  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) lines.push(...wrapParagraph(paragraph, columns));
  return lines;
}

function wrapParagraph(paragraph: string, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;

  const endLine = () => {
    lines.push(line.trimEnd());
    line = '';
    used = 0;
  };

  for (const token of tokenize(paragraph)) {
    if (token.space) {
      // Spaces at the start of a wrapped line are dropped, but a paragraph's indent is kept.
      if (used + token.width > columns) endLine();
      else if (used > 0 || lines.length === 0) {
        line += token.text;
        used += token.width;
      }
      continue;
    }

    if (used + token.width <= columns) {
      line += token.text;
      used += token.width;
      continue;
    }

    if (token.width <= columns) {
      endLine();
      line = token.text;
      used = token.width;
      continue;
    }

    // A token wider than a whole line: fill the current line, then cut between graphemes.
    for (const grapheme of graphemes(token.text)) {
      const width = graphemeWidth(grapheme);
      if (used + width > columns && used > 0) endLine();
      line += grapheme;
      used += width;
    }
  }

  if (used > 0 || lines.length === 0) endLine();
  return lines;
}

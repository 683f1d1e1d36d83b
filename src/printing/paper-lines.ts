import { displayWidth, padToWidth, wrapToWidth } from './display-width.js';
import { replaceOutsideGbk } from './gbk.js';
import type { Align, Layout, LayoutLine } from './layout.js';

/**
 * The one place where a layout is broken into paper lines. The ESC/POS renderer and the text
 * preview both start from its result, so they break lines the same way.
 */

/** A run of output between printer state changes, with every text line already broken. */
export type PaperBlock =
  | { kind: 'text'; lines: string[]; align: Align; bold: boolean; double: boolean }
  /** CODE128 that fits the paper, with `moduleWidth` in dots (GS w). The number follows as text. */
  | { kind: 'barcode'; data: string; height: number; moduleWidth: number }
  | { kind: 'qr'; data: string; cellSize: number }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut' };

export interface PaperLayout {
  blocks: PaperBlock[];
  /** Characters outside GBK, printed as the placeholder. The screen warns about them. */
  unencodable: string[];
}

/** The paper and the symbols a printer can draw. A printer profile satisfies it. */
export interface PaperTarget {
  columns: number;
  dotsPerLine: number;
  code128: boolean;
  qr: boolean;
}

/** Font A is 12 dots wide, so 48 columns fill 576 dots (80 mm) and 32 fill 384 (58 mm). */
export const DOTS_PER_COLUMN = 12;

const DEFAULT_BARCODE_HEIGHT = 80;
const DEFAULT_BARCODE_MODULE = 2;
/** GS w accepts 2 to 6 on Epson, and thinner bars do not scan reliably on thermal paper anyway. */
const MIN_BARCODE_MODULE = 2;
const DEFAULT_QR_CELL = 4;
/** QR model 2, version 40, error correction M, byte mode: 2,331 bytes. */
export const QR_MAX_BYTES = 2331;

/**
 * Return the module width in dots for CODE128 `data` in code set B, or null when it cannot print:
 * data outside printable ASCII, too long for the one-byte length of GS k 73, or too wide for the
 * paper even with 2-dot modules. A symbol is 11 modules per character plus start and check
 * (11 each) and stop (13). The paper margins serve as quiet zones.
 */
export function code128ModuleWidth(data: string, requested: number | undefined, dotsPerLine: number): number | null {
  if (data.length === 0 || !/^[\x20-\x7e]+$/.test(data)) return null;
  if (escapeCode128(data).length + 2 > 255) return null;

  const modules = 11 * data.length + 35;
  const fitting = Math.floor(dotsPerLine / modules);
  const width = Math.min(requested ?? DEFAULT_BARCODE_MODULE, fitting);
  return width >= MIN_BARCODE_MODULE ? width : null;
}

/** In GS k 73 data, `{` starts a code-set switch, so a literal `{` is sent as `{{`. */
export function escapeCode128(data: string): string {
  return data.replace(/\{/g, '{{');
}

/** Break every line of `layout` for `target`, replacing characters outside GBK first. */
export function breakLayout(layout: Layout, target: PaperTarget): PaperLayout {
  const unencodable: string[] = [];
  const printable = (text: string): string => {
    const replaced = replaceOutsideGbk(text);
    for (const character of replaced.unencodable) {
      if (!unencodable.includes(character)) unencodable.push(character);
    }
    return replaced.text;
  };

  const blocks = layout.lines.flatMap((line) => breakLine(line, target, printable));
  return { blocks, unencodable };
}

function breakLine(line: LayoutLine, target: PaperTarget, printable: (text: string) => string): PaperBlock[] {
  const { columns } = target;
  const plain = (lines: string[], align: Align = 'left'): PaperBlock => ({ kind: 'text', lines, align, bold: false, double: false });

  switch (line.kind) {
    case 'text': {
      const double = line.size === 'double';
      const lines = wrapToWidth(printable(line.text), double ? Math.floor(columns / 2) : columns);
      return [{ kind: 'text', lines, align: line.align ?? 'left', bold: line.bold ?? false, double }];
    }
    case 'pair':
      return [plain(pairLines(printable(line.left), printable(line.right), columns))];
    case 'row':
      return [plain(rowLines(line.cells.map((cell) => ({ ...cell, text: printable(cell.text) })), columns))];
    case 'rule':
      return [plain([(line.char ?? '-').repeat(columns)])];
    case 'barcode': {
      const caption = plain(wrapToWidth(printable(line.data), columns), 'center');
      const moduleWidth = target.code128 ? code128ModuleWidth(line.data, line.width, target.dotsPerLine) : null;
      if (moduleWidth === null) return [caption];
      const height = Math.min(Math.max(Math.round(line.height ?? DEFAULT_BARCODE_HEIGHT), 1), 255);
      return [{ kind: 'barcode', data: line.data, height, moduleWidth }, caption];
    }
    case 'qr': {
      const fits = Buffer.byteLength(line.data, 'utf8') <= QR_MAX_BYTES && line.data.length > 0;
      if (!target.qr || !fits) return [plain(wrapToWidth(printable(line.data), columns), 'center')];
      const cellSize = Math.min(Math.max(Math.round(line.cellSize ?? DEFAULT_QR_CELL), 1), 8);
      return [{ kind: 'qr', data: line.data, cellSize }];
    }
    case 'feed':
      return line.lines > 0 ? [{ kind: 'feed', lines: Math.min(Math.round(line.lines), 255) }] : [];
    case 'cut':
      return [{ kind: 'cut' }];
  }
}

/**
 * Lay out a label and a value. When both fit on one line, the value is right-aligned. Otherwise
 * the value wraps left-aligned in the columns after the label, or on lines of its own when the
 * label takes half the line or more.
 */
function pairLines(left: string, right: string, columns: number): string[] {
  const leftWidth = displayWidth(left);
  const rightWidth = displayWidth(right);
  if (leftWidth + 1 + rightWidth <= columns) return [left + ' '.repeat(columns - leftWidth - rightWidth) + right];

  if (leftWidth * 2 >= columns) return [...wrapToWidth(left, columns), ...wrapToWidth(right, columns)];

  const indent = leftWidth + 1;
  const valueLines = wrapToWidth(right, columns - indent);
  return valueLines.map((value, index) => (index === 0 ? `${left} ` : ' '.repeat(indent)) + value);
}

/**
 * Lay out cells side by side. Each wraps in its own width, and the row grows to the tallest
 * cell. Every cell but the last keeps its rightmost column blank, so neighbouring cells never
 * touch.
 */
function rowLines(cells: { text: string; width: number; align?: Align }[], columns: number): string[] {
  let remaining = columns;
  const fitted = cells.map((cell, index) => {
    const isLast = index === cells.length - 1;
    const width = isLast ? remaining : Math.min(Math.max(Math.floor(cell.width), 0), remaining);
    const textWidth = isLast ? width : width - 1;
    remaining -= width;
    return { width, textWidth, align: cell.align ?? 'left', lines: textWidth > 0 ? wrapToWidth(cell.text, textWidth) : [] };
  });

  const height = Math.max(1, ...fitted.map((cell) => cell.lines.length));
  const lines: string[] = [];
  for (let index = 0; index < height; index += 1) {
    const parts = fitted.map((cell) => padToWidth(padToWidth(cell.lines[index] ?? '', cell.textWidth, cell.align), cell.width));
    lines.push(parts.join('').trimEnd());
  }
  return lines;
}

/**
 * Indent a line as the printer places it. `scale` is the character width multiplier (2 for
 * double size), and centring rounds down because a text preview has no half columns.
 */
export function placeLine(text: string, align: Align, columns: number, scale = 1): string {
  if (text === '') return '';
  const free = Math.max(columns - displayWidth(text) * scale, 0);
  if (align === 'right') return ' '.repeat(free) + text;
  if (align === 'center') return ' '.repeat(Math.floor(free / 2)) + text;
  return text;
}

/** Return the preview line for a CODE128 symbol. Its number follows on the next line. */
export function barcodeMark(data: string): string {
  return `||| CODE128 ${data} |||`;
}

/** Return the preview line for a QR symbol. */
export function qrMark(data: string): string {
  return `[QR] ${data}`;
}

/** Return the preview line for a cut: `- - - ✂ - - -` across the paper. */
export function cutMark(columns: number): string {
  const side = Math.max(Math.floor((columns - 3) / 2), 3);
  const dashes = '- '.repeat(side).slice(0, side).trimEnd();
  return `${dashes} \u2702 ${dashes}`;
}

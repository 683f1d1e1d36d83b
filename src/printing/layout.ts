/**
 * A printed document as data: the same layout renders to ESC/POS bytes for the printer and to
 * a text preview on screen. It is stored as JSON with its print job, so a reprint shows exactly
 * what was printed the first time.
 */
export type Align = 'left' | 'center' | 'right';

export type LayoutLine =
  /** Text wraps at the paper's column count, counting a CJK character as two columns. */
  | { kind: 'text'; text: string; align?: Align; bold?: boolean; size?: 'normal' | 'double' }
  /** A label on the left and a value on the right, padded by display width. */
  | { kind: 'pair'; left: string; right: string }
  /** A row of cells. `width` is in columns of the paper, and the last cell takes what is left. */
  | { kind: 'row'; cells: { text: string; width: number; align?: Align }[] }
  | { kind: 'rule'; char?: '-' | '=' }
  /** CODE128 with human-readable text below. `height` is in dots (1 to 255). */
  | { kind: 'barcode'; data: string; height?: number; width?: 2 | 3 | 4 }
  | { kind: 'qr'; data: string; cellSize?: number }
  | { kind: 'feed'; lines: number }
  | { kind: 'cut' };

export interface Layout {
  /** Short name for the print queue and the preview list, e.g. `顾客收执联 SH01-0100001K`. */
  title: string;
  lines: LayoutLine[];
}

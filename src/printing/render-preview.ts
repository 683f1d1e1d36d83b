import type { Layout } from './layout.js';
import { barcodeMark, breakLayout, cutMark, DOTS_PER_COLUMN, placeLine, qrMark } from './paper-lines.js';
import type { PaperBlock, PaperTarget } from './paper-lines.js';
import type { PrinterProfile } from './profiles.js';

/**
 * The symbols a preview may assume. Without a profile, the preview assumes a printer that draws
 * both.
 */
export type PreviewFeatures = Pick<PrinterProfile, 'code128' | 'qr'> & Partial<Pick<PrinterProfile, 'dotsPerLine'>>;

/**
 * Render the text preview of a layout, one string per paper line, broken exactly as
 * renderEscPos breaks it. Characters outside GBK show as the placeholder the printer prints. A
 * barcode shows as `||| CODE128 <data> |||` with the number below, a QR code as `[QR] <data>`
 * and a cut as a dashed line with scissors. Double-size text is placed as if each character
 * were twice as wide.
 * Pass the printer profile so a barcode or QR code the printer cannot draw shows as on paper.
 */
export function renderPreview(layout: Layout, columns: number, features?: PreviewFeatures): string[] {
  const target: PaperTarget = {
    columns,
    dotsPerLine: features?.dotsPerLine ?? columns * DOTS_PER_COLUMN,
    code128: features?.code128 ?? true,
    qr: features?.qr ?? true,
  };
  return breakLayout(layout, target).blocks.flatMap((block) => previewBlock(block, columns));
}

function previewBlock(block: PaperBlock, columns: number): string[] {
  switch (block.kind) {
    case 'text':
      return block.lines.map((line) => placeLine(line, block.align, columns, block.double ? 2 : 1));
    case 'barcode':
      return [placeLine(barcodeMark(block.data), 'center', columns)];
    case 'qr':
      return [placeLine(qrMark(block.data), 'center', columns)];
    case 'feed':
      return Array.from({ length: block.lines }, () => '');
    case 'cut':
      return [cutMark(columns)];
  }
}

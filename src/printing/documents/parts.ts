import type { Ticket } from '../../domain/ticket.js';
import { displayWidth } from '../display-width.js';
import type { LayoutLine } from '../layout.js';
import type { DocumentContext } from './context.js';

/**
 * Format an ISO 8601 time as `YYYY-MM-DD HH:mm`, read from the string itself, so the time
 * shows as the wall clock where it was recorded, whatever the printing terminal's zone.
 */
export function formatTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso) ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso;
}

/** Print the store name (or code) and the document title, centred and bold. */
export function header(ctx: DocumentContext, titleKey: string): LayoutLine[] {
  return [
    { kind: 'text', text: ctx.storeName || ctx.storeCode, align: 'center', bold: true },
    { kind: 'text', text: ctx.t(titleKey), align: 'center', bold: true },
  ];
}

/** Print a number large and centred, with its CODE128 barcode below. */
export function numberWithBarcode(value: string, barcode: { height: number; width: 2 | 3 | 4 }): LayoutLine[] {
  return [
    { kind: 'text', text: value, align: 'center', bold: true, size: 'double' },
    { kind: 'barcode', data: value, ...barcode },
  ];
}

/** Print a labelled field, or nothing when the value is empty. */
export function field(ctx: DocumentContext, labelKey: string, value: string | number): LayoutLine[] {
  const text = String(value).trim();
  return text === '' ? [] : [{ kind: 'pair', left: ctx.t(labelKey), right: text }];
}

/** Print the product block shared by the receipt and the work card. */
export function productFields(ticket: Ticket, ctx: DocumentContext): LayoutLine[] {
  const sizeColour = [ticket.size, ticket.colour].filter((part) => part !== '').join(' / ');
  return [
    ...field(ctx, 'print.field.style_no', ticket.styleNo),
    ...field(ctx, 'print.field.product', ticket.productName),
    ...field(ctx, 'print.field.size_colour', sizeColour),
    ...field(ctx, 'print.field.quantity', ticket.quantity),
    ...field(ctx, 'print.field.item_barcode', ticket.itemBarcode),
  ];
}

/** Print the defect block: reason label, the clerk's description, accessories and the request. */
export function defectFields(ticket: Ticket, ctx: DocumentContext): LayoutLine[] {
  return [
    ...field(ctx, 'print.field.defect', ctx.defectLabel(ticket.defectCode)),
    ...field(ctx, 'print.field.defect_description', ticket.defectDescription),
    ...field(ctx, 'print.field.accessories', ticket.accessories || ctx.t('print.none')),
    ...field(ctx, 'print.field.request', ctx.t(`outcome.${ticket.requestedOutcome}`)),
  ];
}

/** Print a blank line, then the label (with its colon) and an underline to the end of the paper. */
export function signatureLine(ctx: DocumentContext, labelKey: string): LayoutLine[] {
  const label = ctx.t(labelKey);
  const blank = Math.max(ctx.columns - displayWidth(label), 8);
  return [
    { kind: 'feed', lines: 1 },
    { kind: 'text', text: label + '_'.repeat(blank) },
  ];
}

/**
 * Print the foot of every document: who printed it (unless the body already names the clerk) and
 * when, then the cut.
 */
export function footer(ctx: DocumentContext, showOperator = true): LayoutLine[] {
  return [
    { kind: 'rule' },
    ...field(ctx, 'print.field.operator', showOperator ? (ctx.operatorName ?? '') : ''),
    ...field(ctx, 'print.field.printed_at', formatTime(ctx.printedAt)),
    { kind: 'feed', lines: 1 },
    { kind: 'cut' },
  ];
}

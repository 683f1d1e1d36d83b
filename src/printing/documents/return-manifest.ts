import type { Ticket } from '../../domain/ticket.js';
import type { ReturnBatch } from '../../storage/types.js';
import { displayWidth } from '../display-width.js';
import type { Layout, LayoutLine } from '../layout.js';
import type { DocumentContext } from './context.js';
import { field, footer, formatTime, header, numberWithBarcode, signatureLine } from './parts.js';

/** Paper at least this wide fits number, style, defect and request on one row. */
const ONE_ROW_MIN_COLUMNS = 40;
/** Width of the request column: the longest label, 退货退款, is 8 columns. */
const REQUEST_COLUMNS = 8;

/**
 * Build the return manifest (返修出库单) that goes in the parcel to HQ: batch number and barcode,
 * carrier and tracking number, and one row per ticket. On narrow paper each ticket takes two
 * rows: number and style, then defect and request, indented.
 */
export function buildReturnManifest(batch: ReturnBatch, tickets: Ticket[], ctx: DocumentContext): Layout {
  return {
    title: `${ctx.t('print.manifest.title')} ${batch.batchNo}`,
    lines: [
      ...header(ctx, 'print.manifest.title'),
      ...numberWithBarcode(batch.batchNo, { height: 80, width: 2 }),
      { kind: 'rule' },
      ...field(ctx, 'print.field.store', ctx.storeCode),
      ...field(ctx, 'print.field.carrier', batch.carrier),
      ...field(ctx, 'print.field.tracking_no', batch.trackingNo),
      ...field(ctx, 'print.field.sent_at', formatTime(batch.sentAt)),
      ...field(ctx, 'print.field.operator', ctx.operatorName ?? batch.operatorId),
      { kind: 'rule' },
      ...ticketTable(tickets, ctx),
      { kind: 'rule' },
      { kind: 'text', text: ctx.t('print.manifest.count', { count: tickets.length }), bold: true },
      ...signatureLine(ctx, 'print.signature.operator'),
      ...signatureLine(ctx, 'print.signature.carrier'),
      ...footer(ctx, false),
    ],
  };
}

function ticketTable(tickets: Ticket[], ctx: DocumentContext): LayoutLine[] {
  const heading = {
    ticket: ctx.t('print.manifest.column.ticket'),
    style: ctx.t('print.manifest.column.style'),
    defect: ctx.t('print.manifest.column.defect'),
    request: ctx.t('print.manifest.column.request'),
  };
  const numberColumns = Math.min(
    Math.max(displayWidth(heading.ticket), ...tickets.map((ticket) => displayWidth(ticket.ticketNo))) + 1,
    Math.floor(ctx.columns / 2),
  );

  const rows = [heading, ...tickets.map((ticket) => ({
    ticket: ticket.ticketNo,
    style: ticket.styleNo,
    defect: ctx.defectLabel(ticket.defectCode),
    request: ctx.t(`outcome.${ticket.requestedOutcome}`),
  }))];

  if (ctx.columns >= ONE_ROW_MIN_COLUMNS) {
    const styleColumns = Math.floor((ctx.columns - numberColumns) * 0.3);
    const defectColumns = ctx.columns - numberColumns - styleColumns - REQUEST_COLUMNS;
    return rows.map((row): LayoutLine => ({
      kind: 'row',
      cells: [
        { text: row.ticket, width: numberColumns },
        { text: row.style, width: styleColumns },
        { text: row.defect, width: defectColumns },
        { text: row.request, width: REQUEST_COLUMNS },
      ],
    }));
  }

  const indent = 2;
  return rows.flatMap((row): LayoutLine[] => [
    { kind: 'row', cells: [{ text: row.ticket, width: numberColumns }, { text: row.style, width: ctx.columns - numberColumns }] },
    {
      kind: 'row',
      cells: [
        { text: '', width: indent },
        { text: row.defect, width: ctx.columns - indent - REQUEST_COLUMNS },
        { text: row.request, width: REQUEST_COLUMNS },
      ],
    },
  ]);
}

import { maskPhone } from '../../domain/phone.js';
import type { Ticket } from '../../domain/ticket.js';
import type { Layout } from '../layout.js';
import type { DocumentContext } from './context.js';
import { field, footer, formatTime, header, signatureLine } from './parts.js';

/**
 * Build the pickup slip (取件凭条) the customer signs when taking the item home: what they got
 * (repaired item, replacement with its barcode, refund with the sales system's receipt
 * number), HQ's result if there is one, and who handed it over. The phone is masked.
 */
export function buildPickupSlip(ticket: Ticket, ctx: DocumentContext): Layout {
  const handover = ticket.handover;
  const phone = ticket.phoneNormalized === '' ? '' : maskPhone(ticket.phoneNormalized);
  const hqResult = ticket.hqResolution ? ctx.t(`print.resolution.${ticket.hqResolution}`) : '';

  return {
    title: `${ctx.t('print.pickup.title')} ${ticket.ticketNo}`,
    lines: [
      ...header(ctx, 'print.pickup.title'),
      { kind: 'text', text: ticket.ticketNo, align: 'center', bold: true, size: 'double' },
      { kind: 'rule' },
      ...field(ctx, 'print.field.customer', ticket.customerName),
      ...field(ctx, 'print.field.phone', phone),
      ...field(ctx, 'print.field.style_no', ticket.styleNo),
      ...field(ctx, 'print.field.product', ticket.productName),
      ...field(ctx, 'print.field.request', ctx.t(`outcome.${ticket.requestedOutcome}`)),
      ...field(ctx, 'print.field.hq_result', hqResult),
      ...field(ctx, 'print.field.hq_note', ticket.hqInspectionNote ?? ''),
      ...field(ctx, 'print.field.resolution', ticket.resolvedAtCounter ? ctx.t('print.pickup.resolved_at_counter') : ''),
      { kind: 'rule' },
      ...field(ctx, 'print.field.outcome', handover ? ctx.t(`print.handover.${handover.outcome}`) : ''),
      ...field(ctx, 'print.field.replacement_barcode', handover?.replacementBarcode ?? ''),
      ...field(ctx, 'print.field.refund_receipt', handover?.refundReceiptNo ?? ''),
      ...field(ctx, 'print.field.handed_over_by', ctx.operatorName ?? handover?.handedOverBy ?? ''),
      ...field(ctx, 'print.field.picked_up_at', formatTime(handover?.at ?? ctx.printedAt)),
      { kind: 'text', text: ctx.t('print.pickup.confirm') },
      ...signatureLine(ctx, 'print.signature.customer'),
      ...footer(ctx, false),
    ],
  };
}

import type { Ticket } from '../../domain/ticket.js';
import type { Layout } from '../layout.js';
import type { DocumentContext } from './context.js';
import { defectFields, field, footer, header, numberWithBarcode, productFields } from './parts.js';

/**
 * Build the work card (维修工单) that travels with the item to HQ and back: a large barcode to scan at
 * HQ and at arrival, the product and the defect. It carries no customer name or phone, since
 * it passes through the carrier's and HQ's hands.
 */
export function buildWorkCard(ticket: Ticket, ctx: DocumentContext): Layout {
  return {
    title: `${ctx.t('print.work_card.title')} ${ticket.ticketNo}`,
    lines: [
      ...header(ctx, 'print.work_card.title'),
      ...numberWithBarcode(ticket.ticketNo, { height: 120, width: 3 }),
      { kind: 'rule' },
      ...field(ctx, 'print.field.store', ticket.storeCode),
      ...field(ctx, 'print.field.date', ticket.createdAt.slice(0, 10)),
      ...field(ctx, 'print.field.type', ctx.t(`type.${ticket.type}`)),
      { kind: 'rule' },
      ...productFields(ticket, ctx),
      ...defectFields(ticket, ctx),
      ...footer(ctx),
    ],
  };
}

import { maskPhone } from '../../domain/phone.js';
import type { Ticket } from '../../domain/ticket.js';
import type { Layout } from '../layout.js';
import type { DocumentContext } from './context.js';
import { defectFields, field, footer, formatTime, header, numberWithBarcode, productFields, signatureLine } from './parts.js';

/**
 * Build the customer's copy at drop-off (顾客收执联): the ticket number to quote at pickup, what was
 * handed in and why, and the terms. The phone is masked (138****5678): the slip leaves the
 * store in the customer's pocket.
 */
export function buildCustomerReceipt(ticket: Ticket, ctx: DocumentContext): Layout {
  const phone = ticket.phoneNormalized === '' ? '' : maskPhone(ticket.phoneNormalized);

  return {
    title: `${ctx.t('print.receipt.title')} ${ticket.ticketNo}`,
    lines: [
      ...header(ctx, 'print.receipt.title'),
      ...numberWithBarcode(ticket.ticketNo, { height: 80, width: 2 }),
      { kind: 'rule' },
      ...field(ctx, 'print.field.received_at', formatTime(ticket.createdAt)),
      ...field(ctx, 'print.field.type', ctx.t(`type.${ticket.type}`)),
      ...field(ctx, 'print.field.customer', ticket.customerName),
      ...field(ctx, 'print.field.phone', phone),
      { kind: 'rule' },
      ...productFields(ticket, ctx),
      ...defectFields(ticket, ctx),
      ...field(ctx, 'print.field.purchase_date', ticket.purchaseDate),
      ...field(ctx, 'print.field.sales_receipt', ticket.salesReceiptNo),
      { kind: 'rule' },
      { kind: 'text', text: ctx.terms ?? ctx.t('print.receipt.terms') },
      ...signatureLine(ctx, 'print.signature.customer'),
      ...footer(ctx),
    ],
  };
}

import type { DefectReason } from '../../catalog/types.js';
import type { Ticket } from '../../domain/ticket.js';
import type { Language, Translate } from '../../i18n/index.js';
import { formatDateTime, hqResolutionLabel } from '../format.js';

/** One labelled value of the ticket detail, both in the user's language. */
export interface TicketField {
  label: string;
  value: string;
}

/**
 * List every recorded field of a ticket as label and value, in the order the ticket's life fills
 * them: intake, shipment to HQ, HQ's result, arrival, handover or cancellation. Fields the
 * ticket has not reached yet are left out. The phone is shown in full because only staff see
 * this screen.
 */
export function ticketFields(ticket: Ticket, reasons: readonly DefectReason[], language: Language, t: Translate): TicketField[] {
  const fields: TicketField[] = [];
  const add = (labelKey: string, value: string | number | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    fields.push({ label: t(labelKey), value: String(value) });
  };
  const reason = reasons.find((candidate) => candidate.code === ticket.defectCode);

  add('field.type', t(`type.${ticket.type}`));
  add('field.customerName', ticket.customerName);
  add('field.customerPhone', ticket.customerPhone);
  add('field.styleNo', ticket.styleNo);
  add('field.productName', ticket.productName);
  add('field.size', ticket.size);
  add('field.colour', ticket.colour);
  add('field.itemBarcode', ticket.itemBarcode);
  add('field.quantity', ticket.quantity);
  add('field.purchaseDate', ticket.purchaseDate);
  add('field.salesReceiptNo', ticket.salesReceiptNo);
  add('field.defectCode', reason ? `${reason.code} ${reason[language]}` : ticket.defectCode);
  add('field.defectDescription', ticket.defectDescription);
  add('field.accessories', ticket.accessories);
  add('field.requestedOutcome', t(`outcome.${ticket.requestedOutcome}`));
  add('detail.field.created', `${formatDateTime(ticket.createdAt)} ${ticket.createdBy}`);

  if (ticket.shipment) {
    add('detail.field.batch_no', ticket.shipment.batchNo);
    add('detail.field.shipment', `${ticket.shipment.carrier} ${ticket.shipment.trackingNo}`);
    add('detail.field.sent_at', formatDateTime(ticket.shipment.sentAt));
  }
  if (ticket.hqResolution) add('detail.field.hq_resolution', hqResolutionLabel(ticket.hqResolution, t));
  add('detail.field.hq_note', ticket.hqInspectionNote);
  add('detail.field.hq_return_tracking', ticket.hqReturnTrackingNo);
  if (ticket.arrivedAt) add('detail.field.arrived_at', formatDateTime(ticket.arrivedAt));
  if (ticket.resolvedAtCounter) add('detail.field.resolved_at_counter', t('detail.yes'));

  if (ticket.handover) {
    add('detail.field.handover', t(`format.handover.${ticket.handover.outcome}`));
    add('detail.field.replacement_barcode', ticket.handover.replacementBarcode);
    add('detail.field.refund_receipt', ticket.handover.refundReceiptNo);
    add('detail.field.handed_over', `${formatDateTime(ticket.handover.at)} ${ticket.handover.handedOverBy}`);
  }
  add('detail.field.cancel_reason', ticket.cancelReason);
  if (ticket.closedAt) add('detail.field.closed_at', formatDateTime(ticket.closedAt));
  return fields;
}

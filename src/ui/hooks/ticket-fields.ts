import type { DefectReason } from '../../catalog/types.js';
import type { Ticket } from '../../domain/ticket.js';
import type { Language, Translate } from '../../i18n/index.js';
import { formatDateTime, hqResolutionLabel } from '../format.js';
import { carrierLabel } from '../stores/return-batch-store.js';

/** One labelled value of the ticket detail, both in the user's language. */
export interface TicketField {
  label: string;
  value: string;
  /** Free text that gets a whole row. Other fields share a row two by two. */
  wide: boolean;
}

/** Function that names an operator id for the screen: the display name, or the id when unknown. */
export type OperatorLabel = (operatorId: string) => string;

function joined(...parts: (string | null | undefined)[]): string {
  return parts.filter((part) => part !== null && part !== undefined && part !== '').join(' ');
}

/**
 * List every recorded field of a ticket as label and value, in the order the ticket's life fills
 * them: intake, shipment to HQ, HQ's result, arrival, handover or cancellation. Related values
 * share a field (name and phone, size, colour and quantity) so the detail fits on a 30-row
 * terminal. Fields the ticket has not reached yet are left out. The phone is shown in full
 * because only staff see this screen. Number, type and state are in the screen's title line.
 */
export function ticketFields(
  ticket: Ticket,
  reasons: readonly DefectReason[],
  language: Language,
  t: Translate,
  operatorLabel: OperatorLabel,
): TicketField[] {
  const fields: TicketField[] = [];
  const add = (labelKey: string, value: string | null | undefined, wide = false) => {
    if (value === null || value === undefined || value === '') return;
    fields.push({ label: t(labelKey), value, wide });
  };
  const reason = reasons.find((candidate) => candidate.code === ticket.defectCode);
  const variant = [ticket.size, ticket.colour].filter((part) => part !== '').join(' / ');

  add('detail.field.customer', joined(ticket.customerName, ticket.customerPhone));
  add('field.requestedOutcome', t(`outcome.${ticket.requestedOutcome}`));
  add('detail.field.product', joined(ticket.styleNo, ticket.productName), true);
  add('detail.field.variant', joined(variant, `×${ticket.quantity}`));
  add('field.itemBarcode', ticket.itemBarcode);
  add('detail.field.purchase', joined(ticket.purchaseDate, ticket.salesReceiptNo));
  add('field.accessories', ticket.accessories);
  add('field.defectCode', reason ? `${reason.code} ${reason[language]}` : ticket.defectCode);
  add('detail.field.created', joined(formatDateTime(ticket.createdAt), operatorLabel(ticket.createdBy)));
  add('field.defectDescription', ticket.defectDescription, true);

  if (ticket.shipment) {
    add('detail.field.batch_no', ticket.shipment.batchNo);
    add('detail.field.sent_at', formatDateTime(ticket.shipment.sentAt));
    add('detail.field.shipment', joined(carrierLabel(ticket.shipment.carrier, t), ticket.shipment.trackingNo));
  }
  if (ticket.hqResolution) add('detail.field.hq_resolution', hqResolutionLabel(ticket.hqResolution, t));
  add('detail.field.hq_return_tracking', ticket.hqReturnTrackingNo);
  add('detail.field.hq_note', ticket.hqInspectionNote, true);
  if (ticket.arrivedAt) add('detail.field.arrived_at', formatDateTime(ticket.arrivedAt));
  if (ticket.resolvedAtCounter) add('detail.field.resolved_at_counter', t('detail.yes'));

  if (ticket.handover) {
    add('detail.field.handover', t(`format.handover.${ticket.handover.outcome}`));
    add('detail.field.replacement_barcode', ticket.handover.replacementBarcode);
    add('detail.field.refund_receipt', ticket.handover.refundReceiptNo);
    add('detail.field.handed_over', joined(formatDateTime(ticket.handover.at), operatorLabel(ticket.handover.handedOverBy)));
  }
  if (ticket.closedAt) add('detail.field.closed_at', formatDateTime(ticket.closedAt));
  add('detail.field.cancel_reason', ticket.cancelReason, true);
  return fields;
}

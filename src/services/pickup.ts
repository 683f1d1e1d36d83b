import { findByBarcode } from '../catalog/load-catalog.js';
import { isValidEan13 } from '../domain/ean13.js';
import { DeskError } from '../domain/errors.js';
import { phoneLastFour, phoneSearchKey } from '../domain/phone.js';
import { parseTicketNo } from '../domain/ticket-number.js';
import type { Handover, Ticket } from '../domain/ticket.js';
import { toLocalIso } from '../domain/time.js';
import { buildPickupSlip } from '../printing/documents/pickup-slip.js';
import type { PrintJob } from '../storage/types.js';
import { actorOf, type ServiceDeps } from './deps.js';
import { documentContext, receiptJob } from './print-jobs.js';
import { checkDocumentNo } from './document-numbers.js';
import { commitCommand, requireTicket } from './ticket-commands.js';
import type { PickupInput, Session } from './types.js';

/**
 * Find the tickets for the pickup screen. A ticket number (scanned receipt or typed) gives that
 * ticket, and a phone number or its last four digits gives that customer's open after-sale
 * tickets.
 */
export function findForPickup(deps: ServiceDeps, codeOrPhone: string): Ticket[] {
  const parsed = parseTicketNo(codeOrPhone);
  if (parsed) return [requireTicket(deps.db, parsed.ticketNo)];

  const digits = phoneSearchKey(codeOrPhone);
  if (!digits) throw new DeskError('pickup.query_invalid', { value: codeOrPhone.trim() });
  return deps.db.tickets
    .search({ phoneDigits: digits, limit: 50 })
    .filter((ticket) => ticket.type === 'after_sale' && ticket.closedAt === null);
}

/**
 * Hand the item to the customer (顾客取回) after the last four digits of the phone match, and
 * queue the pickup slip. A ticket still in `received` is resolved at the counter without HQ
 * (an on-the-spot exchange or refund).
 */
export function pickUp(deps: ServiceDeps, session: Session, input: PickupInput): { ticket: Ticket; printJob: PrintJob } {
  const current = requireTicket(deps.db, input.ticketNo);
  if (current.type !== 'after_sale') throw new DeskError('pickup.pre_sale', { ticketNo: current.ticketNo });
  if (!/^\d{4}$/.test(input.phoneLastFour.trim())) throw new DeskError('field.invalid', { field: 'phoneLastFour' });
  if (input.phoneLastFour.trim() !== phoneLastFour(current.phoneNormalized)) {
    throw new DeskError('pickup.identity_mismatch');
  }

  const now = deps.now();
  const handover: Handover = {
    outcome: input.outcome,
    handedOverBy: session.operatorId,
    identityChecked: true,
    at: toLocalIso(now),
  };
  const replacementBarcode = input.replacementBarcode?.trim();
  const refundReceiptNo = input.refundReceiptNo?.trim();
  if (replacementBarcode) handover.replacementBarcode = checkReplacementBarcode(deps, replacementBarcode);
  if (refundReceiptNo) handover.refundReceiptNo = checkDocumentNo('refundReceiptNo', refundReceiptNo);

  const kind = current.state === 'received' ? 'resolve_at_counter' : 'pick_up';
  const context = documentContext(deps, session);
  const result = deps.db.transaction(() => {
    const ticket = commitCommand(deps.db, current.ticketNo, { kind, handover }, actorOf(session), now);
    const printJob = deps.db.printJobs.enqueue(receiptJob(deps, 'pickup_slip', buildPickupSlip(ticket, context), { ticket }));
    return { ticket, printJob };
  });

  deps.onPrintQueued();
  return result;
}

/**
 * Return the replacement barcode if it is a product the chain sells: a catalog barcode or at
 * least a valid EAN-13. Throws DeskError `field.invalid_barcode` otherwise.
 */
function checkReplacementBarcode(deps: ServiceDeps, barcode: string): string {
  if (findByBarcode(deps.catalog, barcode) || isValidEan13(barcode)) return barcode;
  throw new DeskError('field.invalid_barcode', { field: 'replacementBarcode', value: barcode });
}

/** Put a pre-sale item back on the shelf, from the store or after it came back from HQ. */
export function returnToStock(deps: ServiceDeps, session: Session, ticketNo: string): Ticket {
  const now = deps.now();
  return deps.db.transaction(() =>
    commitCommand(deps.db, ticketNo, { kind: 'return_to_stock', at: toLocalIso(now) }, actorOf(session), now),
  );
}

/** Void a ticket before it leaves the store (manager only, with a reason). */
export function cancel(deps: ServiceDeps, session: Session, ticketNo: string, reason: string): Ticket {
  const now = deps.now();
  return deps.db.transaction(() => commitCommand(deps.db, ticketNo, { kind: 'cancel', reason }, actorOf(session), now));
}

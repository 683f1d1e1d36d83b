import { DeskError } from '../domain/errors.js';
import { targetState } from '../domain/lifecycle.js';
import { hasControlCharacter } from '../domain/text.js';
import type { Ticket } from '../domain/ticket.js';
import { toLocalIso } from '../domain/time.js';
import { buildReturnManifest } from '../printing/documents/return-manifest.js';
import type { ReturnBatch } from '../storage/types.js';
import { actorOf, type ServiceDeps } from './deps.js';
import { checkDocumentNo } from './document-numbers.js';
import { documentContext, receiptJob } from './print-jobs.js';
import { ticketFromCode } from './scan-codes.js';
import { commitCommand } from './ticket-commands.js';
import type { ReturnBatchResult, Session } from './types.js';

const MAX_FIELD_LENGTH = 40;

/**
 * Return the ticket a scanned work card names if it can go into a return batch now. Throws
 * DeskError `return_batch.wrong_state` when it cannot.
 */
export function checkForReturnBatch(deps: ServiceDeps, code: string): Ticket {
  const ticket = ticketFromCode(deps.db, code);
  if (targetState(ticket, 'send_to_hq') === null) {
    throw new DeskError('return_batch.wrong_state', { ticketNo: ticket.ticketNo, state: ticket.state });
  }
  return ticket;
}

/**
 * Ship a return batch (返修出库): every ticket moves to sent_to_hq with the carrier, tracking
 * number and out time, and the manifest is queued, all in one transaction. One ticket that
 * cannot go rolls the whole batch back, so the parcel and the records never disagree.
 */
export function sendReturnBatch(
  deps: ServiceDeps,
  session: Session,
  input: { ticketNos: string[]; carrier: string; trackingNo: string },
): ReturnBatchResult {
  const carrier = requireText('carrier', input.carrier);
  const trackingNo = checkDocumentNo('trackingNo', requireText('trackingNo', input.trackingNo));
  if (input.ticketNos.length === 0) throw new DeskError('return_batch.empty');
  if (new Set(input.ticketNos).size !== input.ticketNos.length) throw new DeskError('return_batch.duplicate');

  const settings = deps.settings.get();
  const now = deps.now();
  const sentAt = toLocalIso(now);
  const context = documentContext(deps, session);

  const result = deps.db.transaction(() => {
    const sequence = deps.db.sequences.next(`batch:${settings.storeCode}:${settings.terminalNo}`);
    const batchNo = `${settings.storeCode}-R${String(settings.terminalNo).padStart(2, '0')}${String(sequence).padStart(4, '0')}`;
    const shipment = { batchNo, carrier, trackingNo, sentAt };

    const tickets = input.ticketNos.map((ticketNo) =>
      commitCommand(deps.db, ticketNo, { kind: 'send_to_hq', shipment }, actorOf(session), now),
    );
    const batch: ReturnBatch = { batchNo, carrier, trackingNo, sentAt, operatorId: session.operatorId, ticketNos: input.ticketNos };
    deps.db.batches.insert(batch);

    const printJob = deps.db.printJobs.enqueue(
      receiptJob(deps, 'return_manifest', buildReturnManifest(batch, tickets, context), { batchNo }),
    );
    return { batch, printJob };
  });

  deps.onPrintQueued();
  return result;
}

function requireText(field: string, raw: string): string {
  const value = raw.trim();
  if (value === '') throw new DeskError('field.required', { field });
  if (value.length > MAX_FIELD_LENGTH) throw new DeskError('field.too_long', { field, max: MAX_FIELD_LENGTH });
  if (hasControlCharacter(value)) throw new DeskError('field.control_character', { field });
  return value;
}

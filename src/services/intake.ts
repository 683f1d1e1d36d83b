import { randomUUID } from 'node:crypto';
import { newTicket } from '../domain/new-ticket.js';
import { normalizePhone } from '../domain/phone.js';
import { formatTicketNo } from '../domain/ticket-number.js';
import type { IntakeInput, Ticket } from '../domain/ticket.js';
import { toLocalDate, toLocalIso } from '../domain/time.js';
import { buildCustomerReceipt } from '../printing/documents/customer-receipt.js';
import { buildWorkCard } from '../printing/documents/work-card.js';
import type { ServiceDeps } from './deps.js';
import { validateIntakeInput } from './intake-validation.js';
import { documentContext, receiptJob } from './print-jobs.js';
import type { IntakeResult, Session } from './types.js';

/** One intake draft per terminal: the counter has one screen, and any clerk may finish it. */
const INTAKE_DRAFT_KEY = 'intake';

export function validateIntake(deps: ServiceDeps, input: unknown): IntakeInput {
  return validateIntakeInput(input, deps.catalog.reasons, toLocalDate(deps.now()));
}

/**
 * Save a new ticket: number, ticket row, intake event, print jobs and the draft's removal commit
 * in one transaction. Printing starts after the commit. A pre-sale item has no customer, so it
 * gets only the work card that travels with it.
 */
export function intake(deps: ServiceDeps, session: Session, input: unknown): IntakeResult {
  const value = validateIntake(deps, input);
  const settings = deps.settings.get();
  const now = deps.now();
  const at = toLocalIso(now);
  const context = documentContext(deps, session);

  const result = deps.db.transaction(() => {
    const sequence = deps.db.sequences.next(`ticket:${settings.storeCode}:${settings.terminalNo}`);
    const ticket = newTicket(value, {
      ticketNo: formatTicketNo(settings.storeCode, settings.terminalNo, sequence),
      storeCode: settings.storeCode,
      terminalNo: settings.terminalNo,
      createdAt: at,
      createdBy: session.operatorId,
    });

    deps.db.tickets.insert(ticket);
    deps.db.events.append({
      eventId: randomUUID(),
      ticketNo: ticket.ticketNo,
      type: 'intake',
      fromState: null,
      toState: 'received',
      operatorId: session.operatorId,
      at,
      payload: value,
    });
    const printJobs = [];
    if (ticket.type === 'after_sale') {
      printJobs.push(deps.db.printJobs.enqueue(receiptJob(deps, 'customer_receipt', buildCustomerReceipt(ticket, context), { ticket })));
    }
    printJobs.push(deps.db.printJobs.enqueue(receiptJob(deps, 'work_card', buildWorkCard(ticket, context), { ticket })));
    deps.db.drafts.delete(INTAKE_DRAFT_KEY);
    return { ticket, printJobs };
  });

  deps.onPrintQueued();
  return result;
}

export function saveIntakeDraft(deps: ServiceDeps, data: unknown): void {
  deps.db.transaction(() => deps.db.drafts.save(INTAKE_DRAFT_KEY, data, toLocalIso(deps.now())));
}

export function loadIntakeDraft(deps: ServiceDeps): unknown {
  return deps.db.drafts.load(INTAKE_DRAFT_KEY)?.data ?? null;
}

export function discardIntakeDraft(deps: ServiceDeps): void {
  deps.db.transaction(() => deps.db.drafts.delete(INTAKE_DRAFT_KEY));
}

/** Return the customer's earlier tickets, newest first, for a valid phone, or none otherwise. */
export function customerHistory(deps: ServiceDeps, phone: string): Ticket[] {
  const normalized = normalizePhone(phone);
  if (!normalized) return [];
  return deps.db.tickets.search({ phoneDigits: normalized.digits, limit: 20 });
}

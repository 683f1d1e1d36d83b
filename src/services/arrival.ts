import { DeskError, isDeskError } from '../domain/errors.js';
import { targetState } from '../domain/lifecycle.js';
import { toLocalIso } from '../domain/time.js';
import type { Ticket } from '../domain/ticket.js';
import { actorOf, type ServiceDeps } from './deps.js';
import { ticketFromCode } from './scan-codes.js';
import { commitCommand } from './ticket-commands.js';
import type { ArrivalCheck, Session } from './types.js';

/**
 * Compare the work cards scanned from a parcel with what the store expects back. Every code
 * lands in exactly one list, and a code scanned twice counts once.
 */
export function checkArrival(deps: ServiceDeps, codes: string[]): ArrivalCheck {
  const accepted: Ticket[] = [];
  const unexpected: ArrivalCheck['unexpected'] = [];
  const seen = new Set<string>();

  for (const code of codes) {
    const classified = classifyArrivalCode(deps, code);
    const key = classified.ticket?.ticketNo ?? code.trim().toUpperCase();
    if (seen.has(key)) continue;
    seen.add(key);

    if (classified.reason === null && classified.ticket) accepted.push(classified.ticket);
    else unexpected.push({ code: code.trim(), reason: classified.reason ?? 'invalid', ticket: classified.ticket });
  }

  const acceptedNos = new Set(accepted.map((ticket) => ticket.ticketNo));
  const missing = deps.db.tickets
    .search({ states: ['shipped_back'], limit: 1000 })
    .filter((ticket) => !acceptedNos.has(ticket.ticketNo));
  return { accepted, unexpected, missing };
}

function classifyArrivalCode(deps: ServiceDeps, code: string): { ticket: Ticket | null; reason: 'unknown' | 'wrong_state' | 'invalid' | null } {
  try {
    const ticket = ticketFromCode(deps.db, code);
    if (ticket.storeCode !== deps.settings.get().storeCode) return { ticket, reason: 'unknown' };
    if (targetState(ticket, 'arrive') === null) return { ticket, reason: 'wrong_state' };
    return { ticket, reason: null };
  } catch (error) {
    if (!isDeskError(error)) throw error;
    return { ticket: null, reason: error.code === 'ticket.not_found' ? 'unknown' : 'invalid' };
  }
}

/** Mark the accepted tickets arrived (返修到货) in one transaction, so any failure changes none. */
export function confirmArrival(deps: ServiceDeps, session: Session, ticketNos: string[]): Ticket[] {
  if (ticketNos.length === 0) throw new DeskError('arrival.empty');
  const now = deps.now();
  return deps.db.transaction(() =>
    ticketNos.map((ticketNo) => commitCommand(deps.db, ticketNo, { kind: 'arrive', at: toLocalIso(now) }, actorOf(session), now)),
  );
}

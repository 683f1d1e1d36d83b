import { randomUUID } from 'node:crypto';
import { DeskError } from '../domain/errors.js';
import { applyCommand, type TicketCommand } from '../domain/lifecycle.js';
import type { Actor, Ticket } from '../domain/ticket.js';
import { toLocalIso } from '../domain/time.js';
import { ConcurrentUpdateError, type DeskDatabase } from '../storage/types.js';

/** Load a ticket or throw the user-facing not-found error. */
export function requireTicket(db: DeskDatabase, ticketNo: string): Ticket {
  const ticket = db.tickets.get(ticketNo);
  if (!ticket) throw new DeskError('ticket.not_found', { ticketNo });
  return ticket;
}

/**
 * Apply one command to a stored ticket and write the new ticket and its event. Must run inside
 * the caller's transaction, so the print jobs the caller adds commit or roll back with it.
 */
export function commitCommand(db: DeskDatabase, ticketNo: string, command: TicketCommand, actor: Actor, now: Date): Ticket {
  const current = requireTicket(db, ticketNo);
  const at = toLocalIso(now);
  const { ticket, from, to } = applyCommand(current, command, actor, at);

  try {
    db.tickets.update(ticket, current.version);
  } catch (error) {
    // Another app instance changed the ticket between our read and write, so the clerk retries.
    if (error instanceof ConcurrentUpdateError) throw new DeskError('ticket.changed_elsewhere', { ticketNo }, { cause: error });
    throw error;
  }
  db.events.append({
    eventId: randomUUID(),
    ticketNo,
    type: command.kind,
    fromState: from,
    toState: to,
    operatorId: actor.operatorId,
    at,
    payload: command,
  });
  return ticket;
}

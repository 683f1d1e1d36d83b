import { DeskError } from '../domain/errors.js';
import { parseTicketNo } from '../domain/ticket-number.js';
import type { Ticket } from '../domain/ticket.js';
import type { DeskDatabase } from '../storage/types.js';

/**
 * Find the ticket a scanned or typed code names. Throws DeskError `scan.not_ticket` for a code
 * not shaped like a ticket number, `ticket_no.check_failed` for a typo, and `ticket.not_found`
 * for a valid number with no ticket.
 */
export function ticketFromCode(db: DeskDatabase, code: string): Ticket {
  const parsed = parseTicketNo(code);
  if (!parsed) throw new DeskError('scan.not_ticket', { code: code.trim() });
  const ticket = db.tickets.get(parsed.ticketNo);
  if (!ticket) throw new DeskError('ticket.not_found', { ticketNo: parsed.ticketNo });
  return ticket;
}

import type BetterSqlite3 from 'better-sqlite3';
import { eventRowSchema, parseRow } from './row-schemas.js';
import type { EventRepository, HqEventStatus, NewTicketEvent, TicketEvent } from './types.js';

interface EventRow {
  seq: number;
}

function readEvent(row: EventRow): TicketEvent {
  return parseRow(eventRowSchema, row, 'events', row.seq);
}

/**
 * Create the repository of the audit trail and HQ outbox. `seq` is an AUTOINCREMENT rowid, so
 * it grows even after rows are deleted and sorting by it gives the order of writing.
 */
export function createEventRepository(db: BetterSqlite3.Database): EventRepository {
  const insertStatement = db.prepare(`
    INSERT INTO events (event_id, ticket_no, type, from_state, to_state, operator_id, at, payload)
    VALUES (@eventId, @ticketNo, @type, @fromState, @toState, @operatorId, @at, @payload)`);
  const forTicketStatement = db.prepare<[string], EventRow>('SELECT * FROM events WHERE ticket_no = ? ORDER BY seq');
  const pendingCountStatement = db.prepare<[], { count: number }>(
    "SELECT count(*) AS count FROM events WHERE hq_status = 'pending'",
  );
  const pendingStatement = db.prepare<[number], EventRow>(
    "SELECT * FROM events WHERE hq_status = 'pending' ORDER BY seq LIMIT ?",
  );
  const markStatement = db.prepare('UPDATE events SET hq_status = ?, hq_reason = ? WHERE event_id = ?');

  return {
    append(event: NewTicketEvent): TicketEvent {
      const result = insertStatement.run({
        eventId: event.eventId,
        ticketNo: event.ticketNo,
        type: event.type,
        fromState: event.fromState,
        toState: event.toState,
        operatorId: event.operatorId,
        at: event.at,
        // JSON.stringify(undefined) is undefined, which the NOT NULL column rejects.
        payload: JSON.stringify(event.payload ?? null),
      });
      return { ...event, seq: Number(result.lastInsertRowid), hqStatus: 'pending', hqReason: null };
    },

    forTicket(ticketNo: string): TicketEvent[] {
      return forTicketStatement.all(ticketNo).map(readEvent);
    },

    pendingCount(): number {
      return pendingCountStatement.get()?.count ?? 0;
    },

    pending(limit: number): TicketEvent[] {
      return pendingStatement.all(limit).map(readEvent);
    },

    markHqStatus(eventId: string, status: HqEventStatus, reason: string | null): void {
      const result = markStatement.run(status, reason, eventId);
      if (result.changes === 0) throw new Error(`markHqStatus: no event with id ${eventId}`);
    },
  };
}

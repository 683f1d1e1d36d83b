import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { CLOSED_STATES, TICKET_STATES, ticketSchema, type Ticket, type TicketState } from '../domain/ticket.js';
import { parseRow, ticketRowSchema } from './row-schemas.js';
import { buildSearchFilter, searchLimit } from './ticket-search.js';
import { ConcurrentUpdateError, type TicketQuery, type TicketRepository } from './types.js';

const SELECT_TICKET = 'SELECT ticket_no, version, data FROM tickets';

interface TicketRow {
  ticket_no: string;
}

/** Validate a ticket and return its column values. Every column except `data` is a copy kept for search. */
function toColumns(ticket: Ticket): Record<string, string | number> {
  const result = ticketSchema.safeParse(ticket);
  if (!result.success) {
    throw new Error(`Invalid ticket ${ticket.ticketNo} was not stored: ${z.prettifyError(result.error)}`, { cause: result.error });
  }

  const valid = result.data;
  return {
    ticketNo: valid.ticketNo,
    state: valid.state,
    type: valid.type,
    storeCode: valid.storeCode,
    phoneNormalized: valid.phoneNormalized,
    customerName: valid.customerName,
    styleNo: valid.styleNo,
    createdAt: valid.createdAt,
    updatedAt: valid.updatedAt,
    version: valid.version,
    data: JSON.stringify(valid),
  };
}

function readTicket(row: TicketRow): Ticket {
  return parseRow(ticketRowSchema, row, 'tickets', row.ticket_no);
}

/**
 * Tickets stored as one JSON document each, with the searched fields copied into columns.
 * createdAt must carry the terminal's local offset, because the date filters of search() read
 * its first 10 characters as the local date. Returns a plain object of methods, which
 * withStorageErrors wraps.
 */
export function createTicketRepository(db: BetterSqlite3.Database): TicketRepository {
  const insertStatement = db.prepare(`
    INSERT INTO tickets (ticket_no, state, type, store_code, phone_normalized, customer_name, style_no,
                         created_at, updated_at, version, data)
    VALUES (@ticketNo, @state, @type, @storeCode, @phoneNormalized, @customerName, @styleNo,
            @createdAt, @updatedAt, @version, @data)`);
  const updateStatement = db.prepare(`
    UPDATE tickets
    SET state = @state, type = @type, store_code = @storeCode, phone_normalized = @phoneNormalized,
        customer_name = @customerName, style_no = @styleNo, created_at = @createdAt,
        updated_at = @updatedAt, version = @version, data = @data
    WHERE ticket_no = @ticketNo AND version = @expectedVersion`);
  const getStatement = db.prepare<[string], TicketRow>(`${SELECT_TICKET} WHERE ticket_no = ?`);
  const listOpenStatement = db.prepare<[string], TicketRow>(`
    ${SELECT_TICKET}
    WHERE state NOT IN (SELECT value FROM json_each(?))
    ORDER BY created_at, ticket_no`);
  const countByStateStatement = db.prepare<[], { state: string; count: number }>(
    'SELECT state, count(*) AS count FROM tickets GROUP BY state',
  );
  const closedStates = JSON.stringify(CLOSED_STATES);

  // One statement per combination of filters in use, prepared on first use.
  const searchStatements = new Map<string, BetterSqlite3.Statement<[Record<string, string | number>], TicketRow>>();

  function searchStatement(shape: string, where: string): BetterSqlite3.Statement<[Record<string, string | number>], TicketRow> {
    let statement = searchStatements.get(shape);
    if (statement === undefined) {
      statement = db.prepare(`${SELECT_TICKET} ${where} ORDER BY created_at DESC, ticket_no DESC LIMIT @limit`);
      searchStatements.set(shape, statement);
    }
    return statement;
  }

  return {
    insert(ticket: Ticket): void {
      insertStatement.run(toColumns(ticket));
    },

    update(ticket: Ticket, expectedVersion: number): void {
      if (ticket.version <= expectedVersion) {
        throw new Error(`ticket ${ticket.ticketNo}: new version ${ticket.version} must be above ${expectedVersion}`);
      }
      const result = updateStatement.run({ ...toColumns(ticket), expectedVersion });
      if (result.changes === 0) {
        throw new ConcurrentUpdateError(`ticket ${ticket.ticketNo} is no longer at version ${expectedVersion} or does not exist`);
      }
    },

    get(ticketNo: string): Ticket | null {
      const row = getStatement.get(ticketNo);
      return row === undefined ? null : readTicket(row);
    },

    search(query: TicketQuery): Ticket[] {
      const filter = buildSearchFilter(query);
      const statement = searchStatement(filter.shape, filter.where);
      return statement.all({ ...filter.params, limit: searchLimit(query) }).map(readTicket);
    },

    listOpen(): Ticket[] {
      return listOpenStatement.all(closedStates).map(readTicket);
    },

    countByState(): Record<TicketState, number> {
      const counts = Object.fromEntries(TICKET_STATES.map((state) => [state, 0])) as Record<TicketState, number>;
      for (const row of countByStateStatement.all()) {
        if (!(row.state in counts)) throw new Error(`Corrupt row in tickets: unknown state ${row.state}`);
        counts[row.state as TicketState] = row.count;
      }
      return counts;
    },
  };
}

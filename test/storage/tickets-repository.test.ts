import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { TICKET_STATES, type Ticket } from '../../src/domain/ticket.js';
import { openDatabase } from '../../src/storage/database.js';
import { ConcurrentUpdateError, type DeskDatabase, type TicketQuery } from '../../src/storage/types.js';
import { makeTempDir, makeTicket } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let db: DeskDatabase;

beforeEach(() => {
  temp = makeTempDir();
  dbPath = path.join(temp.dir, 'desk.sqlite');
  db = openDatabase(dbPath);
});

afterEach(() => {
  db.close();
  temp.remove();
});

function ticketNos(tickets: Ticket[]): string[] {
  return tickets.map((ticket) => ticket.ticketNo);
}

describe('tickets insert, get and update', () => {
  it('round-trips a ticket', () => {
    const ticket = makeTicket(1, { customerName: '陈喆堃', accessories: '包装盒' });
    db.tickets.insert(ticket);

    expect(db.tickets.get(ticket.ticketNo)).toEqual(ticket);
    expect(db.tickets.get('SH01-0199999X')).toBeNull();
  });

  it('updates at the expected version', () => {
    const ticket = makeTicket(1);
    db.tickets.insert(ticket);
    const sent = { ...ticket, state: 'sent_to_hq' as const, version: 2, updatedAt: '2026-12-05T09:00:00.000+08:00' };

    db.tickets.update(sent, 1);

    expect(db.tickets.get(ticket.ticketNo)).toEqual(sent);
  });

  it('rejects a stale version and keeps the row', () => {
    const ticket = makeTicket(1);
    db.tickets.insert(ticket);
    db.tickets.update({ ...ticket, state: 'sent_to_hq', version: 2 }, 1);

    const stale = { ...ticket, state: 'cancelled' as const, cancelReason: '顾客不修了', version: 2 };
    expect(() => db.tickets.update(stale, 1)).toThrow(ConcurrentUpdateError);

    const stored = db.tickets.get(ticket.ticketNo);
    expect(stored?.state).toBe('sent_to_hq');
    expect(stored?.cancelReason).toBeNull();
  });

  it('rejects an update of a missing ticket', () => {
    expect(() => db.tickets.update({ ...makeTicket(5), version: 2 }, 1)).toThrow(ConcurrentUpdateError);
  });

  it('rejects an invalid ticket before writing', () => {
    const invalid = { ...makeTicket(1), quantity: 0 };
    expect(() => db.tickets.insert(invalid)).toThrow(/Invalid ticket/);
    expect(db.tickets.get(invalid.ticketNo)).toBeNull();
  });

  it('reports a corrupt row with table and key', () => {
    const ticket = makeTicket(1);
    db.tickets.insert(ticket);
    const raw = new Database(dbPath);
    raw.prepare('UPDATE tickets SET data = ? WHERE ticket_no = ?').run(JSON.stringify({ ticketNo: ticket.ticketNo }), ticket.ticketNo);
    raw.close();

    expect(() => db.tickets.get(ticket.ticketNo)).toThrow(`Corrupt row in tickets (key ${ticket.ticketNo})`);
  });
});

describe('tickets search', () => {
  const tickets = [
    makeTicket(1, { createdAt: '2026-12-01T00:00:00.000+08:00', customerName: '王小明', styleNo: 'AB1234' }),
    makeTicket(2, {
      createdAt: '2026-12-02T23:59:59.999+08:00',
      customerName: '李雷',
      customerPhone: '13900001111',
      phoneNormalized: '13900001111',
      styleNo: 'ab5678',
    }),
    makeTicket(3, {
      createdAt: '2026-12-03T08:30:00.000+08:00',
      customerName: '韩梅梅',
      customerPhone: '021-66778899',
      phoneNormalized: '02166778899',
      styleNo: 'CD9_10',
      state: 'sent_to_hq',
    }),
    makeTicket(4, {
      createdAt: '2026-12-04T10:00:00.000+08:00',
      type: 'pre_sale',
      customerName: '',
      customerPhone: '',
      phoneNormalized: '',
      styleNo: 'CD9910',
      state: 'cancelled',
    }),
    makeTicket(5, { createdAt: '2026-12-05T10:00:00.000+08:00', customerName: '100%满意', styleNo: 'EF0001', state: 'picked_up' }),
  ];
  const [first, second, third, fourth, fifth] = tickets.map((ticket) => ticket.ticketNo);

  beforeEach(() => {
    db.transaction(() => {
      for (const ticket of tickets) db.tickets.insert(ticket);
    });
  });

  function search(query: TicketQuery): string[] {
    return ticketNos(db.tickets.search(query));
  }

  it('returns newest first without filters', () => {
    expect(search({})).toEqual([fifth, fourth, third, second, first]);
  });

  it('applies the limit', () => {
    expect(search({ limit: 2 })).toEqual([fifth, fourth]);
  });

  it('includes both date range edges', () => {
    expect(search({ fromDate: '2026-12-02', toDate: '2026-12-03' })).toEqual([third, second]);
    expect(search({ fromDate: '2026-12-01', toDate: '2026-12-01' })).toEqual([first]);
    expect(search({ toDate: '2026-11-30' })).toEqual([]);
  });

  it('rejects an invalid date', () => {
    expect(() => search({ fromDate: '2026-02-30' })).toThrow(DeskError);
    expect(() => search({ toDate: '12/04/2026' })).toThrow(expect.objectContaining({ code: 'storage.query_date_invalid' }));
  });

  it('matches part of a ticket number', () => {
    const sequencePart = (third ?? '').slice(5, 12);
    expect(search({ ticketNo: sequencePart })).toEqual([third]);
    expect(search({ ticketNo: (third ?? '').replace('-', '').toLowerCase() })).toEqual([third]);
    expect(search({ ticketNo: 'sh01-0100003' })).toEqual([third]);
  });

  it('matches a style number prefix ignoring case', () => {
    expect(search({ styleNo: 'ab' })).toEqual([second, first]);
    expect(search({ styleNo: 'AB56' })).toEqual([second]);
    expect(search({ styleNo: '1234' })).toEqual([]);
  });

  it('treats LIKE wildcards literally', () => {
    expect(search({ styleNo: 'CD9_' })).toEqual([third]);
    expect(search({ customerName: '%' })).toEqual([fifth]);
    expect(search({ ticketNo: '_' })).toEqual([]);
  });

  it('matches part of a customer name', () => {
    expect(search({ customerName: '梅' })).toEqual([third]);
    expect(search({ customerName: '小明' })).toEqual([first]);
  });

  it('matches phone last four or whole number', () => {
    expect(search({ phoneDigits: '5678' })).toEqual([fifth, first]);
    expect(search({ phoneDigits: '8899' })).toEqual([third]);
    expect(search({ phoneDigits: '+86 139 0000 1111' })).toEqual([second]);
    expect(search({ phoneDigits: '021-66778899' })).toEqual([third]);
    expect(search({ phoneDigits: '678' })).toEqual([]);
  });

  it('filters by states', () => {
    expect(search({ states: ['sent_to_hq', 'cancelled'] })).toEqual([fourth, third]);
    expect(search({ states: [] })).toHaveLength(5);
  });

  it('combines filters with AND', () => {
    expect(search({ phoneDigits: '5678', fromDate: '2026-12-02' })).toEqual([fifth]);
    expect(search({ styleNo: 'CD', states: ['received', 'sent_to_hq'] })).toEqual([third]);
    expect(search({ customerName: '王', styleNo: 'EF' })).toEqual([]);
  });

  it('lists open tickets oldest first', () => {
    expect(ticketNos(db.tickets.listOpen())).toEqual([first, second, third]);
  });

  it('counts every state', () => {
    const counts = db.tickets.countByState();
    expect(Object.keys(counts).sort()).toEqual([...TICKET_STATES].sort());
    expect(counts).toMatchObject({ received: 2, sent_to_hq: 1, cancelled: 1, picked_up: 1, at_hq: 0, arrived: 0 });
  });
});

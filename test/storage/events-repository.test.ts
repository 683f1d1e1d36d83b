import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import type { DeskDatabase, NewTicketEvent } from '../../src/storage/types.js';
import { makeTempDir, makeTicket } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let db: DeskDatabase;

const first = makeTicket(1);
const second = makeTicket(2);

function event(eventId: string, ticketNo: string, overrides: Partial<NewTicketEvent> = {}): NewTicketEvent {
  return {
    eventId,
    ticketNo,
    type: 'intake',
    fromState: null,
    toState: 'received',
    operatorId: 'clerk1',
    at: '2026-12-04T10:00:00.000+08:00',
    payload: { note: eventId },
    ...overrides,
  };
}

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(path.join(temp.dir, 'desk.sqlite'));
  db.tickets.insert(first);
  db.tickets.insert(second);
});

afterEach(() => {
  db.close();
  temp.remove();
});

describe('events', () => {
  it('appends with increasing seq and pending status', () => {
    const a = db.events.append(event('a', first.ticketNo));
    const b = db.events.append(event('b', second.ticketNo));

    expect(b.seq).toBeGreaterThan(a.seq);
    expect(a).toMatchObject({ hqStatus: 'pending', hqReason: null, payload: { note: 'a' } });
    expect(db.events.forTicket(first.ticketNo)).toEqual([a]);
  });

  it('lists a ticket history in write order', () => {
    db.events.append(event('a', first.ticketNo));
    db.events.append(event('b', second.ticketNo));
    db.events.append(
      event('c', first.ticketNo, {
        type: 'send_to_hq',
        fromState: 'received',
        toState: 'sent_to_hq',
        payload: { batchNo: 'B1' },
      }),
    );

    const history = db.events.forTicket(first.ticketNo);
    expect(history.map((item) => item.eventId)).toEqual(['a', 'c']);
    expect(history[1]).toMatchObject({ fromState: 'received', toState: 'sent_to_hq', payload: { batchNo: 'B1' } });
  });

  it('returns pending events oldest first', () => {
    for (const id of ['a', 'b', 'c', 'd']) db.events.append(event(id, first.ticketNo));
    db.events.markHqStatus('b', 'accepted', null);
    db.events.markHqStatus('c', 'rejected', '款号不存在');

    expect(db.events.pendingCount()).toBe(2);
    expect(db.events.pending(10).map((item) => item.eventId)).toEqual(['a', 'd']);
    expect(db.events.pending(1).map((item) => item.eventId)).toEqual(['a']);
    expect(db.events.forTicket(first.ticketNo)[2]).toMatchObject({ hqStatus: 'rejected', hqReason: '款号不存在' });
  });

  it('rejects marking an unknown event', () => {
    expect(() => db.events.markHqStatus('missing', 'accepted', null)).toThrow(/no event with id missing/);
  });

  it('rejects a duplicate event id', () => {
    db.events.append(event('a', first.ticketNo));
    expect(() => db.events.append(event('a', second.ticketNo))).toThrow(/UNIQUE/);
  });

  it('rejects an event for a missing ticket at commit', () => {
    expect(() => db.transaction(() => db.events.append(event('x', 'SH01-0199999X')))).toThrow(/FOREIGN KEY/);
    expect(db.events.pendingCount()).toBe(0);
  });
});

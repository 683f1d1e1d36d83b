import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.js';
import { hashPassword } from '../../src/storage/passwords.js';
import type { DeskDatabase, Operator } from '../../src/storage/types.js';
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

describe('drafts', () => {
  it('saves, overwrites, loads and deletes', () => {
    db.drafts.save('intake:clerk1', { customerName: '王' }, '2026-12-04T10:00:00.000+08:00');
    db.drafts.save('intake:clerk1', { customerName: '王小明' }, '2026-12-04T10:01:00.000+08:00');

    expect(db.drafts.load('intake:clerk1')).toEqual({
      key: 'intake:clerk1',
      data: { customerName: '王小明' },
      updatedAt: '2026-12-04T10:01:00.000+08:00',
    });
    expect(db.drafts.load('intake:clerk2')).toBeNull();

    db.drafts.delete('intake:clerk1');
    expect(db.drafts.load('intake:clerk1')).toBeNull();
  });
});

describe('operators', () => {
  const manager: Operator = {
    operatorId: 'zhang',
    displayName: '张店长',
    role: 'manager',
    passwordHash: hashPassword('secret1'),
    active: true,
    createdAt: '2026-12-01T09:00:00.000+08:00',
  };

  it('creates, gets and lists', () => {
    expect(db.operators.count()).toBe(0);
    db.operators.create(manager);
    db.operators.create({ ...manager, operatorId: 'li', displayName: '李', role: 'clerk', active: false });

    expect(db.operators.count()).toBe(2);
    expect(db.operators.get('zhang')).toEqual(manager);
    expect(db.operators.get('nobody')).toBeNull();
    expect(db.operators.list().map((operator) => [operator.operatorId, operator.active])).toEqual([
      ['li', false],
      ['zhang', true],
    ]);
  });

  it('changes the password hash', () => {
    db.operators.create(manager);
    const replacement = hashPassword('another');
    db.operators.setPasswordHash('zhang', replacement);

    expect(db.operators.get('zhang')?.passwordHash).toBe(replacement);
    expect(() => db.operators.setPasswordHash('nobody', replacement)).toThrow(/no operator with id nobody/);
    expect(() => db.operators.setPasswordHash('zhang', 'plain text')).toThrow(/not a scrypt hash/);
  });

  it('rejects an upper-case id or a plain password', () => {
    expect(() => db.operators.create({ ...manager, operatorId: 'Zhang' })).toThrow(/Invalid operator/);
    expect(() => db.operators.create({ ...manager, passwordHash: 'secret1' })).toThrow(/Invalid operator/);
    expect(db.operators.count()).toBe(0);
  });
});

describe('sequences', () => {
  it('count per name and survive reopen', () => {
    expect([db.sequences.next('ticket'), db.sequences.next('ticket'), db.sequences.next('batch')]).toEqual([1, 2, 1]);

    db.close();
    db = openDatabase(dbPath);

    expect(db.sequences.next('ticket')).toBe(3);
    expect(db.sequences.next('batch')).toBe(2);
  });

  it('roll back with the transaction', () => {
    expect(() =>
      db.transaction(() => {
        db.sequences.next('ticket');
        throw new Error('intake failed');
      }),
    ).toThrow('intake failed');

    expect(db.sequences.next('ticket')).toBe(1);
  });
});

describe('return batches', () => {
  it('insert and get', () => {
    const ticket = makeTicket(1);
    db.tickets.insert(ticket);
    const batch = {
      batchNo: 'SH01-B0001',
      carrier: '顺丰',
      trackingNo: 'SF1234567890',
      sentAt: '2026-12-04T16:00:00.000+08:00',
      operatorId: 'clerk1',
      ticketNos: [ticket.ticketNo],
    };
    db.batches.insert(batch);

    expect(db.batches.get('SH01-B0001')).toEqual(batch);
    expect(db.batches.get('SH01-B0002')).toBeNull();
  });
});

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { openDatabase } from '../../src/storage/database.js';
import { MIGRATIONS, migrate } from '../../src/storage/migrations.js';
import type { DeskDatabase } from '../../src/storage/types.js';
import { makeLayout, makeTempDir, makeTicket } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let dbPath: string;
const opened: DeskDatabase[] = [];

function open(filePath = dbPath, busyTimeoutMs?: number): DeskDatabase {
  const db = openDatabase(filePath, busyTimeoutMs === undefined ? {} : { busyTimeoutMs });
  opened.push(db);
  return db;
}

function catchDeskError(action: () => unknown): DeskError {
  try {
    action();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a DeskError, but nothing was thrown');
}

beforeEach(() => {
  temp = makeTempDir();
  dbPath = path.join(temp.dir, 'nested', 'folder', 'desk.sqlite');
});

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  temp.remove();
});

describe('openDatabase', () => {
  it('creates folder, schema and user_version', () => {
    open().close();

    const raw = new Database(dbPath, { readonly: true });
    const tables = raw
      .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all()
      .map((row) => row.name);
    const indexes = raw.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'index'").all().map((row) => row.name);
    const version = raw.pragma('user_version', { simple: true });
    const journal = raw.pragma('journal_mode', { simple: true });
    raw.close();

    expect(tables).toEqual(['drafts', 'events', 'operators', 'print_jobs', 'return_batches', 'sequences', 'tickets']);
    expect(indexes).toContain('events_hq_status');
    expect(indexes).toContain('tickets_phone');
    expect(version).toBe(MIGRATIONS.at(-1)?.version);
    expect(journal).toBe('wal');
  });

  it('keeps data across reopen', () => {
    const first = open();
    first.tickets.insert(makeTicket(1));
    first.close();

    const second = open();
    expect(second.tickets.get(makeTicket(1).ticketNo)).toEqual(makeTicket(1));
  });

  it('rejects a file with a newer schema', () => {
    open().close();
    const raw = new Database(dbPath);
    raw.pragma('user_version = 99');
    raw.close();

    const error = catchDeskError(() => open());
    expect(error.code).toBe('storage.newer_schema');
    expect(error.params).toMatchObject({ found: 99, path: dbPath });
  });

  it('reports a directory path as unwritable', () => {
    const error = catchDeskError(() => open(temp.dir));
    expect(error.code).toBe('storage.unwritable');
    expect(error.params.path).toBe(temp.dir);
  });

  it('reports a path inside a regular file as unwritable', () => {
    const regularFile = path.join(temp.dir, 'not-a-folder');
    writeFileSync(regularFile, 'text');
    const error = catchDeskError(() => open(path.join(regularFile, 'desk.sqlite')));
    expect(error.code).toBe('storage.unwritable');
  });

  it('reports a file that is not SQLite as corrupt', () => {
    const garbage = path.join(temp.dir, 'garbage.sqlite');
    writeFileSync(garbage, 'this is not an SQLite database '.repeat(200));
    const error = catchDeskError(() => open(garbage));
    expect(error.code).toBe('storage.corrupt');
  });
});

describe('migrate', () => {
  it('rolls back a failing migration', () => {
    const raw = new Database(path.join(temp.dir, 'migrate.sqlite'));
    const migrations = [
      { version: 1, description: 'first', up: (db: Database.Database) => db.exec('CREATE TABLE first (id INTEGER)') },
      {
        version: 2,
        description: 'fails half way',
        up: (db: Database.Database) => {
          db.exec('CREATE TABLE second (id INTEGER)');
          throw new Error('migration step failed');
        },
      },
    ];

    expect(() => migrate(raw, 'migrate.sqlite', migrations)).toThrow('migration step failed');
    const tables = raw.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table'").all().map((row) => row.name);
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(tables).toEqual(['first']);
    raw.close();
  });
});

describe('transaction', () => {
  it('rolls back ticket, event and print job together', () => {
    const db = open();
    const ticket = makeTicket(1);

    expect(() =>
      db.transaction(() => {
        db.tickets.insert(ticket);
        db.events.append({
          eventId: 'e-1',
          ticketNo: ticket.ticketNo,
          type: 'intake',
          fromState: null,
          toState: 'received',
          operatorId: 'clerk1',
          at: ticket.createdAt,
          payload: {},
        });
        db.printJobs.enqueue({
          document: 'customer_receipt',
          ticketNo: ticket.ticketNo,
          batchNo: null,
          printerId: 'receipt',
          layout: makeLayout(ticket.ticketNo),
          createdAt: ticket.createdAt,
        });
        throw new Error('printer profile missing');
      }),
    ).toThrow('printer profile missing');

    expect(db.tickets.get(ticket.ticketNo)).toBeNull();
    expect(db.events.forTicket(ticket.ticketNo)).toEqual([]);
    expect(db.printJobs.forTicket(ticket.ticketNo)).toEqual([]);
  });

  it('joins the outer transaction when nested', () => {
    const db = open();

    expect(() =>
      db.transaction(() => {
        db.tickets.insert(makeTicket(1));
        const inner = db.transaction(() => {
          db.tickets.insert(makeTicket(2));
          return 'inner result';
        });
        expect(inner).toBe('inner result');
        throw new Error('outer work failed');
      }),
    ).toThrow('outer work failed');

    expect(db.tickets.get(makeTicket(1).ticketNo)).toBeNull();
    expect(db.tickets.get(makeTicket(2).ticketNo)).toBeNull();
  });

  it('returns the work result and commits', () => {
    const db = open();
    const sequence = db.transaction(() => {
      db.tickets.insert(makeTicket(1));
      return db.sequences.next('ticket');
    });

    expect(sequence).toBe(1);
    expect(db.tickets.get(makeTicket(1).ticketNo)).not.toBeNull();
  });

  it('reports a held lock as storage.busy', () => {
    const db = open(dbPath, 50);
    const holder = new Database(dbPath);
    holder.exec('BEGIN IMMEDIATE');

    const error = catchDeskError(() => db.transaction(() => db.tickets.insert(makeTicket(1))));
    holder.exec('ROLLBACK');
    holder.close();

    expect(error.code).toBe('storage.busy');
    expect(db.tickets.get(makeTicket(1).ticketNo)).toBeNull();
  });
});

describe('two instances on one file', () => {
  it('interleaved writes keep every row', () => {
    const first = open();
    const second = open();
    const perInstance = 40;
    const sequences: number[] = [];

    for (let index = 0; index < perInstance; index += 1) {
      for (const db of [first, second]) {
        db.transaction(() => {
          const sequence = db.sequences.next('ticket');
          sequences.push(sequence);
          db.tickets.insert(makeTicket(sequence));
        });
      }
    }

    const reader = open();
    expect(reader.tickets.search({ limit: 1000 })).toHaveLength(perInstance * 2);
    expect(first.tickets.search({ limit: 1000 })).toHaveLength(perInstance * 2);
    expect(sequences).toEqual(Array.from({ length: perInstance * 2 }, (_, index) => index + 1));
  });
});

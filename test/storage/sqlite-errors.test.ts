import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { openDatabase } from '../../src/storage/database.js';
import { toStorageError } from '../../src/storage/sqlite-errors.js';
import { makeTempDir, makeTicket } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;

beforeEach(() => {
  temp = makeTempDir();
});

afterEach(() => {
  temp.remove();
});

function captureError(action: () => void): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error, but nothing was thrown');
}

describe('toStorageError', () => {
  it('maps SQLITE_FULL to storage.disk_full', () => {
    const filePath = path.join(temp.dir, 'full.sqlite');
    const raw = new Database(filePath);
    raw.exec('CREATE TABLE filler (text TEXT)');
    // A page limit makes SQLite return SQLITE_FULL, the same code as a full disk.
    raw.pragma('max_page_count = 4');
    const insert = raw.prepare('INSERT INTO filler (text) VALUES (?)');

    const error = captureError(() => {
      for (let index = 0; index < 100; index += 1) insert.run('x'.repeat(4000));
    });
    raw.close();

    expect(error).toHaveProperty('code', 'SQLITE_FULL');
    const mapped = toStorageError(error, filePath);
    expect(mapped).toBeInstanceOf(DeskError);
    expect(mapped).toMatchObject({ code: 'storage.disk_full', params: { path: filePath } });
  });

  it('keeps a constraint violation as a bug', () => {
    const db = openDatabase(path.join(temp.dir, 'desk.sqlite'));
    db.tickets.insert(makeTicket(1));

    const error = captureError(() => db.tickets.insert(makeTicket(1)));
    db.close();

    expect(error).not.toBeInstanceOf(DeskError);
    expect(error).toHaveProperty('code', 'SQLITE_CONSTRAINT_PRIMARYKEY');
  });

  it('returns errors without a code unchanged', () => {
    const plain = new Error('plain bug');
    expect(toStorageError(plain, 'desk.sqlite')).toBe(plain);
  });

  it('returns a DeskError unchanged', () => {
    const desk = new DeskError('storage.busy', { path: 'a' });
    expect(toStorageError(desk, 'b')).toBe(desk);
  });
});

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createBatchRepository } from './batches-repository.js';
import { createDraftRepository } from './drafts-repository.js';
import { createEventRepository } from './events-repository.js';
import { migrate } from './migrations.js';
import { createOperatorRepository } from './operators-repository.js';
import { createPrintJobRepository } from './print-jobs-repository.js';
import { createSequenceRepository } from './sequences-repository.js';
import { toStorageError, withStorageErrors } from './sqlite-errors.js';
import { createTicketRepository } from './tickets-repository.js';
import type { DeskDatabase } from './types.js';

/**
 * How long a write waits for another connection's lock before SQLITE_BUSY, in milliseconds.
 * A second app instance on the same file holds the lock only for one short transaction.
 */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenDatabaseOptions {
  /** Lock wait in milliseconds, BUSY_TIMEOUT_MS unless a test needs a shorter wait. */
  busyTimeoutMs?: number;
}

function openConnection(filePath: string): Database.Database {
  try {
    mkdirSync(path.dirname(filePath), { recursive: true });
    return new Database(filePath);
  } catch (error) {
    throw toStorageError(error, filePath);
  }
}

/**
 * Configure the connection for durability. WAL lets readers run beside one writer, and
 * synchronous FULL syncs the WAL at every commit so a committed ticket survives a power cut.
 * busy_timeout goes first so that switching to WAL also waits for another instance's lock.
 */
function configure(db: Database.Database, busyTimeoutMs: number): void {
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
}

/**
 * Open (and create or migrate) the SQLite file at `filePath`, creating its folder. Throws
 * DeskError `storage.unwritable`, `storage.corrupt`, `storage.busy`, `storage.disk_full` or
 * `storage.newer_schema` when the file cannot be used.
 */
export function openDatabase(filePath: string, options: OpenDatabaseOptions = {}): DeskDatabase {
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new Error(`busyTimeoutMs must be a non-negative integer, got ${busyTimeoutMs}`);
  const db = openConnection(filePath);

  try {
    configure(db, busyTimeoutMs);
    migrate(db, filePath);
  } catch (error) {
    db.close();
    throw toStorageError(error, filePath);
  }

  return {
    transaction<T>(work: () => T): T {
      // Inside a transaction the work joins it, so a throw still rolls back the outer one.
      if (db.inTransaction) return work();
      try {
        return db.transaction(work).immediate();
      } catch (error) {
        throw toStorageError(error, filePath);
      }
    },
    tickets: withStorageErrors(createTicketRepository(db), filePath),
    events: withStorageErrors(createEventRepository(db), filePath),
    printJobs: withStorageErrors(createPrintJobRepository(db), filePath),
    batches: withStorageErrors(createBatchRepository(db), filePath),
    sequences: withStorageErrors(createSequenceRepository(db), filePath),
    drafts: withStorageErrors(createDraftRepository(db), filePath),
    operators: withStorageErrors(createOperatorRepository(db), filePath),
    close(): void {
      if (db.open) db.close();
    },
  };
}

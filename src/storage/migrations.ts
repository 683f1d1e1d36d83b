import type BetterSqlite3 from 'better-sqlite3';
import { DeskError } from '../domain/errors.js';

/** One step of the schema. `version` is the PRAGMA user_version the file has after `up`. */
export interface Migration {
  version: number;
  description: string;
  up: (db: BetterSqlite3.Database) => void;
}

/*
 * Foreign keys are DEFERRABLE INITIALLY DEFERRED so that a transaction may write a ticket, its
 * event and its print job in any order, because SQLite checks them at COMMIT. Tables are STRICT
 * so that a value of the wrong type is rejected when written. STRICT needs SQLite 3.37 or later,
 * and better-sqlite3 12.11 bundles 3.53.
 */
const INITIAL_SCHEMA = `
CREATE TABLE tickets (
  ticket_no TEXT PRIMARY KEY,
  state TEXT NOT NULL,
  type TEXT NOT NULL,
  store_code TEXT NOT NULL,
  phone_normalized TEXT NOT NULL,
  customer_name TEXT NOT NULL,
  style_no TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL,
  data TEXT NOT NULL CHECK (json_valid(data))
) STRICT;
CREATE INDEX tickets_state ON tickets (state, created_at);
CREATE INDEX tickets_created_at ON tickets (created_at, ticket_no);
CREATE INDEX tickets_phone ON tickets (phone_normalized);
CREATE INDEX tickets_style_no ON tickets (style_no COLLATE NOCASE);
CREATE INDEX tickets_customer_name ON tickets (customer_name);

CREATE TABLE events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL UNIQUE,
  ticket_no TEXT NOT NULL REFERENCES tickets (ticket_no) DEFERRABLE INITIALLY DEFERRED,
  type TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  operator_id TEXT NOT NULL,
  at TEXT NOT NULL,
  payload TEXT NOT NULL CHECK (json_valid(payload)),
  hq_status TEXT NOT NULL DEFAULT 'pending'
    CHECK (hq_status IN ('pending', 'accepted', 'duplicate', 'rejected')),
  hq_reason TEXT
) STRICT;
CREATE INDEX events_ticket_no ON events (ticket_no, seq);
CREATE INDEX events_hq_status ON events (hq_status, seq);

CREATE TABLE return_batches (
  batch_no TEXT PRIMARY KEY,
  carrier TEXT NOT NULL,
  tracking_no TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  operator_id TEXT NOT NULL,
  ticket_nos TEXT NOT NULL CHECK (json_valid(ticket_nos))
) STRICT;

CREATE TABLE print_jobs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  document TEXT NOT NULL,
  ticket_no TEXT REFERENCES tickets (ticket_no) DEFERRABLE INITIALLY DEFERRED,
  batch_no TEXT REFERENCES return_batches (batch_no) DEFERRABLE INITIALLY DEFERRED,
  printer_id TEXT NOT NULL,
  layout TEXT NOT NULL CHECK (json_valid(layout)),
  status TEXT NOT NULL CHECK (status IN ('queued', 'printing', 'printed', 'failed', 'unknown')),
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX print_jobs_queue ON print_jobs (printer_id, status, id);
CREATE INDEX print_jobs_ticket_no ON print_jobs (ticket_no);
CREATE INDEX print_jobs_batch_no ON print_jobs (batch_no);

CREATE TABLE sequences (
  name TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;

CREATE TABLE drafts (
  key TEXT PRIMARY KEY,
  data TEXT NOT NULL CHECK (json_valid(data)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE operators (
  operator_id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
  password_hash TEXT NOT NULL,
  active INTEGER NOT NULL CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;
`;

/** Every migration in order. Append new ones, and never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, description: 'tickets, events, print jobs, batches, sequences, drafts, operators', up: (db) => db.exec(INITIAL_SCHEMA) },
];

function readUserVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the file up to the newest version in `migrations`, each migration in its own
 * transaction together with its user_version, so a failed step leaves the previous version
 * intact. Throws DeskError `storage.newer_schema` when the file is newer than this app.
 */
export function migrate(db: BetterSqlite3.Database, filePath: string, migrations: readonly Migration[] = MIGRATIONS): void {
  const supported = migrations.at(-1)?.version ?? 0;
  const found = readUserVersion(db);
  if (found > supported) throw new DeskError('storage.newer_schema', { path: filePath, found, supported });
  if (found === supported) return;

  for (const migration of migrations) {
    db.transaction(() => {
      // Read again under the write lock, because another instance may have migrated the file meanwhile.
      if (readUserVersion(db) >= migration.version) return;

      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}

import type BetterSqlite3 from 'better-sqlite3';
import { draftRowSchema, parseRow } from './row-schemas.js';
import type { Draft, DraftRepository } from './types.js';

/** Unfinished forms (an intake being typed) kept across a crash or a power cut, one per key. */
export function createDraftRepository(db: BetterSqlite3.Database): DraftRepository {
  const saveStatement = db.prepare(`
    INSERT INTO drafts (key, data, updated_at) VALUES (?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`);
  const loadStatement = db.prepare<[string], { key: string }>('SELECT * FROM drafts WHERE key = ?');
  const deleteStatement = db.prepare('DELETE FROM drafts WHERE key = ?');

  return {
    save(key: string, data: unknown, now: string): void {
      saveStatement.run(key, JSON.stringify(data ?? null), now);
    },

    load(key: string): Draft | null {
      const row = loadStatement.get(key);
      return row === undefined ? null : parseRow(draftRowSchema, row, 'drafts', key);
    },

    delete(key: string): void {
      deleteStatement.run(key);
    },
  };
}

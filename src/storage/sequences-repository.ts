import type BetterSqlite3 from 'better-sqlite3';
import type { SequenceRepository } from './types.js';

/** Named counters starting at 1. One UPSERT advances and reads a counter atomically. */
export function createSequenceRepository(db: BetterSqlite3.Database): SequenceRepository {
  const nextStatement = db.prepare<[string], { value: number }>(`
    INSERT INTO sequences (name, value) VALUES (?, 1)
    ON CONFLICT (name) DO UPDATE SET value = value + 1
    RETURNING value`);

  return {
    next(name: string): number {
      const row = nextStatement.get(name);
      if (row === undefined) throw new Error(`sequence ${name}: UPSERT ... RETURNING returned no row`);
      return row.value;
    },
  };
}

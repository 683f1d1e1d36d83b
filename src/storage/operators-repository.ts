import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { PASSWORD_HASH_PATTERN, operatorRowSchema, operatorSchema, parseRow } from './row-schemas.js';
import type { Operator, OperatorRepository } from './types.js';

interface OperatorRow {
  operator_id: string;
}

function readOperator(row: OperatorRow): Operator {
  return parseRow(operatorRowSchema, row, 'operators', row.operator_id);
}

/** Counter staff who sign in. Passwords are stored only as scrypt hashes (see passwords.ts). */
export function createOperatorRepository(db: BetterSqlite3.Database): OperatorRepository {
  const countStatement = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM operators');
  const insertStatement = db.prepare(`
    INSERT INTO operators (operator_id, display_name, role, password_hash, active, created_at)
    VALUES (@operatorId, @displayName, @role, @passwordHash, @active, @createdAt)`);
  const getStatement = db.prepare<[string], OperatorRow>('SELECT * FROM operators WHERE operator_id = ?');
  const listStatement = db.prepare<[], OperatorRow>('SELECT * FROM operators ORDER BY operator_id');
  const setHashStatement = db.prepare('UPDATE operators SET password_hash = ? WHERE operator_id = ?');
  const setActiveStatement = db.prepare('UPDATE operators SET active = ? WHERE operator_id = ?');

  return {
    count(): number {
      return countStatement.get()?.count ?? 0;
    },

    create(operator: Operator): void {
      const result = operatorSchema.safeParse(operator);
      if (!result.success) {
        throw new Error(`Invalid operator ${operator.operatorId} was not stored: ${z.prettifyError(result.error)}`);
      }
      insertStatement.run({ ...result.data, active: result.data.active ? 1 : 0 });
    },

    get(operatorId: string): Operator | null {
      const row = getStatement.get(operatorId);
      return row === undefined ? null : readOperator(row);
    },

    list(): Operator[] {
      return listStatement.all().map(readOperator);
    },

    setPasswordHash(operatorId: string, passwordHash: string): void {
      if (!PASSWORD_HASH_PATTERN.test(passwordHash)) throw new Error(`setPasswordHash: ${operatorId}: not a scrypt hash`);
      const result = setHashStatement.run(passwordHash, operatorId);
      if (result.changes === 0) throw new Error(`setPasswordHash: no operator with id ${operatorId}`);
    },

    setActive(operatorId: string, active: boolean): void {
      const result = setActiveStatement.run(active ? 1 : 0, operatorId);
      if (result.changes === 0) throw new Error(`setActive: no operator with id ${operatorId}`);
    },
  };
}

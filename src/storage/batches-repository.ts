import type BetterSqlite3 from 'better-sqlite3';
import { batchRowSchema, parseRow } from './row-schemas.js';
import type { BatchRepository, ReturnBatch } from './types.js';

/** Return batches (返修出库): one parcel to HQ with its carrier, tracking number and tickets. */
export function createBatchRepository(db: BetterSqlite3.Database): BatchRepository {
  const insertStatement = db.prepare(`
    INSERT INTO return_batches (batch_no, carrier, tracking_no, sent_at, operator_id, ticket_nos)
    VALUES (@batchNo, @carrier, @trackingNo, @sentAt, @operatorId, @ticketNos)`);
  const getStatement = db.prepare<[string], { batch_no: string }>('SELECT * FROM return_batches WHERE batch_no = ?');

  return {
    insert(batch: ReturnBatch): void {
      insertStatement.run({ ...batch, ticketNos: JSON.stringify(batch.ticketNos) });
    },

    get(batchNo: string): ReturnBatch | null {
      const row = getStatement.get(batchNo);
      return row === undefined ? null : parseRow(batchRowSchema, row, 'return_batches', batchNo);
    },
  };
}

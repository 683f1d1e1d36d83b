import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { layoutSchema, parseRow, printJobRowSchema } from './row-schemas.js';
import type { NewPrintJob, PrintJob, PrintJobRepository, PrintJobStatus } from './types.js';

interface PrintJobRow {
  id: number;
}

const STATUSES: readonly PrintJobStatus[] = ['queued', 'printing', 'printed', 'failed', 'unknown'];

function readPrintJob(row: PrintJobRow): PrintJob {
  return parseRow(printJobRowSchema, row, 'print_jobs', row.id);
}

/** Create the print queue repository. Each job keeps its layout, so a reprint matches the first print. */
export function createPrintJobRepository(db: BetterSqlite3.Database): PrintJobRepository {
  const insertStatement = db.prepare<[Record<string, string | null>], PrintJobRow>(`
    INSERT INTO print_jobs (document, ticket_no, batch_no, printer_id, layout, status, attempts, created_at, updated_at)
    VALUES (@document, @ticketNo, @batchNo, @printerId, @layout, 'queued', 0, @createdAt, @createdAt)
    RETURNING *`);
  const getStatement = db.prepare<[number], PrintJobRow>('SELECT * FROM print_jobs WHERE id = ?');
  const nextQueuedStatement = db.prepare<[string, number], PrintJobRow>(`
    SELECT * FROM print_jobs
    WHERE printer_id = ? AND (status = 'queued' OR (status = 'failed' AND attempts < ?))
    ORDER BY id
    LIMIT 1`);
  const setStatusStatement = db.prepare(
    'UPDATE print_jobs SET status = ?, last_error = ?, updated_at = ? WHERE id = ?',
  );
  const beginAttemptStatement = db.prepare(
    "UPDATE print_jobs SET attempts = attempts + 1, status = 'printing', updated_at = ? WHERE id = ?",
  );
  const forTicketStatement = db.prepare<[string], PrintJobRow>('SELECT * FROM print_jobs WHERE ticket_no = ? ORDER BY id');
  const forBatchStatement = db.prepare<[string], PrintJobRow>('SELECT * FROM print_jobs WHERE batch_no = ? ORDER BY id');
  const recentStatement = db.prepare<[number], PrintJobRow>('SELECT * FROM print_jobs ORDER BY id DESC LIMIT ?');
  const countByStatusStatement = db.prepare<[], { status: string; count: number }>(
    'SELECT status, count(*) AS count FROM print_jobs GROUP BY status',
  );

  function requireChange(result: BetterSqlite3.RunResult, id: number, action: string): void {
    if (result.changes === 0) throw new Error(`${action}: no print job with id ${id}`);
  }

  return {
    enqueue(job: NewPrintJob): PrintJob {
      // A layout that cannot be read back would block the printer's queue, so check it first.
      const checked = layoutSchema.safeParse(job.layout);
      if (!checked.success) {
        throw new Error(`Invalid layout, ${job.document} was not queued: ${z.prettifyError(checked.error)}`);
      }
      const row = insertStatement.get({
        document: job.document,
        ticketNo: job.ticketNo,
        batchNo: job.batchNo,
        printerId: job.printerId,
        layout: JSON.stringify(checked.data),
        createdAt: job.createdAt,
      });
      if (row === undefined) throw new Error('enqueue: INSERT ... RETURNING returned no row');
      return readPrintJob(row);
    },

    get(id: number): PrintJob | null {
      const row = getStatement.get(id);
      return row === undefined ? null : readPrintJob(row);
    },

    nextQueued(printerId: string, maxAttempts: number): PrintJob | null {
      const row = nextQueuedStatement.get(printerId, maxAttempts);
      return row === undefined ? null : readPrintJob(row);
    },

    setStatus(id: number, status: PrintJobStatus, lastError: string | null, now: string): void {
      requireChange(setStatusStatement.run(status, lastError, now, id), id, 'setStatus');
    },

    beginAttempt(id: number, now: string): void {
      requireChange(beginAttemptStatement.run(now, id), id, 'beginAttempt');
    },

    forTicket(ticketNo: string): PrintJob[] {
      return forTicketStatement.all(ticketNo).map(readPrintJob);
    },

    forBatch(batchNo: string): PrintJob[] {
      return forBatchStatement.all(batchNo).map(readPrintJob);
    },

    recent(limit: number): PrintJob[] {
      return recentStatement.all(limit).map(readPrintJob);
    },

    countByStatus(): Record<PrintJobStatus, number> {
      const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<PrintJobStatus, number>;
      for (const row of countByStatusStatement.all()) {
        if (!(row.status in counts)) throw new Error(`Corrupt row in print_jobs: unknown status ${row.status}`);
        counts[row.status as PrintJobStatus] = row.count;
      }
      return counts;
    },
  };
}

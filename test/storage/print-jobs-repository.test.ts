import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from '../../src/printing/layout.js';
import { openDatabase } from '../../src/storage/database.js';
import type { DeskDatabase, NewPrintJob } from '../../src/storage/types.js';
import { makeLayout, makeTempDir, makeTicket } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let db: DeskDatabase;
const ticket = makeTicket(1);
const created = '2026-12-04T10:00:00.000+08:00';
const later = '2026-12-04T10:00:05.000+08:00';

function job(printerId: string, overrides: Partial<NewPrintJob> = {}): NewPrintJob {
  return {
    document: 'customer_receipt',
    ticketNo: ticket.ticketNo,
    batchNo: null,
    printerId,
    layout: makeLayout(ticket.ticketNo),
    createdAt: created,
    ...overrides,
  };
}

beforeEach(() => {
  temp = makeTempDir();
  db = openDatabase(path.join(temp.dir, 'desk.sqlite'));
  db.tickets.insert(ticket);
});

afterEach(() => {
  db.close();
  temp.remove();
});

describe('print jobs', () => {
  it('enqueues as queued with its layout', () => {
    const queued = db.printJobs.enqueue(job('receipt'));

    expect(queued).toMatchObject({ status: 'queued', attempts: 0, lastError: null, updatedAt: created });
    expect(queued.layout).toEqual(makeLayout(ticket.ticketNo));
    expect(db.printJobs.get(queued.id)).toEqual(queued);
    expect(db.printJobs.get(queued.id + 100)).toBeNull();
  });

  it('rejects an invalid layout before writing', () => {
    const broken = { title: 'x', lines: [{ kind: 'barcode', data: 'x', width: 9 }] } as unknown as Layout;
    expect(() => db.printJobs.enqueue(job('receipt', { layout: broken }))).toThrow(/Invalid layout/);
    expect(db.printJobs.recent(10)).toEqual([]);
  });

  it('picks the oldest job of the printer', () => {
    const onLabel = db.printJobs.enqueue(job('label', { document: 'work_card' }));
    const firstReceipt = db.printJobs.enqueue(job('receipt'));
    db.printJobs.enqueue(job('receipt'));

    expect(db.printJobs.nextQueued('receipt', 3)?.id).toBe(firstReceipt.id);
    expect(db.printJobs.nextQueued('label', 3)?.id).toBe(onLabel.id);
    expect(db.printJobs.nextQueued('missing', 3)).toBeNull();
  });

  it('retries failed jobs until attempts run out', () => {
    const failing = db.printJobs.enqueue(job('receipt'));

    db.printJobs.beginAttempt(failing.id, later);
    expect(db.printJobs.get(failing.id)).toMatchObject({ status: 'printing', attempts: 1, updatedAt: later });
    expect(db.printJobs.nextQueued('receipt', 2)).toBeNull();

    db.printJobs.setStatus(failing.id, 'failed', 'connect ECONNREFUSED 127.0.0.1:9100', later);
    expect(db.printJobs.nextQueued('receipt', 2)?.id).toBe(failing.id);

    db.printJobs.beginAttempt(failing.id, later);
    db.printJobs.setStatus(failing.id, 'failed', 'timed out', later);
    expect(db.printJobs.get(failing.id)).toMatchObject({ attempts: 2, lastError: 'timed out' });
    expect(db.printJobs.nextQueued('receipt', 2)).toBeNull();
    expect(db.printJobs.nextQueued('receipt', 3)?.id).toBe(failing.id);
  });

  it('skips printed and unknown jobs', () => {
    const printed = db.printJobs.enqueue(job('receipt'));
    const unknown = db.printJobs.enqueue(job('receipt'));
    db.printJobs.setStatus(printed.id, 'printed', null, later);
    db.printJobs.setStatus(unknown.id, 'unknown', 'connection reset mid-job', later);

    expect(db.printJobs.nextQueued('receipt', 3)).toBeNull();
    expect(db.printJobs.countByStatus()).toEqual({ queued: 0, printing: 0, printed: 1, failed: 0, unknown: 1 });
  });

  it('rejects status changes of a missing job', () => {
    expect(() => db.printJobs.setStatus(999, 'printed', null, later)).toThrow(/no print job with id 999/);
    expect(() => db.printJobs.beginAttempt(999, later)).toThrow(/no print job with id 999/);
  });

  it('lists jobs by ticket, batch and recency', () => {
    db.batches.insert({
      batchNo: 'SH01-B0001',
      carrier: '顺丰',
      trackingNo: 'SF1234567890',
      sentAt: later,
      operatorId: 'clerk1',
      ticketNos: [ticket.ticketNo],
    });
    const receipt = db.printJobs.enqueue(job('receipt'));
    const card = db.printJobs.enqueue(job('label', { document: 'work_card' }));
    const manifest = db.printJobs.enqueue(job('receipt', { document: 'return_manifest', ticketNo: null, batchNo: 'SH01-B0001' }));

    expect(db.printJobs.forTicket(ticket.ticketNo).map((item) => item.id)).toEqual([receipt.id, card.id]);
    expect(db.printJobs.forBatch('SH01-B0001').map((item) => item.id)).toEqual([manifest.id]);
    expect(db.printJobs.recent(2).map((item) => item.id)).toEqual([manifest.id, card.id]);
  });
});

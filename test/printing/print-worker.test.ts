import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { toLocalIso } from '../../src/domain/time.js';
import { decodeEscPos } from '../../src/printing/escpos-decode.js';
import type { Layout } from '../../src/printing/layout.js';
import { createPrintWorker } from '../../src/printing/print-worker.js';
import type { PrintWorker, PrintWorkerOptions } from '../../src/printing/print-worker.js';
import { createTcpTransport } from '../../src/printing/transports/tcp.js';
import type { PrinterTransport } from '../../src/printing/transports/types.js';
import { openDatabase } from '../../src/storage/database.js';
import type { DeskDatabase, PrintJob } from '../../src/storage/types.js';
import { PROFILE_80, startCaptureServer, waitFor } from './helpers.js';
import type { CaptureServer } from './helpers.js';

const START = new Date('2026-12-04T02:00:00.000Z');

function layoutFor(label: string): Layout {
  return { title: label, lines: [{ kind: 'text', text: `任务 ${label}` }, { kind: 'cut' }] };
}

/** Create a printer whose sends fail with the given errors first, then succeed. */
function scriptedTransport(failures: Error[] = []) {
  const sent: string[] = [];
  const transport: PrinterTransport = {
    label: 'scripted',
    send: (bytes) => {
      const failure = failures.shift();
      if (failure !== undefined) return Promise.reject(failure);
      sent.push(decodeEscPos(bytes).text.split('\n')[0] ?? '');
      return Promise.resolve();
    },
  };
  return { transport, sent };
}

const offline = () => new DeskError('printer.offline', { printer: 'scripted', reason: 'ECONNREFUSED' });
const unknown = () => new DeskError('printer.outcome_unknown', { printer: 'scripted', reason: 'ECONNRESET' });

let db: DeskDatabase;
let clock: Date;
let worker: PrintWorker | undefined;
let capture: CaptureServer | undefined;

beforeEach(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'print-worker-'));
  db = openDatabase(path.join(dir, 'desk.sqlite'));
  clock = START;
});

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  await capture?.close();
  capture = undefined;
  db.close();
});

function enqueue(label: string): PrintJob {
  return db.printJobs.enqueue({
    document: 'customer_receipt',
    ticketNo: null,
    batchNo: null,
    printerId: 'receipt',
    layout: layoutFor(label),
    createdAt: toLocalIso(clock),
  });
}

function makeWorker(transport: PrinterTransport, options: Partial<PrintWorkerOptions> = {}): PrintWorker {
  worker = createPrintWorker({
    db,
    printers: { receipt: { transport, profile: PROFILE_80 } },
    retryDelaysMs: [1000, 2000],
    now: () => clock,
    ...options,
  });
  return worker;
}

function advance(ms: number) {
  clock = new Date(clock.getTime() + ms);
}

function job(id: number): PrintJob {
  const found = db.printJobs.get(id);
  if (!found) throw new Error(`job ${id} missing`);
  return found;
}

describe('print worker', () => {
  it('prints a queued job over TCP', async () => {
    capture = await startCaptureServer();
    const queued = enqueue('A');
    const printer = makeWorker(createTcpTransport({ host: '127.0.0.1', port: capture.port }));

    expect(await printer.processOnce()).toBe(1);

    expect(job(queued.id)).toMatchObject({ status: 'printed', attempts: 1, lastError: null });
    await waitFor(() => capture?.jobs.length === 1);
    expect(decodeEscPos(capture.jobs[0] ?? Buffer.alloc(0)).text).toContain('任务 A');
  });

  it('prints oldest first', async () => {
    const { transport, sent } = scriptedTransport();
    enqueue('A');
    enqueue('B');
    enqueue('C');

    expect(await makeWorker(transport).processOnce()).toBe(3);
    expect(sent).toEqual(['任务 A', '任务 B', '任务 C']);
  });

  it('retries an offline job after its delay', async () => {
    const { transport, sent } = scriptedTransport([offline()]);
    const queued = enqueue('A');
    const printer = makeWorker(transport);

    expect(await printer.processOnce()).toBe(1);
    expect(job(queued.id)).toMatchObject({ status: 'failed', attempts: 1, lastError: 'printer.offline' });

    expect(await printer.processOnce()).toBe(0);
    expect(job(queued.id).status).toBe('failed');

    advance(1000);
    expect(await printer.processOnce()).toBe(1);
    expect(job(queued.id)).toMatchObject({ status: 'printed', attempts: 2, lastError: null });
    expect(sent).toEqual(['任务 A']);
  });

  it('gives up when attempts run out', async () => {
    const { transport, sent } = scriptedTransport([offline(), offline(), offline(), offline()]);
    const queued = enqueue('A');
    const printer = makeWorker(transport, { maxAttempts: 3 });

    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await printer.processOnce()).toBe(1);
      advance(5000);
    }
    expect(await printer.processOnce()).toBe(0);

    expect(job(queued.id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(sent).toEqual([]);
  });

  it('keeps later jobs waiting behind a failed one', async () => {
    const { transport, sent } = scriptedTransport([offline()]);
    enqueue('A');
    const later = enqueue('B');
    const printer = makeWorker(transport);

    await printer.processOnce();
    expect(job(later.id).status).toBe('queued');

    advance(1000);
    expect(await printer.processOnce()).toBe(2);
    expect(sent).toEqual(['任务 A', '任务 B']);
  });

  it('never retries an unknown outcome', async () => {
    const { transport, sent } = scriptedTransport([unknown()]);
    const broken = enqueue('A');
    const next = enqueue('B');
    const printer = makeWorker(transport);

    expect(await printer.processOnce()).toBe(1);
    expect(job(broken.id)).toMatchObject({ status: 'unknown', attempts: 1, lastError: 'printer.outcome_unknown' });

    advance(60_000);
    expect(await printer.processOnce()).toBe(1);
    expect(job(broken.id).status).toBe('unknown');
    expect(job(next.id).status).toBe('printed');
    expect(sent).toEqual(['任务 B']);
  });

  it('treats a plain transport error as unknown', async () => {
    const { transport } = scriptedTransport([new Error('socket hang up')]);
    const queued = enqueue('A');

    await makeWorker(transport).processOnce();
    expect(job(queued.id)).toMatchObject({ status: 'unknown', lastError: 'socket hang up' });
  });

  it('marks a job left printing as unknown on start', async () => {
    const { transport, sent } = scriptedTransport();
    const interrupted = enqueue('A');
    db.printJobs.beginAttempt(interrupted.id, toLocalIso(clock));
    const waiting = enqueue('B');

    const printer = makeWorker(transport);
    printer.start();
    await waitFor(() => job(waiting.id).status === 'printed');

    expect(job(interrupted.id)).toMatchObject({ status: 'unknown', lastError: 'printer.interrupted' });
    expect(sent).toEqual(['任务 B']);
  });

  it('prints a job queued after start when kicked', async () => {
    const { transport, sent } = scriptedTransport();
    const changes: number[] = [];
    const printer = makeWorker(transport, { onChange: () => changes.push(1) });
    printer.start();

    const queued = enqueue('A');
    printer.kick();
    await waitFor(() => job(queued.id).status === 'printed');

    expect(sent).toEqual(['任务 A']);
    expect(changes.length).toBeGreaterThanOrEqual(2);
  });

  it('ignores kicks before start', async () => {
    const { transport, sent } = scriptedTransport();
    const printer = makeWorker(transport);
    const queued = enqueue('A');

    printer.kick();
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(job(queued.id).status).toBe('queued');
    expect(sent).toEqual([]);
  });

  it('waits for the job in flight on stop', async () => {
    let release: () => void = () => undefined;
    const transport: PrinterTransport = {
      label: 'slow',
      send: () => new Promise<void>((resolve) => (release = resolve)),
    };
    const queued = enqueue('A');
    const printer = makeWorker(transport);
    printer.start();
    await waitFor(() => job(queued.id).status === 'printing');

    let stopped = false;
    const stopping = printer.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);

    release();
    await stopping;
    expect(job(queued.id).status).toBe('printed');
  });

  it('reports database errors instead of throwing', async () => {
    const { transport } = scriptedTransport();
    const errors: unknown[] = [];
    const printer = makeWorker(transport, { onError: (error) => errors.push(error) });
    enqueue('A');
    db.close();

    await expect(printer.processOnce()).resolves.toBe(0);
    expect(errors).toHaveLength(1);
    db = openDatabase(path.join(mkdtempSync(path.join(os.tmpdir(), 'print-worker-')), 'desk.sqlite'));
  });
});

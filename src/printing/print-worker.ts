import { isDeskError } from '../domain/errors.js';
import { toLocalIso } from '../domain/time.js';
import type { DeskDatabase, PrintJob } from '../storage/types.js';
import type { PrinterProfile } from './profiles.js';
import { renderEscPos } from './render-escpos.js';
import type { PrinterTransport } from './transports/types.js';

/** One configured printer: where its bytes go and what it can print. */
export interface WorkerPrinter {
  transport: PrinterTransport;
  profile: PrinterProfile;
}

export interface PrintWorkerOptions {
  db: DeskDatabase;
  /** Printers by settings key (`receipt`). Jobs for any other key stay queued. */
  printers: Record<string, WorkerPrinter>;
  /** Attempts per job before it stays `failed`. */
  maxAttempts?: number;
  /** Wait before attempt n + 1 after attempt n failed offline, in ms. The last value repeats. */
  retryDelaysMs?: number[];
  now?: () => Date;
  /** Called after every status change, so the status bar can refresh. */
  onChange?: () => void;
  /** Called with every failure the worker handles, for the log. `jobId` is null outside a job. */
  onError?: (error: unknown, jobId: number | null) => void;
}

export interface PrintWorker {
  /** Mark jobs left in `printing` by a crash as `unknown`, then start printing the queue. */
  start(): void;
  /** Stop the timers and wait for the job in flight. No new job starts after this. */
  stop(): Promise<void>;
  /**
   * Look at the queue soon. The service calls it after it queues jobs, and it does nothing
   * unless the worker was started.
   */
  kick(): void;
  /** Print what is due now, printer by printer, oldest first. Returns the number of jobs attempted. */
  processOnce(): Promise<number>;
}

/** `lastError` of a job that was in `printing` when the app stopped. */
export const INTERRUPTED_ERROR = 'printer.interrupted';

type Outcome = 'printed' | 'failed' | 'unknown';

/** Return the DeskError code of an expected failure, or the message of a bug. */
function describeFailure(error: unknown): string {
  if (isDeskError(error)) return error.code;
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * The background print queue. A job goes queued → printing → printed, or → failed when nothing
 * reached the printer (offline: retried after a delay until `maxAttempts`), or → unknown when
 * the connection broke mid-job (never retried here: the clerk decides). `lastError` is the
 * DeskError code (`printer.offline`, `printer.outcome_unknown`) or, for a bug, the message.
 * Nothing here throws into callers, and saving a ticket never waits for it. Timers are unref'd.
 */
export function createPrintWorker(options: PrintWorkerOptions): PrintWorker {
  const { db, printers, maxAttempts = 5, retryDelaysMs = [1000, 2000, 5000, 15_000, 30_000] } = options;
  const now = options.now ?? (() => new Date());

  /** Epoch ms before which a job that failed offline is not tried again. */
  const retryAt = new Map<number, number>();
  let running: Promise<number> | null = null;
  let runAgain = false;
  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeAt: number | null = null;

  const report = (error: unknown, jobId: number | null) => {
    try {
      options.onError?.(error, jobId);
    } catch {
      // A failing logger must not stop printing.
    }
  };

  const notify = () => {
    try {
      options.onChange?.();
    } catch (error) {
      report(error, null);
    }
  };

  const stamp = () => toLocalIso(now());

  const delayAfter = (attempts: number): number => {
    const index = Math.min(Math.max(attempts - 1, 0), retryDelaysMs.length - 1);
    return retryDelaysMs[index] ?? 0;
  };

  const wakeNoLaterThan = (time: number) => {
    wakeAt = wakeAt === null ? time : Math.min(wakeAt, time);
  };

  async function printJob(job: PrintJob, printer: WorkerPrinter): Promise<Outcome> {
    db.printJobs.beginAttempt(job.id, stamp());
    notify();
    const attempts = job.attempts + 1;

    let outcome: Outcome = 'printed';
    let lastError: string | null = null;
    let bytes: Buffer | null = null;
    try {
      bytes = renderEscPos(job.layout, printer.profile).bytes;
    } catch (error) {
      // A layout that cannot be rendered is a bug. Nothing was sent, so it counts as failed.
      report(error, job.id);
      outcome = 'failed';
      lastError = describeFailure(error);
    }

    if (bytes) {
      try {
        await printer.transport.send(bytes);
      } catch (error) {
        report(error, job.id);
        // Only a DeskError printer.offline promises that nothing reached the printer.
        const offline = isDeskError(error) && error.code === 'printer.offline';
        outcome = offline ? 'failed' : 'unknown';
        lastError = describeFailure(error);
      }
    }

    if (outcome === 'failed') {
      // After the last attempt the job stays failed and the wake-up moves on to the next job.
      const due = now().getTime() + delayAfter(attempts);
      retryAt.set(job.id, due);
      wakeNoLaterThan(due);
    } else {
      retryAt.delete(job.id);
    }
    db.printJobs.setStatus(job.id, outcome, lastError, stamp());
    notify();
    return outcome;
  }

  /** Print one printer's due jobs in order, and stop at the first that is waiting or fails. */
  async function drainPrinter(printerId: string, printer: WorkerPrinter): Promise<number> {
    let attempted = 0;
    while (!stopped) {
      const job = db.printJobs.nextQueued(printerId, maxAttempts);
      if (!job) break;

      const due = retryAt.get(job.id);
      if (due !== undefined && due > now().getTime()) {
        wakeNoLaterThan(due);
        break;
      }

      const outcome = await printJob(job, printer);
      attempted += 1;
      if (outcome === 'unknown') wakeNoLaterThan(now().getTime() + delayAfter(1));
      if (outcome !== 'printed') break;
    }
    return attempted;
  }

  async function runAll(): Promise<number> {
    let attempted = 0;
    for (const [printerId, printer] of Object.entries(printers)) {
      try {
        attempted += await drainPrinter(printerId, printer);
      } catch (error) {
        // The database failed (closed, disk full): report it and try again on the next kick.
        report(error, null);
      }
    }
    return attempted;
  }

  async function processOnce(): Promise<number> {
    while (running) await running;
    wakeAt = null;
    running = runAll().finally(() => {
      running = null;
      if (runAgain && started && !stopped) {
        runAgain = false;
        schedule(0);
      }
    });
    return running;
  }

  function schedule(delayMs: number) {
    clearTimeout(timer);
    timer = setTimeout(() => void loop(), Math.max(delayMs, 0));
    timer.unref();
  }

  async function loop() {
    timer = undefined;
    await processOnce();
    // A kick during the run has already scheduled the next one. Otherwise wait for the next retry.
    if (started && !stopped && timer === undefined && wakeAt !== null) schedule(wakeAt - now().getTime());
  }

  function recoverInterrupted() {
    try {
      const counts = db.printJobs.countByStatus();
      if (counts.printing === 0) return;

      // The repository has no query by status, but all jobs newest first cover every leftover.
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      for (const job of db.printJobs.recent(total)) {
        if (job.status === 'printing') db.printJobs.setStatus(job.id, 'unknown', INTERRUPTED_ERROR, stamp());
      }
      notify();
    } catch (error) {
      report(error, null);
    }
  }

  function kick() {
    if (!started || stopped) return;
    if (running) {
      runAgain = true;
      return;
    }
    schedule(0);
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      recoverInterrupted();
      kick();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      if (running) await running;
    },
    kick,
    processOnce,
  };
}

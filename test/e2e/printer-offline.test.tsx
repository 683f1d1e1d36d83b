import { afterEach, describe, expect, it } from 'vitest';
import type { PrintJob } from '../../src/storage/types.js';
import { closedPort, startCaptureServer, type CaptureServer } from '../printing/helpers.js';
import { createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { fieldLine, plainFrame, waitForFrame } from '../ui-shell/shell-driver.js';
import { takeInAfterSale } from './counter-steps.js';
import { waitForPrintedJobs } from './printed-jobs.js';

let app: TestApp | null = null;
let printer: CaptureServer | null = null;

afterEach(async () => {
  await app?.close();
  await printer?.close();
  app = null;
  printer = null;
});

const ENTRY = { phone: '13812345678', customerName: '张三', itemBarcode: '6912468000017', styleNo: 'F24-1032' } as const;

/** Poll the ticket's print jobs until `check` accepts them, bounded so a stuck queue fails the test. */
async function waitForJobs(testApp: TestApp, ticketNo: string, check: (jobs: PrintJob[]) => boolean, timeoutMs = 5000): Promise<PrintJob[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = testApp.service.printJobsFor(ticketNo);
    if (check(jobs)) return jobs;
    if (Date.now() >= deadline) throw new Error(`print jobs did not reach the expected state: ${JSON.stringify(jobs.map(({ document, status }) => ({ document, status })))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('printer offline', () => {
  it('saves the intake and prints once the printer is back', async () => {
    const port = await closedPort();
    app = await createTestApp({ startPrintWorker: true, printerConnection: `tcp://127.0.0.1:${port}` });
    await setupStore(app);
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('首页'));

    const ticketNo = await takeInAfterSale(screen, ENTRY);

    expect(app.service.getTicket(ticketNo)).toMatchObject({ state: 'received', customerName: ENTRY.customerName });
    const saved = plainFrame(screen);
    expect(saved).toContain(`工单 ${ticketNo} 已保存`);
    expect(fieldLine(saved, '联系电话').trim()).toBe('联系电话');

    // The worker prints in order and stops at the first offline failure, so the work card waits.
    const offline = await waitForJobs(app, ticketNo, (jobs) => jobs[0]?.status === 'failed');
    expect(offline.map((job) => job.document)).toEqual(['customer_receipt', 'work_card']);
    expect(offline[0]).toMatchObject({ status: 'failed', lastError: 'printer.offline', attempts: 1 });
    expect(offline[1]).toMatchObject({ status: 'queued', attempts: 0 });
    await waitForFrame(screen, (frame) => frame.includes(`tcp://127.0.0.1:${port}：排队 1，待重试 1`), 3000);

    // The printer comes back on the same address. The worker's first retry, 1 s after the failure
    // by createPrintWorker's default delays, finds it.
    printer = await startCaptureServer(undefined, port);
    const printed = await waitForPrintedJobs(printer, 2);

    expect(printed.map((job) => job.decoded.barcodes)).toEqual([
      [{ type: 'CODE128', data: ticketNo }],
      [{ type: 'CODE128', data: ticketNo }],
    ]);
    expect(printed[0]?.decoded.text).toContain('顾客收执联');
    expect(printed[1]?.decoded.text).toContain('维修工单');
    const done = await waitForJobs(app, ticketNo, (jobs) => jobs.every((job) => job.status === 'printed'));
    expect(done[0]?.attempts).toBeGreaterThanOrEqual(2);
    expect(done[1]?.attempts).toBe(1);
    await waitForFrame(screen, (frame) => frame.includes('排队 0，待重试 0，结果未知 0'), 3000);
  });
});

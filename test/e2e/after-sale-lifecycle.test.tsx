import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, TEST_MANAGER, type TestApp } from '../support/harness.js';
import { startCaptureServer, type CaptureServer } from '../printing/helpers.js';
import {
  confirmArrival,
  handOver,
  openTicketBySearch,
  sendReturnBatch,
  setUpStoreByKeys,
  takeInAfterSale,
} from './counter-steps.js';
import { gbkOffsetInChineseMode, jobTitled, waitForPrintedJobs, type PrintedJob } from './printed-jobs.js';

let app: TestApp | null = null;
let printer: CaptureServer | null = null;

afterEach(async () => {
  await app?.close();
  await printer?.close();
  app = null;
  printer = null;
});

const PHONE = '13812345678';
const MASKED_PHONE = '138****5678';
// 喆 is in GBK but not in GB2312, so the printer needs the two-byte GBK code, not a fallback.
const CUSTOMER_NAME = '张喆';
const TRACKING_NO = 'ZT7788990011';
const ITEM = { barcode: '6912468000017', styleNo: 'F24-1032', name: '女士羊毛双面呢大衣', size: '155/80A', colour: '深灰' } as const;

/** Check a document the customer takes home: their name in GBK, the phone only masked. */
function expectCustomerCopy(job: PrintedJob): void {
  expect(gbkOffsetInChineseMode(job.bytes, CUSTOMER_NAME)).toBeGreaterThan(0);
  expect(job.decoded.text).toContain(CUSTOMER_NAME);
  expect(job.decoded.text).toContain(MASKED_PHONE);
  expect(job.decoded.text).not.toContain(PHONE);
  expect(job.bytes.includes(Buffer.from(PHONE, 'ascii'))).toBe(false);
}

describe('after-sale lifecycle', () => {
  it('runs set-up to pickup through keys and scans', async () => {
    printer = await startCaptureServer();
    app = await createTestApp({ startPrintWorker: true, printerConnection: `tcp://127.0.0.1:${printer.port}` });
    const screen = app.render();

    await setUpStoreByKeys(screen);
    expect(app.service.needsSetup()).toBe(false);

    const ticketNo = await takeInAfterSale(screen, { phone: PHONE, customerName: CUSTOMER_NAME, itemBarcode: ITEM.barcode, styleNo: ITEM.styleNo });
    expect(app.service.getTicket(ticketNo)).toMatchObject({
      type: 'after_sale',
      state: 'received',
      customerName: CUSTOMER_NAME,
      phoneNormalized: PHONE,
      itemBarcode: ITEM.barcode,
      styleNo: ITEM.styleNo,
      productName: ITEM.name,
      size: ITEM.size,
      colour: ITEM.colour,
      defectCode: 'D02',
    });

    await sendReturnBatch(screen, ticketNo, TRACKING_NO);
    const sent = app.service.getTicket(ticketNo);
    expect(sent.state).toBe('sent_to_hq');
    expect(sent.shipment).toMatchObject({ carrier: '中通', trackingNo: TRACKING_NO });
    const batchNo = sent.shipment?.batchNo ?? '';
    expect(batchNo).not.toBe('');

    await confirmArrival(screen, ticketNo);
    expect(app.service.getTicket(ticketNo)).toMatchObject({ state: 'arrived', arrivedBeforeHqShipped: true });

    await handOver(screen, ticketNo, PHONE.slice(-4));
    expect(app.service.getTicket(ticketNo)).toMatchObject({
      state: 'picked_up',
      handover: { outcome: 'repaired_item', identityChecked: true, handedOverBy: TEST_MANAGER.operatorId },
    });

    const detail = await openTicketBySearch(screen, '联系电话', PHONE.slice(-4), ticketNo);
    expect(detail).toContain(`${ticketNo}  顾客已取回`);
    expect(detail).toMatch(/送修登记\s+已收件\s+王店长/);
    expect(detail).toMatch(/返修出库\s+已收件 → 已返修出库\s+王店长/);
    expect(detail).toMatch(/返修到货\s+已返修出库 → 已到货\s+王店长/);
    expect(detail).toMatch(/顾客取回\s+已到货 → 顾客已取回\s+王店长/);
    expect(app.service.timeline(ticketNo).map((event) => event.type)).toEqual(['intake', 'send_to_hq', 'arrive', 'pick_up']);

    const jobs = await waitForPrintedJobs(printer, 4);
    expect(jobs).toHaveLength(4);

    const receipt = jobTitled(jobs, '顾客收执联');
    expect(receipt.decoded.text).toContain(ticketNo);
    expect(receipt.decoded.barcodes).toContainEqual({ type: 'CODE128', data: ticketNo });
    expectCustomerCopy(receipt);

    const workCard = jobTitled(jobs, '维修工单');
    expect(workCard.decoded.text).toContain(ticketNo);
    expect(workCard.decoded.barcodes).toContainEqual({ type: 'CODE128', data: ticketNo });
    expect(workCard.bytes.includes(iconv.encode(CUSTOMER_NAME, 'gbk'))).toBe(false);
    expect(workCard.bytes.includes(Buffer.from(PHONE.slice(-4), 'ascii'))).toBe(false);

    const manifest = jobTitled(jobs, '返修出库单');
    expect(manifest.decoded.text).toContain(ticketNo);
    expect(manifest.decoded.text).toContain(TRACKING_NO);
    expect(manifest.decoded.barcodes).toContainEqual({ type: 'CODE128', data: batchNo });

    const pickupSlip = jobTitled(jobs, '取件凭条');
    expect(pickupSlip.decoded.text).toContain(ticketNo);
    expectCustomerCopy(pickupSlip);

    expect(jobs.indexOf(receipt)).toBeLessThan(jobs.indexOf(manifest));
    expect(jobs.indexOf(manifest)).toBeLessThan(jobs.indexOf(pickupSlip));
    expect(app.service.printJobsFor(ticketNo).map((job) => job.status)).toEqual(['printed', 'printed', 'printed']);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { formatTicketNo } from '../../src/domain/ticket-number.js';
import { afterSaleInput, createClerk, createTestApp, setupStore, type TestApp } from '../support/harness.js';

let app: TestApp;

afterEach(async () => {
  await app.close();
});

function errorCode(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DeskError) return error.code;
    throw error;
  }
  return undefined;
}

describe('desk service lifecycle', () => {
  it('after-sale ticket goes from intake to pickup', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const service = app.service;

    const { ticket, printJobs } = service.intake(manager, afterSaleInput(app));
    expect(ticket.ticketNo).toMatch(/^SH01-01\d{5}[0-9A-Z]$/);
    expect(printJobs.map((job) => job.document)).toEqual(['customer_receipt', 'work_card']);

    const { batch, printJob } = service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '顺丰', trackingNo: 'SF1234567890' });
    expect(printJob.document).toBe('return_manifest');
    expect(service.getTicket(ticket.ticketNo).shipment?.batchNo).toBe(batch.batchNo);

    const check = service.checkArrival([ticket.ticketNo]);
    expect(check.accepted.map((t) => t.ticketNo)).toEqual([ticket.ticketNo]);
    const [arrived] = service.confirmArrival(manager, [ticket.ticketNo]);
    expect(arrived?.state).toBe('arrived');
    expect(arrived?.arrivedBeforeHqShipped).toBe(true);

    const pickup = service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '5678', outcome: 'repaired_item' });
    expect(pickup.ticket.state).toBe('picked_up');
    expect(pickup.printJob.document).toBe('pickup_slip');

    const timeline = service.timeline(ticket.ticketNo).map((event) => event.type);
    expect(timeline).toEqual(['intake', 'send_to_hq', 'arrive', 'pick_up']);
    expect(service.status().pendingHqEvents).toBe(4);
  });

  it('pre-sale ticket returns to stock', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const input = afterSaleInput(app, { type: 'pre_sale', customerName: '', customerPhone: '' });

    const { ticket, printJobs } = app.service.intake(manager, input);
    expect(printJobs.map((job) => job.document)).toEqual(['work_card']);
    app.service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '中通', trackingNo: 'ZT7000000001' });
    app.service.confirmArrival(manager, [ticket.ticketNo]);

    expect(errorCode(() => app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '0000', outcome: 'repaired_item' }))).toBe('pickup.pre_sale');
    expect(app.service.returnToStock(manager, ticket.ticketNo).state).toBe('returned_to_stock');
  });

  it('intake rejects bad input and saves nothing', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ customerPhone: '' }, 'field.required', 'customerPhone'],
      [{ customerPhone: '12345' }, 'field.invalid_phone', 'customerPhone'],
      [{ customerName: '' }, 'field.required', 'customerName'],
      [{ styleNo: '' }, 'field.required', 'styleNo'],
      [{ defectCode: 'NOPE' }, 'field.unknown_option', 'defectCode'],
      [{ quantity: 0 }, 'field.out_of_range', 'quantity'],
      [{ purchaseDate: '2999-01-01' }, 'field.future_date', 'purchaseDate'],
      [{ purchaseDate: '2026-13-01' }, 'field.invalid', 'purchaseDate'],
      [{ customerName: '张\u0007三' }, 'field.control_character', 'customerName'],
      [{ requestedOutcome: 'gift' }, 'field.invalid', 'requestedOutcome'],
    ];

    for (const [override, code, field] of cases) {
      let caught: DeskError | undefined;
      try {
        app.service.intake(manager, { ...afterSaleInput(app), ...override });
      } catch (error) {
        caught = error as DeskError;
      }
      expect(caught?.code, JSON.stringify(override)).toBe(code);
      expect(caught?.params.field, JSON.stringify(override)).toBe(field);
    }
    expect(app.service.search({})).toHaveLength(0);
    expect(app.service.status().printQueue.queued).toBe(0);
  });

  it('return batch with one bad ticket changes none', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const first = app.service.intake(manager, afterSaleInput(app)).ticket;
    const second = app.service.intake(manager, afterSaleInput(app)).ticket;
    app.service.cancel(manager, second.ticketNo, '顾客撤回');

    const code = errorCode(() =>
      app.service.sendReturnBatch(manager, { ticketNos: [first.ticketNo, second.ticketNo], carrier: '顺丰', trackingNo: 'SF1000000001' }),
    );
    expect(code).toBe('transition.illegal');
    expect(app.service.getTicket(first.ticketNo).state).toBe('received');
    expect(app.service.printJobsFor(first.ticketNo)).toHaveLength(2);
  });

  it('pickup checks last four digits', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { ticket } = app.service.intake(manager, afterSaleInput(app));
    app.service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '顺丰', trackingNo: 'SF1000000001' });
    app.service.confirmArrival(manager, [ticket.ticketNo]);

    expect(errorCode(() => app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '1111', outcome: 'repaired_item' }))).toBe('pickup.identity_mismatch');
    expect(errorCode(() => app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '5678', outcome: 'replacement' }))).toBe('handover.replacement_barcode_required');
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('arrived');
  });

  it('arrival reports unexpected and missing', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const sent = app.service.intake(manager, afterSaleInput(app)).ticket;
    const notSent = app.service.intake(manager, afterSaleInput(app)).ticket;
    app.service.sendReturnBatch(manager, { ticketNos: [sent.ticketNo], carrier: '顺丰', trackingNo: 'SF1000000001' });

    const neverIssued = formatTicketNo('SH01', 1, 99_999);
    const check = app.service.checkArrival([sent.ticketNo, notSent.ticketNo, neverIssued, 'garbage', sent.ticketNo]);
    expect(check.accepted.map((t) => t.ticketNo)).toEqual([sent.ticketNo]);
    expect(check.unexpected.map((u) => u.reason)).toEqual(['wrong_state', 'unknown', 'invalid']);
    expect(check.missing).toEqual([]);
  });

  it('cancel is manager only', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const clerk = createClerk(app, manager);
    const { ticket } = app.service.intake(clerk, afterSaleInput(app));

    expect(errorCode(() => app.service.cancel(clerk, ticket.ticketNo, '录错'))).toBe('transition.manager_only');
    expect(app.service.cancel(manager, ticket.ticketNo, '录错').state).toBe('cancelled');
  });

  it('reprint queues a copy', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { printJobs } = app.service.intake(manager, afterSaleInput(app));
    const original = printJobs[0];
    if (!original) throw new Error('no print job');

    const copy = app.service.reprint(manager, original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy.layout.lines.slice(1)).toEqual(original.layout.lines);
    expect(copy.layout.lines[0]).toMatchObject({ kind: 'text', text: '*** 补打 ***' });
    expect(app.service.previewText(copy.id)).toContain('补打');
    expect(app.service.previewText(copy.id)).toContain(printJobs[0]?.ticketNo ?? 'missing');
  });

  it('reprint of cancelled ticket is rejected', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { ticket, printJobs } = app.service.intake(manager, afterSaleInput(app));
    app.service.cancel(manager, ticket.ticketNo, '录错');

    expect(errorCode(() => app.service.reprint(manager, printJobs[0]?.id ?? 0))).toBe('print_job.ticket_cancelled');
    expect(app.service.printJobsFor(ticket.ticketNo)).toHaveLength(2);
  });

  it('pickup validates replacement and refund numbers', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { ticket } = app.service.intake(manager, afterSaleInput(app));
    const pickup = (extra: Record<string, string>, outcome: 'replacement' | 'refund') =>
      errorCode(() => app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '5678', outcome, ...extra }));

    expect(pickup({ replacementBarcode: '1234' }, 'replacement')).toBe('field.invalid_barcode');
    expect(pickup({ replacementBarcode: '6901234567893' }, 'replacement')).toBe('field.invalid_barcode');
    expect(pickup({ refundReceiptNo: '!' }, 'refund')).toBe('field.invalid_document_no');
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('received');

    const barcode = app.service.catalog().products[1]?.variants[0]?.barcode ?? '';
    const done = app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '5678', outcome: 'replacement', replacementBarcode: barcode });
    expect(done.ticket.handover?.replacementBarcode).toBe(barcode);
  });

  it('return batch validates tracking number', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { ticket } = app.service.intake(manager, afterSaleInput(app));

    for (const trackingNo of ['单号!', 'SF', 'SF 123']) {
      const code = errorCode(() => app.service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '顺丰', trackingNo }));
      expect(code, trackingNo).toBe('field.invalid_document_no');
    }
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('received');
  });

  it('ticket numbers never repeat across restarts', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const first = app.service.intake(manager, afterSaleInput(app)).ticket.ticketNo;
    const second = app.service.intake(manager, afterSaleInput(app)).ticket.ticketNo;
    expect(second).not.toBe(first);
  });

  it('resolves scans by kind', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const { ticket } = app.service.intake(manager, afterSaleInput(app));
    const barcode = app.service.catalog().products[0]?.variants[0]?.barcode ?? '';

    expect(app.service.resolveScan(ticket.ticketNo).kind).toBe('ticket');
    expect(app.service.resolveScan(barcode)).toEqual({ kind: 'product', barcode });
    expect(app.service.resolveScan('ABC')).toEqual({ kind: 'unknown' });
  });
});

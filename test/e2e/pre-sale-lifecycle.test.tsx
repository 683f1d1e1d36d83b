import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { waitForFrame } from '../ui-shell/shell-driver.js';
import { demoVariant } from '../ui-workflow/workflow-driver.js';
import { confirmArrival, openTicketBySearch, returnToStock, sendReturnBatch, takeInPreSale } from './counter-steps.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('pre-sale lifecycle', () => {
  it('returns a store item to stock after HQ', async () => {
    const item = demoVariant(1, 0);
    app = await createTestApp();
    await setupStore(app);
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('首页'));

    const ticketNo = await takeInPreSale(screen, item.barcode, item.styleNo);
    expect(app.service.getTicket(ticketNo)).toMatchObject({
      type: 'pre_sale',
      state: 'received',
      customerName: '',
      phoneNormalized: '',
      itemBarcode: item.barcode,
      styleNo: item.styleNo,
      defectCode: 'D01',
    });

    await sendReturnBatch(screen, ticketNo, 'ZT5500660077');
    expect(app.service.getTicket(ticketNo)).toMatchObject({ state: 'sent_to_hq', shipment: { trackingNo: 'ZT5500660077' } });

    await confirmArrival(screen, ticketNo);
    expect(app.service.getTicket(ticketNo).state).toBe('arrived');

    await returnToStock(screen, ticketNo);
    const closed = app.service.getTicket(ticketNo);
    expect(closed.state).toBe('returned_to_stock');
    expect(closed.closedAt).not.toBeNull();
    expect(closed.handover).toBeNull();

    const detail = await openTicketBySearch(screen, '单号', ticketNo, ticketNo);
    expect(detail).toContain(`${ticketNo}  已退回库存`);
    expect(detail).toMatch(/送修登记\s+已收件\s+王店长/);
    expect(detail).toMatch(/返修出库\s+已收件 → 已返修出库\s+王店长/);
    expect(detail).toMatch(/返修到货\s+已返修出库 → 已到货\s+王店长/);
    expect(detail).toMatch(/退回库存\s+已到货 → 已退回库存\s+王店长/);
    expect(detail).not.toMatch(/顾客取回\s+已到货/);
    expect(app.service.timeline(ticketNo).map((event) => event.type)).toEqual(['intake', 'send_to_hq', 'arrive', 'return_to_stock']);
  });
});

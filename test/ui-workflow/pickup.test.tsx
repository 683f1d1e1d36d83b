import { afterEach, describe, expect, it } from 'vitest';
import type { HqResolution } from '../../src/domain/ticket.js';
import type { Session } from '../../src/services/types.js';
import { createPickupStore } from '../../src/ui/stores/pickup-store.js';
import { afterSaleInput, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import {
  applyHqUpdates,
  demoVariant,
  fieldLine,
  KEYS,
  openWorkflowScreen,
  plainFrame,
  scan,
  ticketsSentToHq,
  typeInto,
  waitForFrame,
  writeKeys,
} from './workflow-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Create a ticket for 13812345678 that HQ inspected with `resolution` and that arrived back. */
function arrivedTicket(created: TestApp, session: Session, resolution: HqResolution): string {
  const [ticketNo = ''] = ticketsSentToHq(created, session, ['13812345678']);
  applyHqUpdates(created, ticketNo, [
    { kind: 'hq_inspected', resolution, note: '' },
    { kind: 'hq_shipped_back', trackingNo: 'SF777' },
  ]);
  created.service.confirmArrival(session, [ticketNo]);
  return ticketNo;
}

async function openPickupFor(resolution: HqResolution) {
  let ticketNo = '';
  const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
    ticketNo = arrivedTicket(created, session, resolution);
  });
  app = opened.app;
  await scan(opened.screen, ticketNo);
  await waitForFrame(opened.screen, (frame) => fieldLine(frame, '手机后四位').startsWith('>'));
  return { ...opened, ticketNo };
}

describe('PickupScreen', () => {
  it('hands over after the right last four', async () => {
    const { screen, app, ticketNo } = await openPickupFor('repaired');
    expect(fieldLine(screen.lastFrame() ?? '', '交付结果')).toContain('[1 取回维修件]');

    await typeInto(screen, '手机后四位', '0000');
    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('手机后四位不符'));
    expect(app.service.getTicket(ticketNo).state).toBe('arrived');

    await writeKeys(screen.stdin, KEYS.ctrlU);
    await typeInto(screen, '手机后四位', '5678');
    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('已取回，取件凭条已送打印'));
    expect(frame).toContain(ticketNo);
    expect(app.service.getTicket(ticketNo)).toMatchObject({ state: 'picked_up', handover: { outcome: 'repaired_item', identityChecked: true } });
    expect(app.service.printJobsFor(ticketNo).map((job) => job.document)).toContain('pickup_slip');
    expect(fieldLine(frame, '单号或电话').startsWith('>')).toBe(true);
  });

  it('rejects a replacement without barcode', async () => {
    const replacement = demoVariant(0, 1);
    const { screen, app, ticketNo } = await openPickupFor('exchange_approved');
    expect(fieldLine(screen.lastFrame() ?? '', '交付结果')).toContain('[2 换新]');

    await typeInto(screen, '手机后四位', '5678');
    await writeKeys(screen.stdin, KEYS.f10);
    const rejected = await waitForFrame(screen, (frame) => frame.includes('换货请扫描新商品条码'));
    expect(fieldLine(rejected, '换货商品条码').startsWith('>')).toBe(true);
    expect(app.service.getTicket(ticketNo).state).toBe('arrived');

    await scan(screen, replacement.barcode);
    await waitForFrame(screen, (frame) => fieldLine(frame, '换货商品条码').includes(replacement.barcode));
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (frame) => frame.includes('已取回，取件凭条已送打印'));
    expect(app.service.getTicket(ticketNo).handover).toMatchObject({ outcome: 'replacement', replacementBarcode: replacement.barcode });
  });

  it('says a ticket has not arrived yet', async () => {
    let ticketNo = '';
    const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
      [ticketNo = ''] = ticketsSentToHq(created, session, ['13812345678']);
    });
    app = opened.app;

    await typeInto(opened.screen, '单号或电话', ticketNo.toLowerCase());
    await writeKeys(opened.screen.stdin, KEYS.enter);

    const frame = await waitForFrame(opened.screen, (current) => current.includes(`单号 ${ticketNo} 尚未到货，不能取回（当前：已返修出库）`));
    expect(frame).not.toContain('手机后四位');
  });

  it('lists the tickets of a phone to choose from', async () => {
    const tickets: string[] = [];
    const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
      tickets.push(arrivedTicket(created, session, 'repaired'), arrivedTicket(created, session, 'rejected'));
    });
    app = opened.app;
    const { screen } = opened;

    await typeInto(screen, '单号或电话', '5678');
    await writeKeys(screen.stdin, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('找到 2 张单据，请选择'));
    const second = tickets[1] ?? '';
    const selectedSecond = (frame: string) => frame.split('\n').some((line) => line.startsWith('>') && line.includes(second));
    if (!selectedSecond(screen.lastFrame() ?? '')) await writeKeys(screen.stdin, KEYS.down);
    await waitForFrame(screen, selectedSecond);
    await writeKeys(screen.stdin, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => fieldLine(current, '交付结果').includes('[4 原样退回]'));
    expect(frame).toContain(second);
  });

  it('opens the ticket of the route', async () => {
    let ticketNo = '';
    const opened = await openWorkflowScreen({ screen: 'home' }, '售后服务台', (created, session) => {
      ticketNo = arrivedTicket(created, session, 'refund_approved');
    });
    app = opened.app;

    opened.app.context.navigation.getState().push({ screen: 'pickup', ticketNo });

    const frame = await waitForFrame(opened.screen, (current) => fieldLine(current, '交付结果').includes('[3 退款]'));
    expect(fieldLine(frame, '退款单号')).not.toBe('');
  });

  it('returns a pre-sale item to stock', async () => {
    let ticketNo = '';
    const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
      const input = afterSaleInput(created, { type: 'pre_sale', customerName: '', customerPhone: '' });
      ticketNo = created.service.intake(session, input).ticket.ticketNo;
    });
    app = opened.app;

    await scan(opened.screen, ticketNo);
    await waitForFrame(opened.screen, (frame) => frame.includes('售前单没有顾客取回'));
    await writeKeys(opened.screen.stdin, KEYS.f10);

    await waitForFrame(opened.screen, (frame) => frame.includes(`${ticketNo} 已退回库存`));
    expect(opened.app.service.getTicket(ticketNo).state).toBe('returned_to_stock');
  });
});

describe('PickupScreen identity check', () => {
  it('hides the last four of the phone', async () => {
    const { screen } = await openPickupFor('repaired');

    const frame = plainFrame(screen);
    expect(frame).toContain('张三  138 **** ****');
    expect(frame).not.toContain('5678');
  });

  it('hides the last four while not ready', async () => {
    let ticketNo = '';
    const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
      [ticketNo = ''] = ticketsSentToHq(created, session, ['13812345678']);
    });
    app = opened.app;

    await scan(opened.screen, ticketNo);

    const frame = await waitForFrame(opened.screen, (current) => current.includes('尚未到货'));
    expect(frame).toContain('138 **** ****');
    expect(frame).not.toContain('5678');
  });

  it('hides the last four in the list found by phone', async () => {
    const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
      arrivedTicket(created, session, 'repaired');
      arrivedTicket(created, session, 'rejected');
    });
    app = opened.app;

    await typeInto(opened.screen, '单号或电话', '13812345678');
    await writeKeys(opened.screen.stdin, KEYS.enter);

    const frame = await waitForFrame(opened.screen, (current) => current.includes('找到 2 张单据'));
    expect(frame).not.toContain('5678');
  });

  it('asks for an empty last four', async () => {
    const { screen, app, ticketNo } = await openPickupFor('repaired');

    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('请填写「手机后四位」'));
    expect(frame).not.toContain('格式不正确');
    expect(fieldLine(frame, '手机后四位').startsWith('>')).toBe(true);
    expect(app.service.getTicket(ticketNo).state).toBe('arrived');
  });

  it('rejects last four that are not digits', async () => {
    const { screen } = await openPickupFor('repaired');

    await typeInto(screen, '手机后四位', '56a');
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (current) => current.includes('「手机后四位」格式不正确'));
  });

  it('lists F10 once in help', async () => {
    const { screen } = await openPickupFor('repaired');

    await writeKeys(screen.stdin, KEYS.f1);

    const frame = await waitForFrame(screen, (current) => current.includes('「顾客取回」界面的按键'));
    expect(frame.match(/F10/g)).toHaveLength(1);
    expect(frame).toMatch(/F10\s+确认交付 \/ 退回库存/);
  });
});

/** Open pickup with one after-sale ticket still in the store (received), taken in with `requestedOutcome`. */
async function openPickupForReceived(requestedOutcome: 'exchange' | 'refund') {
  let ticketNo = '';
  const opened = await openWorkflowScreen({ screen: 'pickup' }, '单号或电话', (created, session) => {
    ticketNo = created.service.intake(session, afterSaleInput(created, { requestedOutcome })).ticket.ticketNo;
  });
  app = opened.app;
  await scan(opened.screen, ticketNo);
  const frame = await waitForFrame(opened.screen, (current) => fieldLine(current, '手机后四位').startsWith('>'));
  return { ...opened, ticketNo, frame };
}

describe('PickupScreen at the counter', () => {
  it('offers only replacement or refund', async () => {
    const { frame, ticketNo } = await openPickupForReceived('exchange');

    expect(frame).toContain('当场处理（不寄总部）');
    expect(frame).toContain(`单号 ${ticketNo} 尚未寄总部，可以当场处理：换新或退款。`);
    expect(fieldLine(frame, '交付结果')).toContain('[1 换新]');
    expect(fieldLine(frame, '交付结果')).toContain('2 退款');
    expect(fieldLine(frame, '交付结果')).not.toContain('维修');
    expect(frame).toContain('F10 确认当场处理');
    expect(frame).not.toContain('总部检验结果');
  });

  it('exchanges after the right last four', async () => {
    const replacement = demoVariant(0, 1);
    const { screen, app, ticketNo } = await openPickupForReceived('exchange');

    await typeInto(screen, '手机后四位', '0000');
    await writeKeys(screen.stdin, KEYS.enter, KEYS.enter);
    await waitForFrame(screen, (frame) => fieldLine(frame, '换货商品条码').startsWith('>'));
    await scan(screen, replacement.barcode);
    await waitForFrame(screen, (frame) => fieldLine(frame, '换货商品条码').includes(replacement.barcode));
    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('手机后四位不符') && fieldLine(frame, '手机后四位').startsWith('>'));
    expect(app.service.getTicket(ticketNo).state).toBe('received');

    await writeKeys(screen.stdin, KEYS.ctrlU);
    await typeInto(screen, '手机后四位', '5678');
    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('已当场处理（不寄总部），取件凭条已送打印'));
    expect(frame).toContain(ticketNo);
    expect(app.service.getTicket(ticketNo)).toMatchObject({
      state: 'picked_up',
      resolvedAtCounter: true,
      handover: { outcome: 'replacement', replacementBarcode: replacement.barcode, identityChecked: true },
    });
    expect(app.service.timeline(ticketNo).map((event) => event.type)).toEqual(['intake', 'resolve_at_counter']);
    expect(app.service.printJobsFor(ticketNo).map((job) => job.document)).toContain('pickup_slip');
  });

  it('refunds when the customer asked for a refund', async () => {
    const { screen, app, ticketNo, frame } = await openPickupForReceived('refund');
    expect(fieldLine(frame, '交付结果')).toContain('[2 退款]');

    await typeInto(screen, '手机后四位', '5678');
    await writeKeys(screen.stdin, KEYS.enter, KEYS.enter);
    await waitForFrame(screen, (current) => fieldLine(current, '退款单号').startsWith('>'));
    await typeInto(screen, '退款单号', 'TK20261204001');
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (current) => current.includes('已当场处理（不寄总部）'));
    expect(app.service.getTicket(ticketNo)).toMatchObject({
      state: 'picked_up',
      resolvedAtCounter: true,
      handover: { outcome: 'refund', refundReceiptNo: 'TK20261204001' },
    });
  });
});

describe('pickup store at the counter', () => {
  it('rejects handing back a repaired item', async () => {
    app = await createTestApp();
    const session = await setupStore(app);
    const { ticket } = app.service.intake(session, afterSaleInput(app));
    const store = createPickupStore({ service: app.service, session: () => session });

    store.getState().open(ticket);
    const field = store.getState().confirmPickup({ phoneLastFour: '5678', outcome: 'repaired_item', replacementBarcode: '', refundReceiptNo: '' });

    expect(field).toBe('outcome');
    expect(store.getState().notice).toMatchObject({ kind: 'error', error: { code: 'pickup.counter_outcome' } });
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('received');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.js';
import { afterSaleInput, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { fieldLine, press, waitForFrame, type Screen } from '../ui-shell/shell-driver.js';
import { openWorkflowScreen } from '../ui-workflow/workflow-driver.js';
import { chooseDefect, openIntake, saveIntake, shipListedBatch, typeCustomer } from './counter-steps.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const ITEM = { barcode: '6912468000017', styleNo: 'F24-1032', name: '女士羊毛双面呢大衣', size: '155/80A', colour: '深灰' } as const;

/** Check whether `text` contains a C0 control, DEL or a C1 control. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

/** Return the paths of every string in `value` (nested objects and arrays included) that contains a control character. */
function fieldsWithControlCharacters(value: unknown, path = 'ticket'): string[] {
  if (typeof value === 'string') return hasControlCharacter(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldsWithControlCharacters(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => fieldsWithControlCharacters(item, `${path}.${key}`));
  }
  return [];
}

/** Count the string values of the ticket, so the control character check provably looked at them. */
function countStrings(ticket: Ticket): number {
  return Object.values(ticket).filter((value) => typeof value === 'string').length;
}

/** Render a signed-in app on the intake screen, type the customer and leave the item barcode focused. */
async function intakeAtItemBarcode(): Promise<Screen> {
  app = await createTestApp();
  await setupStore(app);
  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes('首页'));
  await openIntake(screen);
  await typeCustomer(screen, '13812345678', '张三');
  return screen;
}

/** Wait until the scanned item fills the form, then return the frame. */
function waitForItem(screen: Screen): Promise<string> {
  return waitForFrame(screen, (frame) => fieldLine(frame, '款号').includes(ITEM.styleNo) && fieldLine(frame, '数量').startsWith('>'));
}

/** Choose a defect, save, and return the stored ticket after checking it contains no control character. */
async function saveAndLoad(screen: Screen, testApp: TestApp): Promise<Ticket> {
  await chooseDefect(screen, 1);
  const ticketNo = await saveIntake(screen);
  const ticket = testApp.service.getTicket(ticketNo);

  expect(countStrings(ticket)).toBeGreaterThan(10);
  expect(fieldsWithControlCharacters(ticket)).toEqual([]);
  return ticket;
}

describe('scanner chunking', () => {
  it.each([
    { terminator: 'CR', suffix: '\r' },
    { terminator: 'CRLF', suffix: '\r\n' },
    { terminator: 'LF', suffix: '\n' },
    { terminator: 'Tab', suffix: '\t' },
  ])('one chunk ending in $terminator is one scan', async ({ suffix }) => {
    const screen = await intakeAtItemBarcode();

    await press(screen, `${ITEM.barcode}${suffix}`);

    // Focus on 数量 shows the scan moved on exactly once: a second Enter would leave it on 购买日期.
    const frame = await waitForItem(screen);
    expect(fieldLine(frame, '商品条码')).toMatch(new RegExp(`^  商品条码 +${ITEM.barcode}$`));
    expect(fieldLine(frame, '品名')).toContain(ITEM.name);
    expect(fieldLine(frame, '尺码')).toContain(ITEM.size);
    expect(fieldLine(frame, '颜色')).toContain(ITEM.colour);

    const ticket = await saveAndLoad(screen, app!);
    expect(ticket).toMatchObject({ itemBarcode: ITEM.barcode, styleNo: ITEM.styleNo, productName: ITEM.name, size: ITEM.size, colour: ITEM.colour });
  });

  it('scan split across two chunks is one scan', async () => {
    const screen = await intakeAtItemBarcode();

    // Two writes in consecutive macrotasks reach the decoder as two chunks, well inside its 30 ms burst gap.
    screen.stdin.write(ITEM.barcode.slice(0, 5));
    await new Promise((resolve) => setImmediate(resolve));
    screen.stdin.write(`${ITEM.barcode.slice(5)}\r`);

    const frame = await waitForItem(screen);
    expect(fieldLine(frame, '商品条码')).toContain(ITEM.barcode);
    expect(fieldLine(frame, '品名')).toContain(ITEM.name);

    const ticket = await saveAndLoad(screen, app!);
    expect(ticket.itemBarcode).toBe(ITEM.barcode);
  });

  it('two work cards in one chunk both join the batch', async () => {
    let ticketNos: string[] = [];
    const opened = await openWorkflowScreen({ screen: 'return_batch' }, '出库清单为空', (created, session) => {
      ticketNos = ['13812345678', '13900001111'].map(
        (customerPhone) => created.service.intake(session, afterSaleInput(created, { customerPhone })).ticket.ticketNo,
      );
    });
    app = opened.app;
    const { screen } = opened;
    const [first = '', second = ''] = ticketNos;

    await press(screen, `${first}\r${second}\r`);

    const frame = await waitForFrame(screen, (current) => current.includes('出库清单：2 件'));
    const listRows = (ticketNo: string) => frame.split('\n').filter((line) => new RegExp(`^[> ] ${ticketNo}\\b`).test(line));
    expect(listRows(first)).toHaveLength(1);
    expect(listRows(second)).toHaveLength(1);
    expect(frame).not.toContain('已在出库清单中');

    await shipListedBatch(screen, 2, 'ZT1122334455');
    const batchNos = ticketNos.map((ticketNo) => app!.service.getTicket(ticketNo).shipment?.batchNo);
    expect(batchNos[0]).toBeDefined();
    expect(batchNos[1]).toBe(batchNos[0]);
  });
});

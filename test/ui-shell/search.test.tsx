import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.js';
import { afterSaleInput, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { fieldLine, KEYS, typeInto, waitForFrame, press, type Screen } from './shell-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Open the search screen on an app with tickets for 张三 (13812345678) and 李四 (13900001111). */
async function openSearch(): Promise<{ screen: Screen; ticket: Ticket; other: Ticket }> {
  app = await createTestApp();
  const session = await setupStore(app);
  const ticket = app.service.intake(session, afterSaleInput(app)).ticket;
  const other = app.service.intake(session, afterSaleInput(app, { customerName: '李四', customerPhone: '13900001111' })).ticket;
  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes(ticket.ticketNo));

  await press(screen, KEYS.f6);
  await waitForFrame(screen, (frame) => fieldLine(frame, '开始日期').startsWith('>'));
  return { screen, ticket, other };
}

/** Move the focus down the form to the field labelled `label`. */
async function focusField(screen: Screen, label: string, downPresses: number): Promise<void> {
  for (let count = 0; count < downPresses; count += 1) await press(screen, KEYS.down);
  await waitForFrame(screen, (frame) => fieldLine(frame, label).startsWith('>'));
}

describe('SearchScreen', () => {
  it('finds a ticket by the phone last four', async () => {
    const { screen, ticket, other } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '5678');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('找到 1 张售后单。'));
    expect(frame).toContain(ticket.ticketNo);
    expect(frame).not.toContain(other.ticketNo);

    await press(screen, KEYS.enter);
    await waitForFrame(screen, (current) => current.includes('售后单详情'));
    expect(app?.context.navigation.getState().stack.at(-1)).toEqual({ screen: 'ticket', ticketNo: ticket.ticketNo });
  });

  it('finds nothing in a wrong state', async () => {
    const { screen, ticket } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '5678');
    // Option 3 of the state field is 已返修出库; the ticket is still 已收件.
    await focusField(screen, '状态', 1);
    await press(screen, '3');
    await waitForFrame(screen, (frame) => fieldLine(frame, '状态').includes('‹ 已返修出库 ›'));
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('没有符合条件的售后单。'));
    expect(frame).not.toContain(ticket.ticketNo);
  });

  it('rejects a bad date naming the field', async () => {
    const { screen, ticket } = await openSearch();

    await typeInto(screen, '开始日期', '2026-13-01');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('不是有效日期'));
    expect(frame).toContain('「开始日期」不是有效日期：2026-13-01。');
    expect(frame).not.toContain(ticket.ticketNo);
  });

  it('keeps the results after returning from a ticket', async () => {
    const { screen, ticket } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '5678');
    await press(screen, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。'));
    await press(screen, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('售后单详情'));

    await press(screen, KEYS.escape);
    const frame = await waitForFrame(screen, (current) => current.includes('找到 1 张售后单。'));
    expect(frame).toContain(ticket.ticketNo);
    expect(fieldLine(frame, '联系电话')).toContain('5678');
  });
});

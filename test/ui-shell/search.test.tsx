import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import type { Ticket } from '../../src/domain/ticket.js';
import { formatTicketNo } from '../../src/domain/ticket-number.js';
import { ticketNoFilter } from '../../src/ui/hooks/search-query.js';
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
    // Option 3 of the state field is 已返修出库, but the ticket is still 已收件.
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

  it('marks only the selected result', async () => {
    const { screen, ticket } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '5678');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('找到 1 张售后单。'));
    const marked = frame.split('\n').filter((line) => line.startsWith('>'));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toContain(ticket.ticketNo);
    expect(fieldLine(frame, '联系电话')).toMatch(/^ {2}联系电话\s+5678/);
  });

  it('types into the filters after results', async () => {
    const { screen, other } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '1111');
    await press(screen, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。'));

    await press(screen, '0');
    const frame = await waitForFrame(screen, (current) => fieldLine(current, '联系电话').includes('11110'));
    expect(fieldLine(frame, '联系电话').startsWith('>')).toBe(true);
    const marked = frame.split('\n').filter((line) => line.startsWith('>'));
    expect(marked).toHaveLength(1);
    expect(frame).toContain(other.ticketNo);
  });

  it('deletes in the filters after results', async () => {
    const { screen } = await openSearch();

    await focusField(screen, '联系电话', 5);
    await typeInto(screen, '联系电话', '1111');
    await press(screen, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。'));

    await press(screen, KEYS.backspace);
    const frame = await waitForFrame(screen, (current) => fieldLine(current, '联系电话').startsWith('>'));
    expect(fieldLine(frame, '联系电话')).toMatch(/^> 联系电话\s+111\s/);
  });

  it('rejects a ticket number with a wrong check character', async () => {
    const { screen, ticket } = await openSearch();
    const last = ticket.ticketNo.slice(-1);
    const mistyped = `${ticket.ticketNo.slice(0, -1)}${last === 'A' ? 'B' : 'A'}`;

    await focusField(screen, '单号', 2);
    await typeInto(screen, '单号', mistyped);
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('校验位不符'));
    expect(frame).toContain(`单号「${mistyped}」校验位不符，请核对后重新输入或扫描。`);
    expect(frame).not.toContain('没有符合条件');
    expect(frame).not.toContain(ticket.ticketNo);
  });

  it('finds a ticket by its whole number in lower case', async () => {
    const { screen, ticket, other } = await openSearch();

    await focusField(screen, '单号', 2);
    await typeInto(screen, '单号', ticket.ticketNo.toLowerCase());
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('找到 1 张售后单。'));
    expect(frame).toContain(ticket.ticketNo);
    expect(frame).not.toContain(other.ticketNo);
  });
});

describe('ticketNoFilter', () => {
  const whole = formatTicketNo('SH01', 1, 1);

  it('passes part of a number through', () => {
    expect(ticketNoFilter('0100001', 'SH01')).toBe('0100001');
    // Without the dash this would parse as store SH0 and fail its check.
    expect(ticketNoFilter(whole.replace('-', '').slice(0, -1), 'SH01')).toBe(whole.replace('-', '').slice(0, -1));
  });

  it('normalises a whole number', () => {
    expect(ticketNoFilter(whole.toLowerCase(), 'SH01')).toBe(whole);
    expect(ticketNoFilter(whole.replace('-', ''), 'SH01')).toBe(whole);
  });

  it('throws on a wrong check character', () => {
    const wrong = `${whole.slice(0, -1)}${whole.endsWith('A') ? 'B' : 'A'}`;
    expect(() => ticketNoFilter(wrong, 'SH01')).toThrowError(DeskError);
    expect(() => ticketNoFilter(wrong.replace('-', ''), 'SH01')).toThrowError(DeskError);
  });
});

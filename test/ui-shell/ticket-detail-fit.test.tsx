import { afterEach, describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.js';
import { createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { ticketWithLongHistory } from './long-ticket.js';
import { KEYS, press, waitForFrame, type Screen } from './shell-driver.js';

/** Rows of the terminal the README promises the app fits. ink-testing-library draws 100 columns. */
const TERMINAL_ROWS = 30;
/** Header with its rule (2) and status bar with its rule and key hints (3), with no banner shown. */
const SHELL_LINES = 5;
const PAGE_UP = '\u001B[5~';
const PAGE_DOWN = '\u001B[6~';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/**
 * Open the detail of a ticket with eight events and six print jobs in the given language. The
 * jobs are #1, #2 and #4 to #7, because #3 is the return manifest of the batch.
 */
async function openLongTicket(language: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ app: TestApp; screen: Screen; ticket: Ticket }> {
  app = await createTestApp({ language });
  const manager = await setupStore(app);
  const ticket = ticketWithLongHistory(app, manager);
  app.context.navigation.getState().push({ screen: 'ticket', ticketNo: ticket.ticketNo });

  const screen = app.render();
  await waitForFrame(screen, (frame) => /> #\d/.test(frame));
  return { app, screen, ticket };
}

/** Return the screen's own lines: those between the header's rule and the status bar's rule. */
function screenLines(frame: string): string[] {
  const lines = frame.split('\n');
  const rules = lines.flatMap((line, index) => (/^─+$/.test(line) ? [index] : []));
  return lines.slice((rules[0] ?? 0) + 1, rules[1] ?? lines.length);
}

describe('TicketDetailScreen on 100×30', () => {
  it('fits a long ticket under the shell', async () => {
    const { app: opened, screen, ticket } = await openLongTicket();
    expect(opened.service.timeline(ticket.ticketNo).length).toBeGreaterThanOrEqual(8);
    expect(opened.service.printJobsFor(ticket.ticketNo).length).toBeGreaterThanOrEqual(6);

    const frame = await waitForFrame(screen, (current) => current.includes('处理记录'));
    const lines = screenLines(frame);
    expect(frame.split('\n').length).toBeLessThanOrEqual(TERMINAL_ROWS);
    expect(lines.length).toBeLessThanOrEqual(TERMINAL_ROWS - SHELL_LINES);
    expect(lines[0]).toContain(`${ticket.ticketNo}  顾客已取回`);
  });

  it('shows the newest events and the count of earlier ones', async () => {
    const { screen } = await openLongTicket();

    const frame = await waitForFrame(screen, (current) => current.includes('处理记录'));
    expect(frame).toMatch(/处理记录\s+更早 \d+ 条（PgUp）/);
    expect(frame).toMatch(/顾客取回\s+已到货 → 顾客已取回\s+王店长/);
    expect(frame).not.toContain('送修登记');
    expect(frame).toMatch(/PgUp 更早记录\s+PgDn 较新记录/);
  });

  it('scrolls the timeline with PgUp and PgDn', async () => {
    const { screen } = await openLongTicket();
    await waitForFrame(screen, (frame) => frame.includes('更早'));

    await press(screen, PAGE_UP, PAGE_UP, PAGE_UP, PAGE_UP);
    const oldest = await waitForFrame(screen, (frame) => frame.includes('送修登记'));
    expect(oldest).toMatch(/处理记录\s+较新 \d+ 条（PgDn）/);
    expect(oldest).not.toMatch(/更早 \d+ 条/);
    expect(screenLines(oldest).length).toBeLessThanOrEqual(TERMINAL_ROWS - SHELL_LINES);

    await press(screen, PAGE_DOWN, PAGE_DOWN, PAGE_DOWN, PAGE_DOWN);
    const newest = await waitForFrame(screen, (frame) => frame.includes('顾客取回  已到货'));
    expect(newest).not.toContain('送修登记');
    expect(newest).not.toMatch(/较新 \d+ 条/);
  });

  it('keeps the selected print job in view', async () => {
    const { screen } = await openLongTicket();
    const first = await waitForFrame(screen, (frame) => frame.includes('打印任务'));
    expect(first).toMatch(/打印任务\s+第 1–\d 个，共 6 个/);
    expect(first).toContain('> #7 顾客收执联');

    await press(screen, KEYS.down, KEYS.down, KEYS.down, KEYS.down, KEYS.down);
    const last = await waitForFrame(screen, (frame) => frame.includes('> #1 顾客收执联'));
    expect(last).toMatch(/第 \d–6 个，共 6 个/);
    expect(last).not.toContain('#7 顾客收执联');
    expect(last.split('\n').length).toBeLessThanOrEqual(TERMINAL_ROWS);
  });

  it('fits in English', async () => {
    const { screen, ticket } = await openLongTicket('en');

    const frame = await waitForFrame(screen, (current) => current.includes('Timeline'));
    expect(frame.split('\n').length).toBeLessThanOrEqual(TERMINAL_ROWS);
    expect(screenLines(frame)[0]).toContain(`${ticket.ticketNo}  Picked up`);
    expect(frame).toMatch(/\d+ earlier \(PgUp\)/);
  });

  it('lists the scroll keys in help', async () => {
    const { screen } = await openLongTicket();
    await waitForFrame(screen, (frame) => frame.includes('处理记录'));

    await press(screen, KEYS.f1);
    const help = await waitForFrame(screen, (frame) => frame.includes('「售后单详情」界面的按键'));
    expect(help).toMatch(/PgUp\s+更早记录/);
    expect(help).toMatch(/PgDn\s+较新记录/);
    expect(help.split('\n').length).toBeLessThanOrEqual(TERMINAL_ROWS);
  });
});

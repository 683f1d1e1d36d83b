import { afterEach, describe, expect, it } from 'vitest';
import { runtimePaths } from '../../src/app/paths.js';
import type { Ticket } from '../../src/domain/ticket.js';
import type { Session } from '../../src/services/types.js';
import { openDatabase } from '../../src/storage/database.js';
import { afterSaleInput, createClerk, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { fillField, KEYS, plainFrame, press, waitForFrame, type Screen } from './shell-driver.js';

/** PageDown as xterm sends it. */
const PAGE_DOWN = '\u001B[6~';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Render the detail of one new ticket (jobs #1 receipt, #2 work card) for a signed-in operator. */
async function openDetail(as: 'manager' | 'clerk' = 'manager', overrides = {}): Promise<{ app: TestApp; screen: Screen; ticket: Ticket }> {
  app = await createTestApp();
  const manager = await setupStore(app);
  const ticket = app.service.intake(manager, afterSaleInput(app, overrides)).ticket;
  let session: Session = manager;
  if (as === 'clerk') {
    session = createClerk(app, manager);
    app.context.session.getState().signIn(session, app.context.now().getTime());
  }
  app.context.navigation.getState().push({ screen: 'ticket', ticketNo: ticket.ticketNo });

  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes('处理记录') && /> #\d/.test(frame));
  return { app, screen, ticket };
}

describe('TicketDetailScreen', () => {
  it('shows the fields and the timeline', async () => {
    const { screen, ticket } = await openDetail();

    const frame = await waitForFrame(screen, (current) => current.includes('送修登记'));
    expect(frame).toContain(`${ticket.ticketNo}  已收件`);
    expect(frame).toContain('13812345678');
    expect(frame).toContain('左袖口开线');
    expect(frame).toMatch(/送修登记\s+已收件\s+王店长\s+待上传总部/);
    expect(frame).toContain('#1 顾客收执联');
    expect(frame).toContain('#2 工单');
  });

  it('queues a reprint of the selected job', async () => {
    const { app, screen, ticket } = await openDetail();

    await press(screen, KEYS.f9);
    const frame = await waitForFrame(screen, (current) => current.includes('已加入打印队列'));
    expect(frame).toContain('已加入打印队列（任务 #3）。');
    expect(frame).toContain('#3 工单');
    const jobs = app.service.printJobsFor(ticket.ticketNo);
    expect(jobs.map((job) => job.document)).toEqual(['customer_receipt', 'work_card', 'work_card']);
  });

  it('asks before reprinting a job with an unknown outcome', async () => {
    const { app, screen, ticket } = await openDetail();
    const db = openDatabase(runtimePaths(app.dir).database);
    db.printJobs.setStatus(2, 'unknown', 'connection closed mid-job', new Date().toISOString());
    db.close();
    // Leave and reopen the ticket so the detail reads the changed job.
    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('首页'));
    await press(screen, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('结果未知'));

    await press(screen, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('上次打印结果未知，可能已经出纸，确认补打？'));
    expect(app.service.printJobsFor(ticket.ticketNo)).toHaveLength(2);

    await press(screen, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('已加入打印队列（任务 #3）。'));
    expect(app.service.printJobsFor(ticket.ticketNo)).toHaveLength(3);
  });

  it('refuses cancel for a clerk', async () => {
    const { app, screen, ticket } = await openDetail('clerk');

    await press(screen, KEYS.f7);
    const frame = await waitForFrame(screen, (current) => current.includes('[错误]'));
    expect(frame).toContain('只有店长可以执行此操作');
    expect(frame).not.toContain('请输入原因');
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('received');
  });

  it('cancels with a reason for the manager', async () => {
    const { app, screen, ticket } = await openDetail();

    await press(screen, KEYS.f7);
    await waitForFrame(screen, (frame) => frame.includes('作废本单：请输入原因后按 Enter。'));
    await fillField(screen, '作废原因', '顾客放弃维修');

    const frame = await waitForFrame(screen, (current) => current.includes(`单号 ${ticket.ticketNo} 已作废。`));
    expect(frame).toContain(`${ticket.ticketNo}  已作废`);
    expect(frame).toMatch(/作废\s+已收件 → 已作废\s+王店长/);
    const saved = app.service.getTicket(ticket.ticketNo);
    expect(saved.state).toBe('cancelled');
    expect(saved.cancelReason).toBe('顾客放弃维修');
  });

  it('returns a pre-sale item to stock after confirming', async () => {
    const { app, screen, ticket } = await openDetail('manager', { type: 'pre_sale', customerName: '', customerPhone: '' });

    await press(screen, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('确认将此售前商品退回库存？'));
    await press(screen, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes(`单号 ${ticket.ticketNo} 已退回库存。`));
    expect(app.service.getTicket(ticket.ticketNo).state).toBe('returned_to_stock');
  });

  it('opens the preview of the selected job', async () => {
    const { app, screen } = await openDetail();

    await press(screen, KEYS.f8);
    const frame = await waitForFrame(screen, (current) => current.includes('打印预览') && current.includes('行，共'));
    expect(app.context.navigation.getState().stack.at(-1)).toEqual({ screen: 'print_preview', jobId: 2 });
    expect(frame).toMatch(/第 1–\d+ 行，共 \d+ 行/);

    await press(screen, PAGE_DOWN);
    const scrolled = await waitForFrame(screen, (current) => !current.includes('第 1–'));
    expect(scrolled).toMatch(/第 [2-9]\d*–\d+ 行/);
  });

  it('reprints the job that was previewed', async () => {
    const { app, screen, ticket } = await openDetail();

    await press(screen, KEYS.down);
    await waitForFrame(screen, (frame) => frame.includes('> #1 顾客收执联'));
    await press(screen, KEYS.f8);
    await waitForFrame(screen, (frame) => frame.includes('打印预览') && frame.includes('行，共'));
    expect(app.context.navigation.getState().stack.at(-1)).toEqual({ screen: 'print_preview', jobId: 1 });

    await press(screen, KEYS.escape);
    const back = await waitForFrame(screen, (frame) => frame.includes('处理记录'));
    expect(back).toContain('> #1 顾客收执联');
    await press(screen, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('已加入打印队列（任务 #3）。'));

    const jobs = app.service.printJobsFor(ticket.ticketNo);
    const previewed = jobs.find((job) => job.id === 1);
    const reprinted = jobs.find((job) => job.id === 3);
    expect(previewed?.document).toBe('customer_receipt');
    expect(reprinted?.document).toBe(previewed?.document);
  });

  it('keeps the selected job across help', async () => {
    const { screen } = await openDetail();

    await press(screen, KEYS.down);
    await waitForFrame(screen, (frame) => frame.includes('> #1 顾客收执联'));
    await press(screen, KEYS.f1);
    await waitForFrame(screen, (frame) => frame.includes('所有界面通用的按键'));
    await press(screen, KEYS.escape);

    const back = await waitForFrame(screen, (frame) => frame.includes('处理记录'));
    expect(back).toContain('> #1 顾客收执联');
    expect(back).toContain('  #2 工单');
  });

  it('shows a print outcome without a key', async () => {
    const { app, screen } = await openDetail();
    expect(plainFrame(screen)).toContain('#1 顾客收执联  排队中');

    const db = openDatabase(runtimePaths(app.dir).database);
    db.printJobs.beginAttempt(1, new Date().toISOString());
    db.printJobs.setStatus(1, 'printed', null, new Date().toISOString());
    db.close();

    // The screen reloads every 2 seconds, and the wait allows for two reloads.
    const frame = await waitForFrame(screen, (current) => current.includes('#1 顾客收执联  已打印'), 5000);
    expect(frame).toContain('#1 顾客收执联  已打印  已尝试 1 次');
  });

  it('names operators who share a name by id', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    app.service.createOperator(manager, { operatorId: 'm002', displayName: '王店长', role: 'clerk', password: 'clerk123' });
    const ticket = app.service.intake(manager, afterSaleInput(app)).ticket;
    app.context.navigation.getState().push({ screen: 'ticket', ticketNo: ticket.ticketNo });
    const screen = app.render();

    const frame = await waitForFrame(screen, (current) => current.includes('处理记录'));
    expect(frame).toMatch(/送修登记\s+已收件\s+王店长（boss）/);
    expect(frame).toMatch(/登记\s+\S+ \S+ 王店长（boss）/);
  });
});

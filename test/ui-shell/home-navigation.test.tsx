import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { runtimePaths } from '../../src/app/paths.js';
import { openDatabase } from '../../src/storage/database.js';
import { AppContext } from '../../src/ui/app-context.js';
import { App } from '../../src/ui/App.js';
import { TicketSummary } from '../../src/ui/components/TicketSummary.js';
import { afterSaleInput, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { KEYS, plainFrame, press, scan, waitForFrame } from './shell-driver.js';

/** Ctrl+C as a terminal in raw mode sends it. */
const CTRL_C = '\u0003';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function signedInApp(language?: 'zh-CN' | 'en') {
  app = await createTestApp(language ? { language } : {});
  const session = await setupStore(app);
  return { app, session };
}

describe('App shell', () => {
  it('opens help on F1 and returns on Esc', async () => {
    const { app } = await signedInApp();
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('目前没有未完结的售后单'));

    await press(screen, KEYS.f1);
    const help = await waitForFrame(screen, (frame) => frame.includes('所有界面通用的按键'));
    expect(help).toContain('「首页」界面的按键');
    expect(help).toMatch(/F2\s+送修/);
    expect(help).toContain('扫描商品条码');

    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('目前没有未完结的售后单'));
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }]);
  });

  it('lists quitting in help', async () => {
    const { app } = await signedInApp();
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('首页'));

    await press(screen, KEYS.f1);
    const help = await waitForFrame(screen, (frame) => frame.includes('所有界面通用的按键'));
    expect(help).toMatch(/Ctrl\+C\s+退出/);
  });

  it('lists quitting in English help', async () => {
    const { app } = await signedInApp('en');
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('Home'));

    await press(screen, KEYS.f1);
    const help = await waitForFrame(screen, (frame) => frame.includes('Keys on every screen'));
    expect(help).toMatch(/Ctrl\+C\s+Quit/);
  });

  it('quits on Ctrl+C from a field', async () => {
    const { app } = await signedInApp();
    let quits = 0;
    const screen = render(<App context={app.context} onQuit={() => (quits += 1)} />);
    try {
      await waitForFrame(screen, (frame) => frame.includes('首页'));
      await press(screen, KEYS.f6);
      await waitForFrame(screen, (frame) => frame.includes('> 开始日期'));

      await press(screen, CTRL_C);
      await waitForFrame(screen, () => quits > 0);
      expect(quits).toBe(1);
    } finally {
      screen.unmount();
    }
  });

  it('opens function-key screens from home', async () => {
    const { app } = await signedInApp();
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('目前没有未完结的售后单'));

    await press(screen, KEYS.f6);
    await waitForFrame(screen, (frame) => frame.includes('开始日期'));
    await press(screen, KEYS.f3);
    await waitForFrame(screen, (frame) => frame.includes('返修出库') && !frame.includes('开始日期'));
    await press(screen, KEYS.f4);
    await waitForFrame(screen, (frame) => app.context.navigation.getState().stack.at(-1)?.screen === 'arrival' && frame.includes('返修到货'));
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }, { screen: 'arrival' }]);

    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('目前没有未完结的售后单'));
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }]);
  });

  it('returns from help to the screen under it', async () => {
    const { app } = await signedInApp();
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('首页'));

    await press(screen, KEYS.f6);
    await waitForFrame(screen, (frame) => frame.includes('开始日期'));
    await press(screen, KEYS.f1);
    await waitForFrame(screen, (frame) => frame.includes('「查询」界面的按键'));
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }, { screen: 'search' }, { screen: 'help' }]);

    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('开始日期'));
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }, { screen: 'search' }]);
  });

  it('returns from a listed ticket to its list', async () => {
    const { app, session } = await signedInApp();
    const { ticket } = app.service.intake(session, afterSaleInput(app));
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes(ticket.ticketNo));

    await press(screen, KEYS.f6, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。'));
    await press(screen, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('处理记录'));
    expect(app.context.navigation.getState().stack).toEqual([
      { screen: 'home' },
      { screen: 'search' },
      { screen: 'ticket', ticketNo: ticket.ticketNo },
    ]);

    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('找到 1 张售后单。'));
    expect(app.context.navigation.getState().stack.at(-1)).toEqual({ screen: 'search' });
  });

  it('lists an open ticket under its state', async () => {
    const { app, session } = await signedInApp();
    const { ticket } = app.service.intake(session, afterSaleInput(app));
    const screen = app.render();

    const frame = await waitForFrame(screen, (current) => current.includes(ticket.ticketNo));
    const lines = frame.split('\n');
    const groupIndex = lines.findIndex((line) => line.includes('已收件（1）'));
    const rowIndex = lines.findIndex((line) => line.includes(ticket.ticketNo));
    expect(groupIndex).toBeGreaterThanOrEqual(0);
    expect(rowIndex).toBe(groupIndex + 1);
    expect(lines[rowIndex]).toContain('张三');
    expect(lines[rowIndex]).toContain(ticket.styleNo);
    expect(lines[rowIndex]).toContain('刚刚');
  });

  it('opens the selected ticket on Enter', async () => {
    const { app, session } = await signedInApp();
    const first = app.service.intake(session, afterSaleInput(app)).ticket;
    const second = app.service.intake(session, afterSaleInput(app, { customerName: '李四' })).ticket;
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes(second.ticketNo));

    await press(screen, KEYS.down, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('售后单详情'));
    const route = app.context.navigation.getState().stack.at(-1);
    expect(route).toEqual({ screen: 'ticket', ticketNo: second.ticketNo });
    expect(first.ticketNo).not.toBe(second.ticketNo);
  });

  it('opens a scanned ticket number', async () => {
    const { app, session } = await signedInApp();
    const { ticket } = app.service.intake(session, afterSaleInput(app));
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes(ticket.ticketNo));

    await scan(screen, ticket.ticketNo);
    const frame = await waitForFrame(screen, (current) => current.includes('处理记录'));
    expect(frame).toContain('售后单详情');
    expect(frame).toContain(`${ticket.ticketNo}  已收件`);
    expect(frame).toContain('13812345678');
  });

  it('shows an error for an unknown scan', async () => {
    const { app } = await signedInApp();
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('首页'));

    await scan(screen, 'XYZ-NOT-A-CODE');
    const frame = await waitForFrame(screen, (current) => current.includes('[错误]'));
    expect(frame).toContain('找不到与「XYZ-NOT-A-CODE」对应的售后单或商品');
    expect(app.context.navigation.getState().stack).toEqual([{ screen: 'home' }]);
  });

  it('renders English labels', async () => {
    const { app, session } = await signedInApp('en');
    app.service.intake(session, afterSaleInput(app));
    const screen = app.render();

    const frame = await waitForFrame(screen, (current) => current.includes('Received (1)'));
    expect(frame).toContain('Service Desk');
    expect(frame).toContain('Home');
    expect(frame).toContain('Operator: 王店长');
    expect(frame).toContain('F1 Help');
    expect(frame).not.toContain('首页');
  });
});

describe('StatusBar', () => {
  it('counts failed and unknown print jobs', async () => {
    const { app, session } = await signedInApp();
    app.service.intake(session, afterSaleInput(app));
    const db = openDatabase(runtimePaths(app.dir).database);
    db.printJobs.setStatus(1, 'failed', 'printer offline', new Date().toISOString());
    db.printJobs.setStatus(2, 'unknown', 'connection closed mid-job', new Date().toISOString());
    db.close();

    const screen = app.render();
    const frame = await waitForFrame(screen, (current) => current.includes('待重试 1'));
    expect(frame).toContain('打印机 virtual：排队 0，待重试 1，结果未知 1');
    expect(frame).toContain('待上传总部 1 条');
  });
});

describe('TicketSummary', () => {
  it('shows one ticket with a masked phone', async () => {
    const { app, session } = await signedInApp();
    const { ticket } = app.service.intake(session, afterSaleInput(app));

    const instance = render(
      <AppContext.Provider value={app.context}>
        <TicketSummary ticket={ticket} phone="masked" />
      </AppContext.Provider>,
    );
    const frame = plainFrame(instance);
    instance.unmount();
    expect(frame).toContain(`${ticket.ticketNo}  售后  已收件`);
    expect(frame).toContain('顾客: 张三  138****5678');
    expect(frame).not.toContain('13812345678');
    expect(frame).toContain(`商品: ${ticket.styleNo} ${ticket.productName}`);
    expect(frame).toContain('意见: 维修');
  });
});

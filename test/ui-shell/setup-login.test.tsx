import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, setupStore, TEST_MANAGER, type TestApp } from '../support/harness.js';
import { fieldLine, fillField, KEYS, typeInto, waitForFrame, press, type Screen } from './shell-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

const MASK = '•';

/** Fill the set-up form up to and including the first password, leaving "password again" focused. */
async function fillStoreAndManager(screen: Screen, password: string): Promise<void> {
  await waitForFrame(screen, (frame) => frame.includes('首次设置') && frame.includes('> 门店代码'));
  await fillField(screen, '门店代码', 'SH01');
  await fillField(screen, '门店名称', '上海南京路店');
  await fillField(screen, '终端号', '1');
  await fillField(screen, '店长工号', 'boss');
  await fillField(screen, '店长姓名', '王店长');
  await fillField(screen, '密码', password, MASK.repeat([...password].length));
}

describe('SetupScreen', () => {
  it('creates the manager and opens home', async () => {
    app = await createTestApp();
    const screen = app.render();

    await fillStoreAndManager(screen, 'secret1');
    await typeInto(screen, '再次输入密码', 'secret1', MASK.repeat(7));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('首页'));
    expect(frame).toContain('SH01 上海南京路店');
    expect(frame).toContain('操作员：王店长');
    expect(app.service.needsSetup()).toBe(false);
    expect(app.service.login('boss', 'secret1').role).toBe('manager');
  });

  it('rejects a short password naming the field', async () => {
    app = await createTestApp();
    const screen = app.render();

    await fillStoreAndManager(screen, 'abc12');
    await typeInto(screen, '再次输入密码', 'abc12', MASK.repeat(5));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('太短'));
    expect(frame).toContain('「密码」太短：至少需要 6 个字符。');
    expect(frame).toContain('首次设置');
    expect(app.service.needsSetup()).toBe(true);
  });

  it('rejects mismatched passwords naming the field', async () => {
    app = await createTestApp();
    const screen = app.render();

    await fillStoreAndManager(screen, 'secret1');
    await typeInto(screen, '再次输入密码', 'secret2', MASK.repeat(7));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('不一致'));
    expect(frame).toContain('「再次输入密码」与密码不一致，请重新输入。');
    expect(app.service.needsSetup()).toBe(true);
  });
});

describe('SetupScreen terminal number', () => {
  /** Fill the form with `terminalNo` and submit it. */
  async function submitWithTerminal(screen: Screen, terminalNo: string): Promise<void> {
    await waitForFrame(screen, (frame) => frame.includes('> 门店代码'));
    await fillField(screen, '门店代码', 'SH01');
    await fillField(screen, '门店名称', '上海南京路店');
    await fillField(screen, '终端号', terminalNo);
    await fillField(screen, '店长工号', 'boss');
    await fillField(screen, '店长姓名', '王店长');
    await fillField(screen, '密码', 'secret1', MASK.repeat(7));
    await typeInto(screen, '再次输入密码', 'secret1', MASK.repeat(7));
    await press(screen, KEYS.enter);
  }

  it('rejects 100 naming the field', async () => {
    app = await createTestApp();
    const screen = app.render();

    await submitWithTerminal(screen, '100');

    const frame = await waitForFrame(screen, (current) => current.includes('「终端号」无效'));
    expect(frame).toContain('「终端号」无效：请输入 1 到 99 的数字。');
    expect(fieldLine(frame, '终端号')).toMatch(/^> 终端号\s+100/);
    expect(app.service.needsSetup()).toBe(true);
  });

  it('rejects 0 and 001', async () => {
    app = await createTestApp();
    const screen = app.render();

    await submitWithTerminal(screen, '001');
    await waitForFrame(screen, (current) => current.includes('「终端号」无效'));
    expect(app.service.needsSetup()).toBe(true);

    await press(screen, KEYS.ctrlU, '0');
    await waitForFrame(screen, (current) => fieldLine(current, '终端号').includes(' 0 '));
    await press(screen, KEYS.tab, KEYS.tab, KEYS.tab, KEYS.tab);
    await waitForFrame(screen, (current) => fieldLine(current, '再次输入密码').startsWith('>'));
    await press(screen, KEYS.enter);
    const frame = await waitForFrame(screen, (current) => current.includes('「终端号」无效') && fieldLine(current, '终端号').startsWith('>'));
    expect(fieldLine(frame, '终端号')).toMatch(/^> 终端号\s+0\s/);
    expect(app.service.needsSetup()).toBe(true);
  });

  it('accepts 99', async () => {
    app = await createTestApp();
    const screen = app.render();

    await submitWithTerminal(screen, '99');

    await waitForFrame(screen, (current) => current.includes('首页'));
    expect(app.service.settings().terminalNo).toBe(99);
  });
});

describe('LoginScreen', () => {
  it('rejects a wrong password', async () => {
    app = await createTestApp();
    await setupStore(app);
    app.context.session.getState().signOut();
    app.context.navigation.getState().reset({ screen: 'login' });
    const screen = app.render();

    await waitForFrame(screen, (frame) => frame.includes('> 工号'));
    await fillField(screen, '工号', TEST_MANAGER.operatorId);
    await typeInto(screen, '密码', 'wrong12', MASK.repeat(7));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('错误'));
    expect(frame).toContain('工号或密码不正确。');
    expect(frame).toContain('登录');
    expect(fieldLine(frame, '密码')).not.toContain(MASK);
    expect(app.context.session.getState().session).toBeNull();
  });

  it('signs in with the right password', async () => {
    app = await createTestApp();
    await setupStore(app);
    app.context.session.getState().signOut();
    app.context.navigation.getState().reset({ screen: 'login' });
    const screen = app.render();

    await waitForFrame(screen, (frame) => frame.includes('> 工号'));
    await fillField(screen, '工号', TEST_MANAGER.operatorId);
    await typeInto(screen, '密码', TEST_MANAGER.password, MASK.repeat(7));
    await press(screen, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes('首页') && frame.includes('操作员：王店长'));
    expect(app.context.session.getState().session?.operatorId).toBe('boss');
  });
});

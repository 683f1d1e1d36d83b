import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { createClerk, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { fieldLine } from '../ui-shell/shell-driver.js';
import { fillField, isFocused, KEYS, MASK, press, signedInOnHome, typeInto, waitForFrame } from './admin-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

type Screen = ReturnType<TestApp['render']>;

/** Sign in the manager, optionally add the clerk `clerk1`, and open operators with F8 from home. */
async function openOperatorsScreen(withClerk: boolean) {
  const opened = await signedInOnHome();
  app = opened.app;
  if (withClerk) createClerk(opened.app, opened.manager);
  await press(opened.screen, KEYS.f8);
  await waitForFrame(opened.screen, (frame) => frame.includes('操作员管理') && frame.includes('F7 添加'));
  return opened;
}

function rowOf(frame: string, operatorId: string): string {
  return frame.split('\n').find((line) => /^[> ] /.test(line) && line.slice(2).startsWith(operatorId)) ?? '';
}

async function selectRow(screen: Screen, operatorId: string): Promise<void> {
  await press(screen, KEYS.down);
  await waitForFrame(screen, (frame) => rowOf(frame, operatorId).startsWith('>'));
}

function loginError(created: TestApp, operatorId: string, password: string): string | null {
  try {
    created.service.login(operatorId, password);
    return null;
  } catch (error) {
    if (error instanceof DeskError) return error.code;
    throw error;
  }
}

describe('OperatorsScreen', () => {
  it('lists operators with role and status', async () => {
    const { screen } = await openOperatorsScreen(true);

    const frame = await waitForFrame(screen, (current) => rowOf(current, 'clerk1') !== '');
    expect(rowOf(frame, 'boss')).toMatch(/^> boss\s+王店长（本人）\s+店长\s+在用/);
    expect(rowOf(frame, 'clerk1')).toMatch(/^ {2}clerk1\s+李店员\s+店员\s+在用/);
  });

  it('adds a clerk who can then log in', async () => {
    const { screen, app: created } = await openOperatorsScreen(false);

    await press(screen, KEYS.f7);
    await waitForFrame(screen, (frame) => frame.includes('添加操作员') && isFocused(frame, '工号'));
    await fillField(screen, '工号', 'li.na');
    await fillField(screen, '姓名', '李娜');
    await press(screen, KEYS.enter);
    await typeInto(screen, '密码', 'linapw1', MASK.repeat(7));
    await press(screen, KEYS.enter);
    await typeInto(screen, '再次输入密码', 'linapw1', MASK.repeat(7));
    await press(screen, KEYS.f10);

    const listed = await waitForFrame(screen, (frame) => frame.includes('已添加操作员'));
    expect(listed).toContain('[完成] 已添加操作员 李娜（li.na），现在可以用此工号登录。');
    expect(rowOf(listed, 'li.na')).toMatch(/李娜\s+店员\s+在用/);

    created.context.session.getState().signOut();
    created.context.navigation.getState().reset({ screen: 'login' });
    await waitForFrame(screen, (frame) => fieldLine(frame, '工号').startsWith('>'));
    await press(screen, 'li.na');
    await waitForFrame(screen, (frame) => fieldLine(frame, '工号').includes('li.na'));
    await press(screen, KEYS.enter);
    await press(screen, 'linapw1');
    await waitForFrame(screen, (frame) => fieldLine(frame, '密码').includes(MASK.repeat(7)));
    await press(screen, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes('首页') && frame.includes('操作员：李娜'));
    expect(created.context.session.getState().session).toEqual({ operatorId: 'li.na', displayName: '李娜', role: 'clerk' });
  });

  it('rejects mismatched passwords and adds nobody', async () => {
    const { screen, app: created, manager } = await openOperatorsScreen(false);

    await press(screen, KEYS.f7);
    await waitForFrame(screen, (frame) => isFocused(frame, '工号'));
    await fillField(screen, '工号', 'li.na');
    await fillField(screen, '姓名', '李娜');
    await press(screen, KEYS.enter);
    await fillField(screen, '密码', 'linapw1', MASK.repeat(7));
    await typeInto(screen, '再次输入密码', 'linapw2', MASK.repeat(7));
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('不一致'));
    expect(frame).toContain('两次输入的密码不一致，请重新输入。');
    expect(isFocused(frame, '再次输入密码')).toBe(true);
    expect(created.service.listOperators(manager).map((operator) => operator.operatorId)).toEqual(['boss']);
  });

  it('names the field of an invalid operator ID', async () => {
    const { screen } = await openOperatorsScreen(false);

    await press(screen, KEYS.f7);
    await waitForFrame(screen, (frame) => isFocused(frame, '工号'));
    await fillField(screen, '工号', 'Li Na');
    await fillField(screen, '姓名', '李娜');
    await press(screen, KEYS.enter);
    await fillField(screen, '密码', 'linapw1', MASK.repeat(7));
    await typeInto(screen, '再次输入密码', 'linapw1', MASK.repeat(7));
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('格式不正确'));
    expect(frame).toContain('「工号」格式不正确，请检查后重新输入。');
    expect(isFocused(frame, '工号')).toBe(true);
  });

  it('deactivates a clerk after confirmation', async () => {
    const { screen, app: created } = await openOperatorsScreen(true);
    await selectRow(screen, 'clerk1');

    await press(screen, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('确认停用 李店员（clerk1）？'));
    await press(screen, KEYS.escape);
    await waitForFrame(screen, (frame) => frame.includes('F7 添加'));
    expect(loginError(created, 'clerk1', 'clerk123')).toBeNull();

    await press(screen, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('确认停用'));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('已停用'));
    expect(frame).toContain('[完成] 李店员（clerk1）已停用，不能再登录。');
    expect(rowOf(frame, 'clerk1')).toContain('停用');
    expect(loginError(created, 'clerk1', 'clerk123')).toBe('login.failed');
  });

  it('refuses to deactivate oneself', async () => {
    const { screen, app: created } = await openOperatorsScreen(true);

    await press(screen, KEYS.f9);
    await waitForFrame(screen, (frame) => frame.includes('确认停用 王店长（boss）？'));
    await press(screen, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('[错误]'));
    expect(frame).toContain('不能停用自己的工号。');
    expect(rowOf(frame, 'boss')).toContain('在用');
    expect(loginError(created, 'boss', 'secret1')).toBeNull();
  });

  it('resets the selected password', async () => {
    const { screen, app: created } = await openOperatorsScreen(true);
    await selectRow(screen, 'clerk1');

    await press(screen, KEYS.f8);
    await waitForFrame(screen, (frame) => frame.includes('为 李店员（clerk1）设置新密码') && isFocused(frame, '新密码'));
    await fillField(screen, '新密码', 'fresh99', MASK.repeat(7));
    await typeInto(screen, '再次输入密码', 'fresh99', MASK.repeat(7));
    await press(screen, KEYS.f10);

    await waitForFrame(screen, (frame) => frame.includes('已为 李店员（clerk1）设置新密码'));
    expect(loginError(created, 'clerk1', 'clerk123')).toBe('login.failed');
    expect(loginError(created, 'clerk1', 'fresh99')).toBeNull();
  });

  it('refuses a clerk', async () => {
    app = await createTestApp();
    const clerk = createClerk(app, await setupStore(app));
    app.context.session.getState().signIn(clerk, Date.now());
    const screen = app.render();
    const home = await waitForFrame(screen, (frame) => frame.includes('操作员：李店员'));
    expect(home).not.toContain('F8 操作员');

    await press(screen, KEYS.f8);

    const frame = await waitForFrame(screen, (current) => current.includes('只有店长可以执行此操作'));
    expect(frame).toContain('操作员管理');
    expect(rowOf(frame, 'boss')).toBe('');
    expect(frame).not.toContain('F7 添加');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { runtimePaths } from '../../src/app/paths.js';
import { openSettings } from '../../src/storage/settings-store.js';
import { createClerk, createTestApp, setupStore, type TestApp } from '../support/harness.js';
import { focusField, formLine, isFocused, KEYS, press, signedInOnHome, typeInto, waitForFrame } from './admin-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

async function settingsOnDisk(created: TestApp) {
  return (await openSettings(runtimePaths(created.dir).settings)).get();
}

/** Sign in the manager and open settings with F9 from home. */
async function openSettingsScreen() {
  const opened = await signedInOnHome();
  app = opened.app;
  await press(opened.screen, KEYS.f9);
  await waitForFrame(opened.screen, (frame) => frame.includes('系统设置') && isFocused(frame, '门店名称'));
  return opened;
}

describe('SettingsScreen', () => {
  it('is offered on home to a manager', async () => {
    const opened = await signedInOnHome();
    app = opened.app;

    const frame = await waitForFrame(opened.screen, (current) => current.includes('目前没有未完结的售后单'));
    expect(frame).toContain('F8 操作员  F9 设置');
  });

  it('shows store code and terminal read-only', async () => {
    const { screen } = await openSettingsScreen();
    const frame = await waitForFrame(screen, (current) => current.includes('门店代码 SH01'));

    expect(frame).toContain('终端号 1（两者是每张售后单号的一部分，不能在此修改）');
    expect(formLine(frame, '门店名称')).toContain('上海南京路店');
    expect(formLine(frame, '界面语言')).toContain('[1 中文]');
    expect(formLine(frame, '小票打印机连接')).toContain('virtual');
    expect(formLine(frame, '小票打印机型号')).toContain('[2 generic-80mm]');
    expect(frame).not.toMatch(/^[> ] 门店代码/m);
  });

  it('saves a printer connection for the next start', async () => {
    const { screen, app: created } = await openSettingsScreen();

    await focusField(screen, '小票打印机连接');
    await press(screen, KEYS.ctrlU);
    await typeInto(screen, '小票打印机连接', 'tcp://127.0.0.1:9100');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('[完成]'));
    expect(frame).toContain('[完成] 设置已保存。小票打印机、界面语言和自动锁屏的更改重启后生效。');
    expect((await settingsOnDisk(created)).printers.receipt.connection).toBe('tcp://127.0.0.1:9100');
    expect(created.service.status().printerLabel).toBe('virtual');
  });

  it('names the field of an invalid connection', async () => {
    const { screen, app: created } = await openSettingsScreen();
    const before = await settingsOnDisk(created);

    await typeInto(screen, '门店名称', '二店');
    await focusField(screen, '小票打印机连接');
    await press(screen, KEYS.ctrlU);
    await typeInto(screen, '小票打印机连接', 'tcp://printer');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('无效'));
    expect(frame).toContain('「小票打印机连接」无效：「tcp://printer」。');
    expect(isFocused(frame, '小票打印机连接')).toBe(true);
    expect(frame).not.toContain('设置已保存');
    expect(await settingsOnDisk(created)).toEqual(before);
  });

  it('rejects idle minutes that are not a number', async () => {
    const { screen, app: created } = await openSettingsScreen();

    await focusField(screen, '自动锁屏（分钟）');
    await press(screen, KEYS.ctrlU);
    await typeInto(screen, '自动锁屏（分钟）', '1h');
    await press(screen, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('应为 0 到 240 的整数'));
    expect(frame).toContain('「自动锁屏（分钟）」应为 0 到 240 的整数（0 表示不自动锁屏），现为「1h」。');
    expect((await settingsOnDisk(created)).idleLockMinutes).toBe(5);
  });

  it('shows a new store name in the header', async () => {
    const { screen, app: created } = await openSettingsScreen();

    await press(screen, KEYS.ctrlU);
    await typeInto(screen, '门店名称', '上海淮海路店');
    await press(screen, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('设置已保存'));
    await press(screen, KEYS.escape);

    const frame = await waitForFrame(screen, (current) => current.includes('首页'));
    expect(frame).toContain('SH01 上海淮海路店');
    expect(created.service.settings().storeName).toBe('上海淮海路店');
  });

  it('refuses a clerk', async () => {
    app = await createTestApp();
    const clerk = createClerk(app, await setupStore(app));
    app.context.session.getState().signIn(clerk, Date.now());
    const screen = app.render();
    const home = await waitForFrame(screen, (frame) => frame.includes('操作员：李店员'));
    expect(home).not.toContain('F9 设置');

    await press(screen, KEYS.f9);

    const frame = await waitForFrame(screen, (current) => current.includes('只有店长可以执行此操作'));
    expect(frame).toContain('系统设置');
    expect(formLine(frame, '门店名称')).toBe('');
    await press(screen, KEYS.f10);
    expect((await settingsOnDisk(app)).storeName).toBe('上海南京路店');
  });
});

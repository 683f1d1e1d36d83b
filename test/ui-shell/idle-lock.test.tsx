import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createClerk, createTestApp, setupStore, TEST_MANAGER, type TestApp } from '../support/harness.js';
import { fieldLine, fillField, KEYS, press, typeInto, waitForFrame, type Screen } from './shell-driver.js';

const MINUTE_MS = 60_000;
const MASK = '•';

let app: TestApp | null = null;

beforeEach(() => {
  // Only setTimeout is faked, for the idle timer. shouldAdvanceTime keeps the frame polling and
  // the input decoder's burst gap running on real time.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
});

afterEach(async () => {
  vi.useRealTimers();
  await app?.close();
  app = null;
});

/** Render home for the signed-in manager with the idle lock set to `minutes`. */
async function homeWithIdleLock(minutes: number): Promise<{ app: TestApp; screen: Screen }> {
  app = await createTestApp();
  await setupStore(app);
  app.context.settings = { ...app.context.settings, idleLockMinutes: minutes };
  const screen = app.render();
  await waitForFrame(screen, (frame) => frame.includes('首页'));
  return { app, screen };
}

describe('idle lock', () => {
  it('stays off at 0 minutes', async () => {
    const { app, screen } = await homeWithIdleLock(0);

    vi.advanceTimersByTime(8 * 60 * MINUTE_MS);
    await press(screen, KEYS.f1);
    await waitForFrame(screen, (frame) => frame.includes('所有界面通用的按键'));
    expect(app.context.session.getState().locked).toBe(false);
  });

  it('locks when idle, password unlocks', async () => {
    const { app, screen } = await homeWithIdleLock(1);

    vi.advanceTimersByTime(MINUTE_MS - 1_000);
    expect(app.context.session.getState().locked).toBe(false);
    vi.advanceTimersByTime(1_000);
    const locked = await waitForFrame(screen, (frame) => frame.includes('已锁屏'));
    expect(locked).toContain('屏幕已锁定（王店长，boss）');
    expect(locked).not.toContain('F2 送修');

    await typeInto(screen, '密码', TEST_MANAGER.password, MASK.repeat(7));
    await press(screen, KEYS.enter);
    await waitForFrame(screen, (frame) => frame.includes('首页') && frame.includes('F2 送修'));
    expect(app.context.session.getState().locked).toBe(false);
    expect(app.context.session.getState().session?.operatorId).toBe('boss');
  });

  it('restarts the timer on a key', async () => {
    const { app, screen } = await homeWithIdleLock(1);

    vi.advanceTimersByTime(50_000);
    const before = app.context.session.getState().lastActivityAt;
    await press(screen, KEYS.down);
    await waitForFrame(screen, () => app.context.session.getState().lastActivityAt !== before);
    vi.advanceTimersByTime(50_000);
    expect(app.context.session.getState().locked).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(app.context.session.getState().locked).toBe(true);
  });

  it('rejects a wrong unlock password', async () => {
    const { app, screen } = await homeWithIdleLock(1);
    vi.advanceTimersByTime(MINUTE_MS);
    await waitForFrame(screen, (frame) => frame.includes('已锁屏'));

    await typeInto(screen, '密码', 'wrong12', MASK.repeat(7));
    await press(screen, KEYS.enter);
    const frame = await waitForFrame(screen, (current) => current.includes('工号或密码不正确。'));
    expect(fieldLine(frame, '密码')).not.toContain(MASK);
    expect(app.context.session.getState().locked).toBe(true);
  });

  it('manager unlocks a clerk lock', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    const clerk = createClerk(app, manager);
    app.context.session.getState().signIn(clerk, Date.now());
    app.context.settings = { ...app.context.settings, idleLockMinutes: 1 };
    const screen = app.render();
    await waitForFrame(screen, (frame) => frame.includes('操作员：李店员'));

    vi.advanceTimersByTime(MINUTE_MS);
    await waitForFrame(screen, (frame) => frame.includes('屏幕已锁定（李店员，clerk1）'));
    await press(screen, KEYS.up, KEYS.ctrlU);
    await waitForFrame(screen, (frame) => fieldLine(frame, '工号').startsWith('>') && !fieldLine(frame, '工号').includes('clerk1'));
    await fillField(screen, '工号', TEST_MANAGER.operatorId);
    await typeInto(screen, '密码', TEST_MANAGER.password, MASK.repeat(7));
    await press(screen, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes('操作员：王店长') && frame.includes('首页'));
    expect(app.context.session.getState().session?.role).toBe('manager');
  });

  it('clerk takes over a manager lock', async () => {
    const { app, screen } = await homeWithIdleLock(1);
    const manager = app.context.session.getState().session;
    if (!manager) throw new Error('no manager signed in');
    createClerk(app, manager);

    vi.advanceTimersByTime(MINUTE_MS);
    await waitForFrame(screen, (frame) => frame.includes('屏幕已锁定'));
    await press(screen, KEYS.up, KEYS.ctrlU);
    await waitForFrame(screen, (frame) => fieldLine(frame, '工号').startsWith('>') && !fieldLine(frame, '工号').includes('boss'));
    await fillField(screen, '工号', 'clerk1');
    await typeInto(screen, '密码', 'clerk123', MASK.repeat(8));
    await press(screen, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes('操作员：李店员') && frame.includes('首页'));
    expect(app.context.session.getState().session?.operatorId).toBe('clerk1');
    expect(app.context.session.getState().locked).toBe(false);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { afterSaleInput, createTestApp, TEST_MANAGER, type TestApp } from '../support/harness.js';
import { waitForFrame } from './shell-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

describe('Home list with an 8-letter store code', () => {
  it('shows each 17-character ticket number on one row', async () => {
    app = await createTestApp();
    const session = await app.service.completeSetup({
      storeCode: 'ABCDEFGH',
      storeName: '长店号测试店',
      terminalNo: 1,
      managerId: TEST_MANAGER.operatorId,
      managerName: TEST_MANAGER.displayName,
      password: TEST_MANAGER.password,
    });
    app.context.session.getState().signIn(session, app.context.now().getTime());
    app.context.navigation.getState().reset({ screen: 'home' });
    const names = ['欧阳一', '欧阳二', '欧阳三'];
    const ticketNos = names.map(
      (customerName, index) => app!.service.intake(session, afterSaleInput(app!, { customerName, customerPhone: `1390000000${index}` })).ticket.ticketNo,
    );

    const screen = app.render();
    const frame = await waitForFrame(screen, (current) => ticketNos.every((ticketNo) => current.includes(ticketNo)));

    const lines = frame.split('\n');
    for (const [index, ticketNo] of ticketNos.entries()) {
      expect(ticketNo).toHaveLength(17);
      const row = lines.find((line) => line.includes(ticketNo)) ?? '';
      expect(row).toContain(names[index]);
    }
    for (const name of names) {
      expect(lines.filter((line) => line.includes(name))).toHaveLength(1);
    }
    expect(lines.filter((line) => /^\s*\d{5}[0-9A-Z]\s/.test(line))).toEqual([]);
  });
});

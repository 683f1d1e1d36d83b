import { afterEach, describe, expect, it } from 'vitest';
import { createClerk, createTestApp, setupStore, TEST_MANAGER, type TestApp } from '../support/harness.js';

let app: TestApp;

afterEach(async () => {
  await app.close();
});

describe('operatorNames', () => {
  it('maps every operator id to its name', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    createClerk(app, manager);

    expect(app.service.operatorNames()).toEqual({ [TEST_MANAGER.operatorId]: TEST_MANAGER.displayName, clerk1: '李店员' });
  });

  it('includes deactivated operators', async () => {
    app = await createTestApp();
    const manager = await setupStore(app);
    createClerk(app, manager);
    app.service.setOperatorActive(manager, 'clerk1', false);

    expect(app.service.operatorNames().clerk1).toBe('李店员');
  });

  it('is empty before set-up', async () => {
    app = await createTestApp();

    expect(app.service.operatorNames()).toEqual({});
  });
});

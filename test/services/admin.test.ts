import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runtimePaths } from '../../src/app/paths.js';
import { DeskError } from '../../src/domain/errors.js';
import { listPrinterProfiles } from '../../src/services/admin.js';
import type { Session, SettingsPatch } from '../../src/services/types.js';
import { openSettings } from '../../src/storage/settings-store.js';
import { createClerk, createTestApp, setupStore, TEST_MANAGER, type TestApp } from '../support/harness.js';

let app: TestApp;

afterEach(async () => {
  await app.close();
});

async function managerApp(): Promise<Session> {
  app = await createTestApp();
  return setupStore(app);
}

/** Read the settings from the file, as the next start of the app would. */
async function settingsOnDisk() {
  return (await openSettings(runtimePaths(app.dir).settings)).get();
}

function thrown(action: () => unknown): DeskError {
  try {
    action();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a DeskError, but nothing was thrown');
}

describe('updateSettings', () => {
  it('saves every editable field to the file', async () => {
    const manager = await managerApp();

    const saved = await app.service.updateSettings(manager, {
      storeName: ' 上海淮海路店 ',
      language: 'en',
      idleLockMinutes: 0,
      receiptPrinterConnection: 'tcp://192.0.2.10:9100',
      receiptPrinterProfile: 'generic-58mm',
      receiptTerms: '保修期内免费维修。',
    });

    expect(saved.storeName).toBe('上海淮海路店');
    const onDisk = await settingsOnDisk();
    expect(onDisk).toMatchObject({
      storeCode: 'SH01',
      terminalNo: 1,
      storeName: '上海淮海路店',
      language: 'en',
      idleLockMinutes: 0,
      printers: { receipt: { connection: 'tcp://192.0.2.10:9100', profile: 'generic-58mm' } },
      receiptTerms: '保修期内免费维修。',
    });
  });

  it('keeps fields left out of the patch', async () => {
    const manager = await managerApp();

    await app.service.updateSettings(manager, { receiptPrinterConnection: 'tcp://printer.local:9100' });

    const onDisk = await settingsOnDisk();
    expect(onDisk.storeName).toBe('上海南京路店');
    expect(onDisk.printers.receipt).toEqual({ profile: 'generic-80mm', connection: 'tcp://printer.local:9100' });
  });

  it('rejects a clerk', async () => {
    const manager = await managerApp();
    const clerk = createClerk(app, manager);

    await expect(app.service.updateSettings(clerk, { storeName: '新店名' })).rejects.toMatchObject({ code: 'transition.manager_only' });
    expect((await settingsOnDisk()).storeName).toBe('上海南京路店');
  });

  const invalidPatches: { name: string; patch: SettingsPatch; code: string; field: string }[] = [
    { name: 'empty store name', patch: { storeName: '  ' }, code: 'field.required', field: 'storeName' },
    { name: 'long store name', patch: { storeName: '店'.repeat(41) }, code: 'field.too_long', field: 'storeName' },
    { name: 'tab in store name', patch: { storeName: '上海\t店' }, code: 'field.control_character', field: 'storeName' },
    { name: 'unknown language', patch: { language: 'fr' }, code: 'field.unknown_option', field: 'language' },
    { name: 'idle lock over 240', patch: { idleLockMinutes: 241 }, code: 'settings.idle_lock_out_of_range', field: 'idleLockMinutes' },
    { name: 'negative idle lock', patch: { idleLockMinutes: -1 }, code: 'settings.idle_lock_out_of_range', field: 'idleLockMinutes' },
    { name: 'fractional idle lock', patch: { idleLockMinutes: 1.5 }, code: 'settings.idle_lock_out_of_range', field: 'idleLockMinutes' },
    { name: 'usb connection', patch: { receiptPrinterConnection: 'usb' }, code: 'settings.connection_invalid', field: 'receiptPrinterConnection' },
    { name: 'tcp without port', patch: { receiptPrinterConnection: 'tcp://192.0.2.10' }, code: 'settings.connection_invalid', field: 'receiptPrinterConnection' },
    { name: 'tcp port 0', patch: { receiptPrinterConnection: 'tcp://192.0.2.10:0' }, code: 'settings.connection_invalid', field: 'receiptPrinterConnection' },
    { name: 'tcp port 65536', patch: { receiptPrinterConnection: 'tcp://192.0.2.10:65536' }, code: 'settings.connection_invalid', field: 'receiptPrinterConnection' },
    { name: 'missing profile', patch: { receiptPrinterProfile: 'epson-99mm' }, code: 'printer.profile_not_found', field: 'receiptPrinterProfile' },
    { name: 'profile path', patch: { receiptPrinterProfile: '../package' }, code: 'printer.profile_not_found', field: 'receiptPrinterProfile' },
    { name: 'long terms', patch: { receiptTerms: 'x'.repeat(401) }, code: 'field.too_long', field: 'receiptTerms' },
    { name: 'store code', patch: { storeCode: 'BJ02' } as SettingsPatch, code: 'settings.not_editable', field: 'storeCode' },
    { name: 'terminal number', patch: { terminalNo: 2 } as SettingsPatch, code: 'settings.not_editable', field: 'terminalNo' },
  ];

  it.each(invalidPatches)('rejects $name and saves nothing', async ({ patch, code, field }) => {
    const manager = await managerApp();
    const before = await settingsOnDisk();

    // A valid change rides along, to show that one bad field stops the whole patch.
    const rejected = app.service.updateSettings(manager, { receiptTerms: '不应保存', ...patch });

    await expect(rejected).rejects.toMatchObject({ code, params: { field } });
    expect(await settingsOnDisk()).toEqual(before);
    expect(app.service.settings()).toEqual(before);
  });

  it('accepts the highest port', async () => {
    const manager = await managerApp();
    const saved = await app.service.updateSettings(manager, { receiptPrinterConnection: 'tcp://192.0.2.10:65535' });
    expect(saved.printers.receipt.connection).toBe('tcp://192.0.2.10:65535');
  });
});

describe('printer profiles', () => {
  it('lists the shipped profiles', async () => {
    await managerApp();
    expect(app.service.printerProfiles().map((profile) => profile.name)).toEqual(['generic-58mm', 'generic-80mm']);
  });

  it('skips a broken profile file', async () => {
    await managerApp();
    const dir = join(app.dir, 'printers');
    mkdirSync(dir);
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    writeFileSync(join(dir, 'notes.txt'), 'not a profile');
    writeFileSync(
      join(dir, 'shop-58.json'),
      JSON.stringify({ name: 'Shop 58', paperWidthMm: 58, columns: 32, dotsPerLine: 384, encoding: 'GBK', cutter: false, code128: true, qr: false, outsideGbk: 'placeholder' }),
    );

    expect(listPrinterProfiles(dir)).toEqual([{ name: 'shop-58', model: 'Shop 58' }]);
  });
});

describe('operators administration', () => {
  it('lists operators without password hashes', async () => {
    const manager = await managerApp();
    createClerk(app, manager);

    const operators = app.service.listOperators(manager);

    expect(operators.map((operator) => [operator.operatorId, operator.role, operator.active])).toEqual([
      ['boss', 'manager', true],
      ['clerk1', 'clerk', true],
    ]);
    expect(operators.every((operator) => !('passwordHash' in operator))).toBe(true);
  });

  it('rejects a clerk on every action', async () => {
    const manager = await managerApp();
    const clerk = createClerk(app, manager);

    expect(thrown(() => app.service.listOperators(clerk)).code).toBe('transition.manager_only');
    expect(thrown(() => app.service.setOperatorActive(clerk, 'boss', false)).code).toBe('transition.manager_only');
    expect(thrown(() => app.service.resetOperatorPassword(clerk, 'boss', 'hijack1')).code).toBe('transition.manager_only');
    expect(app.service.login(TEST_MANAGER.operatorId, TEST_MANAGER.password).role).toBe('manager');
  });

  it('blocks login of a deactivated operator', async () => {
    const manager = await managerApp();
    createClerk(app, manager);

    expect(app.service.setOperatorActive(manager, 'clerk1', false).active).toBe(false);
    expect(thrown(() => app.service.login('clerk1', 'clerk123')).code).toBe('login.failed');

    app.service.setOperatorActive(manager, 'clerk1', true);
    expect(app.service.login('clerk1', 'clerk123').operatorId).toBe('clerk1');
  });

  it('rejects deactivating oneself', async () => {
    const manager = await managerApp();
    app.service.createOperator(manager, { operatorId: 'deputy', displayName: '副店长', role: 'manager', password: 'deputy1' });

    expect(thrown(() => app.service.setOperatorActive(manager, 'boss', false)).code).toBe('operator.cannot_deactivate_self');
    expect(app.service.login('boss', TEST_MANAGER.password).operatorId).toBe('boss');
  });

  it('keeps the last active manager', async () => {
    const boss = await managerApp();
    app.service.createOperator(boss, { operatorId: 'deputy', displayName: '副店长', role: 'manager', password: 'deputy1' });
    const deputy = app.service.login('deputy', 'deputy1');

    // The deputy deactivates the boss, whose session on another terminal is still open.
    app.service.setOperatorActive(deputy, 'boss', false);
    const error = thrown(() => app.service.setOperatorActive(boss, 'deputy', false));

    expect(error.code).toBe('operator.last_active_manager');
    expect(error.params).toEqual({ operatorId: 'deputy' });
    expect(app.service.login('deputy', 'deputy1').role).toBe('manager');
  });

  it('rejects an unknown operator', async () => {
    const manager = await managerApp();
    expect(thrown(() => app.service.setOperatorActive(manager, 'nobody', false)).code).toBe('operator.not_found');
    expect(thrown(() => app.service.resetOperatorPassword(manager, 'nobody', 'secret9')).code).toBe('operator.not_found');
  });

  it('resets a password', async () => {
    const manager = await managerApp();
    createClerk(app, manager);

    app.service.resetOperatorPassword(manager, 'clerk1', 'newpass1');

    expect(thrown(() => app.service.login('clerk1', 'clerk123')).code).toBe('login.failed');
    expect(app.service.login('clerk1', 'newpass1').operatorId).toBe('clerk1');
  });

  it('rejects a short new password', async () => {
    const manager = await managerApp();
    createClerk(app, manager);

    const error = thrown(() => app.service.resetOperatorPassword(manager, 'clerk1', '12345'));

    expect(error.code).toBe('password.too_short');
    expect(app.service.login('clerk1', 'clerk123').operatorId).toBe('clerk1');
  });
});

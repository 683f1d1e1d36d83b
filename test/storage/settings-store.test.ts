import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { DEFAULT_SETTINGS } from '../../src/storage/settings-schema.js';
import { openSettings } from '../../src/storage/settings-store.js';
import { makeTempDir } from './fixtures.js';

let temp: ReturnType<typeof makeTempDir>;
let filePath: string;

beforeEach(() => {
  temp = makeTempDir();
  filePath = path.join(temp.dir, 'runtime', 'settings.json');
});

afterEach(() => {
  temp.remove();
});

function readFileJson(): unknown {
  return JSON.parse(readFileSync(filePath, 'utf8')) as unknown;
}

describe('openSettings', () => {
  it('writes defaults on first open', async () => {
    const store = await openSettings(filePath);

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recoveredFrom).toBeNull();
    expect(readFileJson()).toEqual(DEFAULT_SETTINGS);
  });

  it('persists an update across reopen', async () => {
    const store = await openSettings(filePath);
    const updated = await store.update((draft) => {
      draft.storeCode = 'SH01';
      draft.printers.receipt.connection = 'tcp://127.0.0.1:9100';
    });

    expect(updated.storeCode).toBe('SH01');
    expect(store.get()).toEqual(updated);

    const reopened = await openSettings(filePath);
    expect(reopened.get()).toEqual(updated);
    expect(reopened.recoveredFrom).toBeNull();
  });

  it('accepts a patch that returns new settings', async () => {
    const store = await openSettings(filePath);
    await store.update((draft) => ({ ...draft, language: 'en' }));

    expect(readFileJson()).toMatchObject({ language: 'en' });
  });

  it('rejects an invalid update and changes nothing', async () => {
    const store = await openSettings(filePath);
    await store.update((draft) => {
      draft.storeName = '上海一店';
    });
    const before = readFileSync(filePath, 'utf8');

    const rejection = store.update((draft) => {
      draft.storeName = '改了';
      draft.printers.receipt.connection = 'usb';
    });

    await expect(rejection).rejects.toBeInstanceOf(DeskError);
    await expect(rejection).rejects.toMatchObject({ code: 'settings.invalid', params: { field: 'printers.receipt.connection' } });
    expect(readFileSync(filePath, 'utf8')).toBe(before);
    expect(store.get().storeName).toBe('上海一店');
  });

  it('keeps working after a rejected update', async () => {
    const store = await openSettings(filePath);
    const rejected = store.update((draft) => {
      draft.terminalNo = 0;
    });
    const accepted = store.update((draft) => {
      draft.terminalNo = 7;
    });

    await expect(rejected).rejects.toMatchObject({ code: 'settings.invalid', params: { field: 'terminalNo' } });
    await expect(accepted).resolves.toMatchObject({ terminalNo: 7 });
    expect(readFileJson()).toMatchObject({ terminalNo: 7 });
  });

  it('returns frozen settings', async () => {
    const store = await openSettings(filePath);
    expect(() => {
      store.get().printers.receipt.profile = 'changed';
    }).toThrow(TypeError);
  });

  it('fills missing fields from defaults', async () => {
    await openSettings(filePath);
    writeFileSync(filePath, JSON.stringify({ storeCode: 'BJ02', printers: { receipt: { profile: 'epson-80mm' } } }));

    const store = await openSettings(filePath);

    expect(store.recoveredFrom).toBeNull();
    expect(store.get()).toEqual({
      ...DEFAULT_SETTINGS,
      storeCode: 'BJ02',
      printers: { receipt: { profile: 'epson-80mm', connection: 'virtual' } },
    });
  });

  it('moves a file that is not JSON aside', async () => {
    await openSettings(filePath);
    writeFileSync(filePath, '{"storeCode": "SH01",');

    const store = await openSettings(filePath);

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recoveredFrom).not.toBeNull();
    expect(path.basename(store.recoveredFrom ?? '')).toMatch(/^settings\.json\.invalid-\d{4}-\d{2}-\d{2}T[\d-]+Z$/);
    expect(readFileSync(store.recoveredFrom ?? '', 'utf8')).toBe('{"storeCode": "SH01",');
    expect(readFileJson()).toEqual(DEFAULT_SETTINGS);
  });

  it('moves a file that fails the schema aside', async () => {
    await openSettings(filePath);
    writeFileSync(filePath, JSON.stringify({ storeCode: 'not a store code', terminalNo: 300 }));

    const store = await openSettings(filePath);

    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.recoveredFrom).not.toBeNull();
    expect(existsSync(store.recoveredFrom ?? '')).toBe(true);
    expect(readdirSync(path.dirname(filePath)).filter((name) => name.includes('.invalid-'))).toHaveLength(1);
  });

  it('reports a folder path as unwritable', async () => {
    await expect(openSettings(temp.dir)).rejects.toMatchObject({ code: 'storage.unwritable', params: { path: temp.dir } });
  });
});

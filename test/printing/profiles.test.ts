import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { loadPrinterProfile } from '../../src/printing/profiles.js';

function deskErrorOf(run: () => unknown): DeskError {
  try {
    run();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected a DeskError');
}

const VALID = {
  name: 'Test printer',
  paperWidthMm: 80,
  columns: 48,
  dotsPerLine: 576,
  encoding: 'GBK',
  cutter: true,
  code128: true,
  qr: false,
  outsideGbk: 'placeholder',
};

describe('loadPrinterProfile', () => {
  it('loads the shipped 80 mm and 58 mm profiles', () => {
    expect(loadPrinterProfile('generic-80mm')).toMatchObject({ paperWidthMm: 80, columns: 48, encoding: 'GBK' });
    expect(loadPrinterProfile('generic-58mm')).toMatchObject({ paperWidthMm: 58, columns: 32, encoding: 'GBK' });
  });

  it('rejects a profile that breaks the schema, naming the file', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ ...VALID, columns: '48' }));

    const error = deskErrorOf(() => loadPrinterProfile('bad', dir));
    expect(error.code).toBe('printer.profile_invalid');
    expect(error.params.file).toBe(path.join(dir, 'bad.json'));
    expect(String(error.params.detail)).toContain('columns');
  });

  it('rejects an unknown outsideGbk mode', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
    writeFileSync(path.join(dir, 'raster.json'), JSON.stringify({ ...VALID, outsideGbk: 'raster' }));
    expect(deskErrorOf(() => loadPrinterProfile('raster', dir)).code).toBe('printer.profile_invalid');
  });

  it('rejects a file that is not JSON', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
    writeFileSync(path.join(dir, 'broken.json'), '{ "name": ');
    const error = deskErrorOf(() => loadPrinterProfile('broken', dir));
    expect(error.code).toBe('printer.profile_invalid');
    expect(error.params.file).toBe(path.join(dir, 'broken.json'));
  });

  it('reports a missing profile or a path as not found', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
    expect(deskErrorOf(() => loadPrinterProfile('nope', dir)).code).toBe('printer.profile_not_found');
    expect(deskErrorOf(() => loadPrinterProfile('../printers/generic-80mm', dir)).code).toBe('printer.profile_not_found');
  });

  it('loads a valid profile from another folder', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'profiles-'));
    writeFileSync(path.join(dir, 'ok.json'), JSON.stringify(VALID));
    expect(loadPrinterProfile('ok', dir).qr).toBe(false);
  });
});

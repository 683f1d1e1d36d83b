import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { createFileLogger } from '../../src/logging/logger.js';

let dir = '';

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('createFileLogger', () => {
  it('writes one JSON line per entry', () => {
    dir = mkdtempSync(join(tmpdir(), 'service-desk-log-'));
    const file = join(dir, 'logs', 'app.log');
    const logger = createFileLogger(file);

    logger.info('app started', { storeCode: 'SH01' });
    logger.error('print job failed', { jobId: 7, error: new DeskError('printer.offline') });

    const lines = readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'info', message: 'app started', storeCode: 'SH01' });
    expect(lines[1]).toMatchObject({ level: 'error', jobId: 7, error: { name: 'DeskError', code: 'printer.offline' } });
  });

  it('rotates past the size limit', () => {
    dir = mkdtempSync(join(tmpdir(), 'service-desk-log-'));
    const file = join(dir, 'app.log');
    const logger = createFileLogger(file, { maxBytes: 200, keep: 2 });

    for (let index = 0; index < 20; index += 1) logger.info(`entry ${index}`, { padding: 'x'.repeat(40) });

    expect(existsSync(`${file}.1`)).toBe(true);
    expect(existsSync(`${file}.2`)).toBe(true);
    expect(existsSync(`${file}.3`)).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('entry 19');
  });
});

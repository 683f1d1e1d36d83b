import { describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import type { Logger, LogLevel } from '../../src/logging/logger.js';
import { withErrorLogging } from '../../src/services/error-logging.js';
import type { DeskService } from '../../src/services/types.js';

function capturingLogger(lines: { level: LogLevel; message: string; fields: Record<string, unknown> }[]): Logger {
  const log: Logger['log'] = (level, message, fields = {}) => lines.push({ level, message, fields });
  return { log, info: (m, f) => log('info', m, f), warn: (m, f) => log('warn', m, f), error: (m, f) => log('error', m, f) };
}

describe('withErrorLogging', () => {
  const failing = {
    getTicket: () => {
      throw new TypeError('boom');
    },
    login: () => {
      throw new DeskError('login.failed');
    },
    completeSetup: () => Promise.reject(new RangeError('async boom')),
    openTickets: () => [],
  } as unknown as DeskService;

  it('logs bugs with the method name', () => {
    const lines: Parameters<typeof capturingLogger>[0] = [];
    const service = withErrorLogging(failing, capturingLogger(lines));

    expect(() => service.getTicket('X')).toThrowError(TypeError);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.level).toBe('error');
    expect(lines[0]?.fields.method).toBe('getTicket');
  });

  it('passes DeskErrors unlogged', () => {
    const lines: Parameters<typeof capturingLogger>[0] = [];
    const service = withErrorLogging(failing, capturingLogger(lines));

    expect(() => service.login('a', 'b')).toThrowError(DeskError);
    expect(lines).toHaveLength(0);
  });

  it('logs rejected promises', async () => {
    const lines: Parameters<typeof capturingLogger>[0] = [];
    const service = withErrorLogging(failing, capturingLogger(lines));

    await expect(service.completeSetup({ storeCode: 'A1', storeName: 'x', terminalNo: 1, managerId: 'm', managerName: 'm', password: 'p' })).rejects.toThrowError(RangeError);
    expect(lines[0]?.fields.method).toBe('completeSetup');
  });

  it('returns results unchanged', () => {
    const service = withErrorLogging(failing, capturingLogger([]));
    expect(service.openTickets()).toEqual([]);
  });
});

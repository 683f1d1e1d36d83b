import { isDeskError } from '../domain/errors.js';
import type { Logger } from '../logging/logger.js';
import type { DeskService } from './types.js';

/**
 * Wrap every service method so that a bug (any error that is not a DeskError) is written to the
 * log with the method name before it reaches the screen, which shows only a generic message.
 * Expected DeskErrors pass through unlogged: they are the clerk's to read, not IT's.
 */
export function withErrorLogging(service: DeskService, logger: Logger): DeskService {
  const wrapped: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service) as [string, (...args: unknown[]) => unknown][]) {
    wrapped[name] = (...args: unknown[]) => {
      const logBug = (error: unknown) => {
        if (!isDeskError(error)) logger.error('service call failed', { method: name, error });
        throw error;
      };
      try {
        const result = method(...args);
        return result instanceof Promise ? result.catch(logBug) : result;
      } catch (error) {
        return logBug(error);
      }
    };
  }
  return wrapped as unknown as DeskService;
}

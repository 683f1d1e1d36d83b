import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  log(level: LogLevel, message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface FileLoggerOptions {
  /** Rotate when the file passes this many bytes. */
  maxBytes?: number;
  /** Rotated files kept: app.log.1 … app.log.N. */
  keep?: number;
}

/**
 * JSON-lines log file with size-based rotation. Ink owns the terminal, so the app never writes
 * to the console, and IT reads this file instead. Writes are synchronous and small, so a crash
 * right after an error still leaves the line on disk. A failing write is dropped rather than
 * allowed to stop the counter.
 */
export function createFileLogger(filePath: string, options: FileLoggerOptions = {}): Logger {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const keep = options.keep ?? 3;
  mkdirSync(dirname(filePath), { recursive: true });

  const rotateIfFull = () => {
    let size = 0;
    try {
      size = statSync(filePath).size;
    } catch {
      return;
    }
    if (size < maxBytes) return;
    for (let index = keep - 1; index >= 1; index -= 1) {
      try {
        renameSync(`${filePath}.${index}`, `${filePath}.${index + 1}`);
      } catch {
        // That generation does not exist yet.
      }
    }
    renameSync(filePath, `${filePath}.1`);
  };

  const log: Logger['log'] = (level, message, fields = {}) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...serializeFields(fields) });
    try {
      rotateIfFull();
      appendFileSync(filePath, `${line}\n`);
    } catch {
      // A full or read-only disk must not take the counter down with it.
    }
  };

  return {
    log,
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

/** Errors become name, message, code and stack, because JSON.stringify drops them otherwise. */
function serializeFields(fields: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      result[key] = { name: value.name, message: value.message, code, stack: value.stack };
    } else {
      result[key] = value;
    }
  }
  return result;
}

export const silentLogger: Logger = {
  log: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

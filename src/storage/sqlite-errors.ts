import { DeskError } from '../domain/errors.js';

/**
 * SQLite result codes and Node.js file-system codes that the clerk or IT can act on, mapped to
 * DeskError codes. better-sqlite3 12 reports extended result codes (`SQLITE_BUSY_SNAPSHOT`,
 * `SQLITE_CANTOPEN_ISDIR`), so SQLite codes are matched on their primary part.
 */
const DESK_CODE_BY_ERROR_CODE: Readonly<Record<string, string>> = {
  SQLITE_FULL: 'storage.disk_full',
  ENOSPC: 'storage.disk_full',
  // better-sqlite3 returns these only after busy_timeout has run out.
  SQLITE_BUSY: 'storage.busy',
  SQLITE_LOCKED: 'storage.busy',
  SQLITE_READONLY: 'storage.unwritable',
  SQLITE_CANTOPEN: 'storage.unwritable',
  EACCES: 'storage.unwritable',
  EPERM: 'storage.unwritable',
  EROFS: 'storage.unwritable',
  // mkdir of the parent folder fails with these when part of the path is a regular file.
  ENOTDIR: 'storage.unwritable',
  EEXIST: 'storage.unwritable',
  EISDIR: 'storage.unwritable',
  SQLITE_CORRUPT: 'storage.corrupt',
  SQLITE_NOTADB: 'storage.corrupt',
};

function primaryCode(code: string): string {
  if (!code.startsWith('SQLITE_')) return code;
  const [prefix = '', primary = ''] = code.split('_');
  return `${prefix}_${primary}`;
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/**
 * Convert an error from SQLite or the file system into a DeskError naming `filePath` when the
 * user can act on it (disk full, file locked, folder not writable, file damaged). Any other
 * error, including a DeskError, is returned unchanged so that bugs keep their stack and type.
 */
export function toStorageError(error: unknown, filePath: string): unknown {
  if (error instanceof DeskError) return error;

  const code = errorCode(error);
  if (code === null) return error;

  const deskCode = DESK_CODE_BY_ERROR_CODE[primaryCode(code)];
  if (deskCode === undefined) return error;
  return new DeskError(deskCode, { path: filePath }, { cause: error });
}

/**
 * Wrap every method of a repository so that the errors it throws pass through
 * toStorageError. Writes outside DeskDatabase.transaction() (a draft save, a print job status)
 * then report a full disk or a lock timeout the same way as writes inside it.
 */
export function withStorageErrors<T extends object>(repository: T, filePath: string): T {
  const guarded: Record<string, unknown> = {};

  for (const [name, member] of Object.entries(repository)) {
    if (typeof member !== 'function') {
      guarded[name] = member;
      continue;
    }
    const method = member as (...args: unknown[]) => unknown;
    guarded[name] = (...args: unknown[]): unknown => {
      try {
        return method.apply(repository, args);
      } catch (error) {
        throw toStorageError(error, filePath);
      }
    };
  }

  return guarded as T;
}

import { existsSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { z } from 'zod';
import { DeskError } from '../domain/errors.js';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settings-schema.js';
import { toStorageError } from './sqlite-errors.js';

/** The terminal's settings file, read once at start and written on every change. */
export interface SettingsStore {
  readonly filePath: string;
  /**
   * Path an invalid settings file was moved to on open (`settings.json.invalid-<timestamp>`),
   * so the UI can tell the clerk that defaults are in use. Null when the file was valid or absent.
   */
  readonly recoveredFrom: string | null;
  /** Return the current settings, deep-frozen. Change them through update(). */
  get(): Settings;
  /**
   * Apply `patch` to a copy of the settings (mutate the draft or return a new object), validate
   * and write the file. An invalid result throws DeskError `settings.invalid` with the field path
   * and changes neither memory nor the file. Calls run one after another in call order.
   */
  update(patch: (draft: Settings) => void | Settings): Promise<Settings>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Overlay `override` on `defaults`: objects merge key by key, anything else replaces. */
function mergeDefaults(defaults: unknown, override: unknown): unknown {
  if (override === undefined) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(override)) return override;

  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(override)) merged[key] = mergeDefaults(defaults[key], value);
  return merged;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

function firstIssuePath(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue === undefined || issue.path.length === 0 ? '(root)' : issue.path.map(String).join('.');
}

/** Read the file through lowdb. Returns null when it is not valid JSON or fails the schema. */
async function readValidSettings(low: Low<Settings>, filePath: string): Promise<Settings | null> {
  try {
    await low.read();
  } catch (error) {
    // JSONFile parses with JSON.parse, which throws SyntaxError on a damaged file.
    if (error instanceof SyntaxError) return null;
    throw toStorageError(error, filePath);
  }

  // lowdb types data as Settings, but it contains whatever the file contained.
  const fromFile: unknown = low.data;
  const result = settingsSchema.safeParse(mergeDefaults(DEFAULT_SETTINGS, fromFile));
  return result.success ? result.data : null;
}

/** Move an unreadable settings file aside. The timestamp avoids `:`, which Windows forbids. */
async function moveAside(filePath: string): Promise<string> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${filePath}.invalid-${stamp}`;
  await rename(filePath, target);
  return target;
}

/**
 * Open the settings file at `filePath`, creating its folder and, when missing, the file with
 * defaults. A file that is not valid JSON or fails the schema is renamed aside and replaced by
 * defaults, and `recoveredFrom` names the renamed file.
 */
export async function openSettings(filePath: string): Promise<SettingsStore> {
  try {
    await mkdir(path.dirname(filePath), { recursive: true });
  } catch (error) {
    throw toStorageError(error, filePath);
  }

  // lowdb 7's JSONFilePreset swaps in a memory adapter when NODE_ENV is test, so building Low
  // directly keeps tests on the real file. JSONFile writes through steno 4, which writes a
  // temp file (`.settings.json.tmp`) and renames it over the old one, so a crash mid-write
  // leaves the old or the new file, never a mix.
  // NOTE: steno does not fsync, so a power cut just after a save may lose that save, or on
  // some file systems leave an empty file, which the next open moves aside as invalid.
  const low = new Low<Settings>(new JSONFile<Settings>(filePath), structuredClone(DEFAULT_SETTINGS));
  const existed = existsSync(filePath);
  const valid = existed ? await readValidSettings(low, filePath) : null;

  let recoveredFrom: string | null = null;
  let current: Settings;
  try {
    if (valid === null && existed) recoveredFrom = await moveAside(filePath);
    current = deepFreeze(valid ?? structuredClone(DEFAULT_SETTINGS));
    low.data = current;
    if (valid === null) await low.write();
  } catch (error) {
    throw toStorageError(error, filePath);
  }

  let queue: Promise<unknown> = Promise.resolve();

  async function applyPatch(patch: (draft: Settings) => void | Settings): Promise<Settings> {
    const draft = structuredClone(current);
    const candidate = patch(draft) ?? draft;

    const result = settingsSchema.safeParse(candidate);
    if (!result.success) {
      throw new DeskError('settings.invalid', { field: firstIssuePath(result.error) }, { cause: result.error });
    }

    const next = deepFreeze(result.data);
    low.data = next;
    try {
      await low.write();
    } catch (error) {
      low.data = current;
      throw toStorageError(error, filePath);
    }
    current = next;
    return current;
  }

  return {
    filePath,
    recoveredFrom,
    get: () => current,
    update(patch) {
      const run = queue.then(() => applyPatch(patch));
      // Keep the queue going after a rejected update, but the caller still gets the rejection.
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

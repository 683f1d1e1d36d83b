import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found from this module so the app starts from any working folder. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Default folder for this terminal's database, settings, logs and virtual printer output. */
export const DEFAULT_DATA_DIR = join(PACKAGE_ROOT, 'data', 'runtime');

export const PRINTER_PROFILES_DIR = join(PACKAGE_ROOT, 'printers');

export function runtimePaths(dataDir: string) {
  return {
    database: join(dataDir, 'service-desk.sqlite'),
    settings: join(dataDir, 'settings.json'),
    log: join(dataDir, 'logs', 'service-desk.log'),
    printJobs: join(dataDir, 'print-jobs'),
  };
}

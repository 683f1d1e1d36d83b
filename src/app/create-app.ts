import { DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH } from '../catalog/default-paths.js';
import { loadCatalog } from '../catalog/load-catalog.js';
import { createTranslator, type Language } from '../i18n/index.js';
import { createFileLogger, type Logger } from '../logging/logger.js';
import { createPrintWorker } from '../printing/print-worker.js';
import { loadPrinterProfile } from '../printing/profiles.js';
import { createTransport } from '../printing/transports/create-transport.js';
import { createDeskService } from '../services/desk-service.js';
import { withErrorLogging } from '../services/error-logging.js';
import type { DeskService } from '../services/types.js';
import { openDatabase } from '../storage/database.js';
import { openSettings } from '../storage/settings-store.js';
import type { AppContextValue } from '../ui/app-context.js';
import { createNavigationStore } from '../ui/stores/navigation.js';
import { createSessionStore } from '../ui/stores/session.js';
import { PRINTER_PROFILES_DIR, runtimePaths } from './paths.js';

export interface CreateAppOptions {
  dataDir: string;
  /** Overrides the language in settings for this run (`--lang`). */
  language?: Language;
  /** Overrides the receipt printer connection for this run (`--printer`). */
  printerConnection?: string;
  catalogPath?: string;
  defectReasonsPath?: string;
  now?: () => Date;
  logger?: Logger;
  /** Start the background print worker. Tests that inspect queued jobs turn it off. */
  startPrintWorker?: boolean;
}

export interface DeskApp {
  context: AppContextValue;
  service: DeskService;
  /** Settings file problems found at start, for a notice on the first screen. */
  startupNotices: string[];
  close(): Promise<void>;
}

/**
 * Open settings, the database, the catalog and the printer, start the print worker and build
 * the service and the screens' context. This is the composition root: nothing else opens files
 * or devices.
 */
export async function createApp(options: CreateAppOptions): Promise<DeskApp> {
  const paths = runtimePaths(options.dataDir);
  const logger = options.logger ?? createFileLogger(paths.log);
  const now = options.now ?? (() => new Date());

  const settings = await openSettings(paths.settings);
  const startupNotices = settings.recoveredFrom ? [settings.recoveredFrom] : [];
  if (settings.recoveredFrom) logger.warn('settings file was invalid and moved aside', { movedTo: settings.recoveredFrom });

  const db = openDatabase(paths.database);
  const catalog = loadCatalog(options.catalogPath ?? DEMO_CATALOG_PATH, options.defectReasonsPath ?? DEMO_DEFECT_REASONS_PATH);

  const printerSettings = settings.get().printers.receipt;
  const profile = loadPrinterProfile(printerSettings.profile, PRINTER_PROFILES_DIR);
  const transport = createTransport(options.printerConnection ?? printerSettings.connection, paths.printJobs, { columns: profile.columns });
  const worker = createPrintWorker({
    db,
    printers: { receipt: { transport, profile } },
    // An offline printer received nothing, so retrying is always safe: at the worker's longest
    // delay (30 s) this keeps trying for about 80 hours, through a printer left off for a weekend.
    maxAttempts: 10_000,
    onError: (error, jobId) => logger.error('print job failed', { jobId, error }),
  });
  if (options.startPrintWorker !== false) worker.start();

  const language = options.language ?? settings.get().language;
  const service = withErrorLogging(createDeskService({
    db,
    settings,
    catalog,
    printers: { receipt: { profile, label: transport.label } },
    printTranslate: () => createTranslator(settings.get().language),
    now,
    onPrintQueued: () => worker.kick(),
  }), logger);

  const context: AppContextValue = {
    service,
    t: createTranslator(language),
    language,
    settings: settings.get(),
    navigation: createNavigationStore(service.needsSetup() ? { screen: 'setup' } : { screen: 'login' }),
    session: createSessionStore(),
    now,
  };
  logger.info('app started', { dataDir: options.dataDir, printer: transport.label, storeCode: settings.get().storeCode });

  return {
    context,
    service,
    startupNotices,
    close: async () => {
      await worker.stop();
      db.close();
      logger.info('app stopped');
    },
  };
}

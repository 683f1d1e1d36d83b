import type { Catalog } from '../catalog/types.js';
import type { Actor } from '../domain/ticket.js';
import type { Translate } from '../i18n/index.js';
import type { PrinterProfile } from '../printing/profiles.js';
import type { DeskDatabase } from '../storage/types.js';
import type { SettingsStore } from '../storage/settings-store.js';
import type { Session } from './types.js';

/** Parts the desk service is built from. The composition root and tests pass real ones. */
export interface ServiceDeps {
  db: DeskDatabase;
  settings: SettingsStore;
  catalog: Catalog;
  /** Printers by settings key. Only `receipt` exists today. */
  printers: Record<string, { profile: PrinterProfile; label: string }>;
  /** Translator for printed documents, in the terminal's language. */
  printTranslate: () => Translate;
  now: () => Date;
  /** Called after each committed change that queued print jobs, to wake the print worker. */
  onPrintQueued: () => void;
}

export const RECEIPT_PRINTER = 'receipt';

export function actorOf(session: Session): Actor {
  return { operatorId: session.operatorId, role: session.role };
}

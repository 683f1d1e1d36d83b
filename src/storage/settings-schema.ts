import { z } from 'zod';
import { STORE_CODE_PATTERN } from '../domain/ticket-number.js';
import { LANGUAGES } from '../i18n/types.js';

/**
 * A printer connection: `virtual` keeps jobs in data/runtime/print-jobs for preview, and
 * `tcp://HOST:PORT` sends ESC/POS to a network printer (port 9100 on most models).
 */
export const printerConnectionSchema = z.union([
  z.literal('virtual'),
  z.string().regex(/^tcp:\/\/[^\s:/]+:\d{1,5}$/, 'tcp://HOST:PORT'),
]);

export const printerSettingsSchema = z.object({
  /** File name under printers/ without `.json`, e.g. `epson-80mm`. */
  profile: z.string().min(1),
  connection: printerConnectionSchema,
});
export type PrinterSettings = z.infer<typeof printerSettingsSchema>;

/** The terminal's settings document (data/runtime/settings.json), edited through the app. */
export const settingsSchema = z.object({
  /** Empty until the first run's set-up. */
  storeCode: z.union([z.literal(''), z.string().regex(STORE_CODE_PATTERN)]),
  storeName: z.string().max(40),
  terminalNo: z.number().int().min(1).max(99),
  language: z.enum(LANGUAGES),
  /** Minutes without a key before the screen locks, where 0 turns locking off. */
  idleLockMinutes: z.number().int().min(0).max(240),
  printers: z.object({
    receipt: printerSettingsSchema,
  }),
  hq: z.object({
    baseUrl: z.string(),
    token: z.string(),
  }),
  /** Customer terms printed at the foot of the receipt. Empty uses the built-in text. */
  receiptTerms: z.string().max(400),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  storeCode: '',
  storeName: '',
  terminalNo: 1,
  language: 'zh-CN',
  idleLockMinutes: 5,
  printers: { receipt: { profile: 'generic-80mm', connection: 'virtual' } },
  hq: { baseUrl: 'http://127.0.0.1:8787', token: '' },
  receiptTerms: '',
};

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DeskError } from '../domain/errors.js';

/** Capabilities of one printer model, read from `printers/<name>.json`. */
export const printerProfileSchema = z.strictObject({
  /** Human-readable model name for the settings screen. */
  name: z.string().min(1),
  paperWidthMm: z.number().positive().max(120),
  /** Half-width (ASCII) characters per line in font A: 48 on 80 mm paper, 32 on 58 mm. */
  columns: z.number().int().min(16).max(96),
  /** Printable dots per line at 203 dpi (576 on 80 mm paper, 384 on 58 mm), which sizes barcodes. */
  dotsPerLine: z.number().int().min(128).max(2048),
  /** Font of the printer in Chinese mode: GBK two-byte codes only, no four-byte GB18030. */
  encoding: z.literal('GBK'),
  /** True when the printer has an auto-cutter (GS V). Otherwise a cut only feeds to the tear bar. */
  cutter: z.boolean(),
  /** True when the printer prints CODE128 with GS k 73. Otherwise only the number is printed. */
  code128: z.boolean(),
  /** True when the printer prints QR codes with GS ( k. Otherwise only the data is printed. */
  qr: z.boolean(),
  // NOTE: 'placeholder' is the only mode. Printing text outside GBK as a raster image (GS v 0)
  // is not built yet.
  /** Handling of characters outside GBK: a full-width ？ with a warning on screen. */
  outsideGbk: z.literal('placeholder'),
});

export type PrinterProfile = z.infer<typeof printerProfileSchema>;

/** Profile names are file names without `.json`: letters, digits, dot, dash, underscore. */
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Read and validate `<dir>/<name>.json`. Throws DeskError `printer.profile_not_found` when the
 * file is missing or the name is not a plain file name, and `printer.profile_invalid` (with the
 * file and the first problem) when it is not valid JSON or breaks the schema.
 */
export function loadPrinterProfile(name: string, dir = 'printers'): PrinterProfile {
  const file = path.join(dir, `${name}.json`);
  if (!PROFILE_NAME.test(name)) throw new DeskError('printer.profile_not_found', { file });

  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new DeskError('printer.profile_not_found', { file }, { cause: error });
  }

  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DeskError('printer.profile_invalid', { file, detail }, { cause: error });
  }

  const parsed = printerProfileSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const detail = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
    throw new DeskError('printer.profile_invalid', { file, detail }, { cause: parsed.error });
  }
  return parsed.data;
}

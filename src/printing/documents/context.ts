import type { Translate } from '../../i18n/index.js';

/** Everything a document builder needs besides its domain data. */
export interface DocumentContext {
  /** Translator in the terminal's language, through which all printed words go. */
  t: Translate;
  storeName: string;
  storeCode: string;
  /** Paper columns of the target printer (48 on 80 mm, 32 on 58 mm). */
  columns: number;
  /** ISO 8601 time with offset, printed at the foot. */
  printedAt: string;
  /** Label of a defect reason code in the terminal's language. */
  defectLabel(code: string): string;
  /** Customer terms from settings, or the built-in text when absent. */
  terms?: string;
  /** Display name of the clerk printing the document. */
  operatorName?: string;
}

import { DeskError } from '../domain/errors.js';

/**
 * Waybill and receipt numbers as carriers and sales systems print them: 4 to 32 letters, digits
 * and dashes. Anything else is a typo or a scan of the wrong barcode.
 */
const DOCUMENT_NO_PATTERN = /^[A-Za-z0-9-]{4,32}$/;

/** Return the number, or throw DeskError `field.invalid_document_no` naming the field. */
export function checkDocumentNo(field: string, value: string): string {
  if (!DOCUMENT_NO_PATTERN.test(value)) throw new DeskError('field.invalid_document_no', { field, value });
  return value;
}

import { DeskError } from './errors.js';

/**
 * Ticket numbers look like `SH01-0300457K`: the store code, a dash, the terminal number (2
 * digits), a per-terminal sequence (5 digits) and one check character. Store and terminal make
 * the number unique across the chain without coordination. With a four-character store code,
 * the clerk reads 12 characters out on the phone (the dash is not spoken).
 * The check character is ISO/IEC 7064 MOD 37,36 over everything but the dash, so any single
 * mistyped character and most swaps of neighbours are caught.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const MODULUS = 36;

/** Store codes are 2 to 8 letters or digits, starting with a letter so they never look like EAN-13. */
export const STORE_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,7}$/;
export const MAX_SEQUENCE = 99_999;
export const MAX_TERMINAL = 99;

const TICKET_NO_PATTERN = /^([A-Z][A-Z0-9]{1,7})-?(\d{2})(\d{5})([0-9A-Z])$/;

/** ISO/IEC 7064 MOD 37,36 (hybrid system): the character that makes the whole string check. */
export function checkCharacter(payload: string): string {
  let product = MODULUS;
  for (const char of payload) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) throw new Error(`character outside the check alphabet: ${char}`);
    let sum = (product + value) % MODULUS;
    if (sum === 0) sum = MODULUS;
    product = (sum * 2) % (MODULUS + 1);
  }
  const check = (MODULUS + 1 - product) % MODULUS;
  return ALPHABET[check] as string;
}

export function formatTicketNo(storeCode: string, terminalNo: number, sequence: number): string {
  if (!STORE_CODE_PATTERN.test(storeCode)) throw new DeskError('store_code.invalid', { value: storeCode });
  if (!Number.isInteger(terminalNo) || terminalNo < 1 || terminalNo > MAX_TERMINAL) {
    throw new DeskError('terminal_no.invalid', { value: terminalNo });
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new DeskError('ticket_no.sequence_exhausted', { value: sequence });
  }
  const digits = `${String(terminalNo).padStart(2, '0')}${String(sequence).padStart(5, '0')}`;
  return `${storeCode}-${digits}${checkCharacter(storeCode + digits)}`;
}

export interface ParsedTicketNo {
  ticketNo: string;
  storeCode: string;
  terminalNo: number;
  sequence: number;
}

/**
 * Parse a typed or scanned ticket number, in which case, spaces and the dash are optional.
 * Returns null when the text is not shaped like a ticket number. Throws DeskError
 * `ticket_no.check_failed` when it is shaped like one but the check character does not match,
 * which means a typo.
 */
export function parseTicketNo(raw: string): ParsedTicketNo | null {
  const compact = raw.trim().toUpperCase().replace(/\s+/g, '');
  const match = TICKET_NO_PATTERN.exec(compact);
  if (!match) return null;

  const [, storeCode = '', terminal = '', sequence = '', check = ''] = match;
  if (checkCharacter(storeCode + terminal + sequence) !== check) {
    throw new DeskError('ticket_no.check_failed', { value: raw.trim() });
  }
  return {
    ticketNo: `${storeCode}-${terminal}${sequence}${check}`,
    storeCode,
    terminalNo: Number(terminal),
    sequence: Number(sequence),
  };
}

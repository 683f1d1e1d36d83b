import { describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { checkCharacter, formatTicketNo, parseTicketNo } from '../../src/domain/ticket-number.js';

describe('formatTicketNo', () => {
  it('builds store, terminal, sequence, check', () => {
    const ticketNo = formatTicketNo('SH01', 3, 457);
    expect(ticketNo).toMatch(/^SH01-0300457[0-9A-Z]$/);
    expect(ticketNo.length).toBeLessThanOrEqual(14);
  });

  it('rejects bad store code', () => {
    expect(() => formatTicketNo('1SH', 1, 1)).toThrowError(DeskError);
    expect(() => formatTicketNo('sh01', 1, 1)).toThrowError(DeskError);
  });

  it('rejects sequence past the limit', () => {
    expect(() => formatTicketNo('SH01', 1, 100_000)).toThrowError(DeskError);
  });

  it('gives distinct numbers per terminal', () => {
    expect(formatTicketNo('SH01', 1, 5)).not.toBe(formatTicketNo('SH01', 2, 5));
  });
});

describe('parseTicketNo', () => {
  const ticketNo = formatTicketNo('BJ8', 12, 31);

  it('round-trips a formatted number', () => {
    expect(parseTicketNo(ticketNo)).toEqual({ ticketNo, storeCode: 'BJ8', terminalNo: 12, sequence: 31 });
  });

  it('accepts lower case, spaces and no dash', () => {
    const typed = ` ${ticketNo.replace('-', '').toLowerCase()} `;
    expect(parseTicketNo(typed)?.ticketNo).toBe(ticketNo);
  });

  it('returns null for other codes', () => {
    expect(parseTicketNo('6901234567892')).toBeNull();
    expect(parseTicketNo('hello')).toBeNull();
  });

  it('catches every single-character typo', () => {
    const compact = ticketNo.replace('-', '');
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let caught = 0;
    let tried = 0;
    for (let position = 0; position < compact.length; position += 1) {
      for (const replacement of alphabet) {
        if (replacement === compact[position]) continue;
        const typo = compact.slice(0, position) + replacement + compact.slice(position + 1);
        let parsed: ReturnType<typeof parseTicketNo> = null;
        try {
          parsed = parseTicketNo(typo);
        } catch (error) {
          expect((error as DeskError).code).toBe('ticket_no.check_failed');
          caught += 1;
          tried += 1;
          continue;
        }
        // A typo that no longer looks like a ticket number is rejected by shape instead.
        if (parsed === null) continue;
        tried += 1;
      }
    }
    expect(tried).toBeGreaterThan(100);
    expect(caught).toBe(tried);
  });

  it('catches swapped neighbours', () => {
    const compact = formatTicketNo('SH01', 1, 12345).replace('-', '');
    const digits = compact.slice(4);
    for (let position = 0; position < digits.length - 1; position += 1) {
      if (digits[position] === digits[position + 1]) continue;
      const swapped = digits.slice(0, position) + digits[position + 1] + digits[position] + digits.slice(position + 2);
      // Either the check character fails or the text is no longer shaped like a ticket number.
      let parsed: ReturnType<typeof parseTicketNo> = null;
      try {
        parsed = parseTicketNo(`SH01${swapped}`);
      } catch (error) {
        expect((error as DeskError).code).toBe('ticket_no.check_failed');
      }
      expect(parsed).toBeNull();
    }
  });
});

describe('checkCharacter', () => {
  /** ISO 7064 hybrid check: running the recursion over payload plus check leaves remainder 1. */
  function passesHybridCheck(text: string): boolean {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    let product = 36;
    let sum = 0;
    for (const char of text) {
      sum = (product + alphabet.indexOf(char)) % 36;
      product = ((sum === 0 ? 36 : sum) * 2) % 37;
    }
    return sum === 1;
  }

  it('satisfies the MOD 37,36 check', () => {
    for (const payload of ['SH010100001', 'BJ81200031', 'A0000000', 'ZZZZZZZZ9999999']) {
      expect(passesHybridCheck(payload + checkCharacter(payload))).toBe(true);
    }
  });

  it('changes with the payload', () => {
    expect(checkCharacter('SH010100002')).not.toBe(checkCharacter('SH010100001'));
  });
});

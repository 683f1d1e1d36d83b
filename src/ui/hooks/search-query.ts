import { phoneSearchKey } from '../../domain/phone.js';
import { ticketStateSchema } from '../../domain/ticket.js';
import { parseTicketNo } from '../../domain/ticket-number.js';
import { describeError, type Translate } from '../../i18n/index.js';
import type { TicketQuery } from '../../storage/types.js';

/** Maximum results of one search. The screen shows a hint to narrow a search that reaches it. */
export const SEARCH_RESULT_LIMIT = 200;

/** Characters after the store code in a ticket number: terminal (2), sequence (5) and check (1). */
const TICKET_NO_TAIL_LENGTH = 8;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Check whether `value` is a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

export type SearchQueryResult =
  | { ok: true; query: TicketQuery }
  | { ok: false; errors: Record<string, string> };

/**
 * Return the ticket number filter for the typed text. Part of a number is searched as typed. A
 * whole number is parsed like a scan, so a wrong check character throws DeskError
 * `ticket_no.check_failed` instead of finding nothing. Text counts as a whole number when it
 * has the dash, or when it is this store's code and 8 more characters. Without the dash a
 * shorter part such as SH010100001 would parse as store SH0 and fail its check.
 */
export function ticketNoFilter(value: string, storeCode: string): string {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  const hasDash = compact.includes('-');
  const fitsThisStore = storeCode !== '' && compact.startsWith(storeCode) && compact.length === storeCode.length + TICKET_NO_TAIL_LENGTH;
  if (!hasDash && !fitsThisStore) return value;
  return parseTicketNo(value)?.ticketNo ?? value;
}

/**
 * Turn the search form into a query, or into one message per invalid field that names the
 * field. Empty fields are left out, and an empty `state` means every state. `storeCode` is this
 * terminal's store, to tell a whole ticket number from part of one.
 */
export function buildTicketQuery(
  values: Record<string, string>,
  labelKeys: Record<string, string>,
  t: Translate,
  storeCode = '',
): SearchQueryResult {
  const errors: Record<string, string> = {};
  const field = (name: string) => t(labelKeys[name] ?? name);
  const text = (name: string) => (values[name] ?? '').trim();
  const query: TicketQuery = { limit: SEARCH_RESULT_LIMIT };

  for (const name of ['fromDate', 'toDate'] as const) {
    const value = text(name);
    if (value === '') continue;
    if (isCalendarDate(value)) query[name] = value;
    else errors[name] = t('search.error.date', { field: field(name), value });
  }
  if (query.fromDate !== undefined && query.toDate !== undefined && query.fromDate > query.toDate) {
    errors.toDate = t('search.error.date_order', { field: field('toDate'), from: field('fromDate') });
  }

  const phone = text('phone');
  if (phone !== '') {
    const digits = phoneSearchKey(phone);
    if (digits === null) errors.phone = t('search.error.phone', { field: field('phone'), value: phone });
    else query.phoneDigits = digits;
  }

  if (text('ticketNo') !== '') {
    try {
      query.ticketNo = ticketNoFilter(text('ticketNo'), storeCode);
    } catch (error) {
      errors.ticketNo = describeError(error, t);
    }
  }
  if (text('styleNo') !== '') query.styleNo = text('styleNo');
  if (text('customerName') !== '') query.customerName = text('customerName');

  const state = ticketStateSchema.safeParse(text('state'));
  if (state.success) query.states = [state.data];

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, query };
}

import { phoneSearchKey } from '../../domain/phone.js';
import { ticketStateSchema } from '../../domain/ticket.js';
import type { Translate } from '../../i18n/index.js';
import type { TicketQuery } from '../../storage/types.js';

/** Maximum results of one search; the screen tells the clerk to narrow a search that hits it. */
export const SEARCH_RESULT_LIMIT = 200;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
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
 * Turn the search form into a query, or into one message per invalid field that names the
 * field. Empty fields are left out; `state` empty means every state.
 */
export function buildTicketQuery(values: Record<string, string>, labelKeys: Record<string, string>, t: Translate): SearchQueryResult {
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

  if (text('ticketNo') !== '') query.ticketNo = text('ticketNo');
  if (text('styleNo') !== '') query.styleNo = text('styleNo');
  if (text('customerName') !== '') query.customerName = text('customerName');

  const state = ticketStateSchema.safeParse(text('state'));
  if (state.success) query.states = [state.data];

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, query };
}

import { DeskError } from '../domain/errors.js';
import { normalizePhone } from '../domain/phone.js';
import type { TicketQuery } from './types.js';

export const DEFAULT_SEARCH_LIMIT = 200;

/** The WHERE clause of one search and its named parameters for better-sqlite3. */
export interface SearchFilter {
  /** Names of the filters in use, sorted. Equal shapes share one prepared statement. */
  shape: string;
  where: string;
  params: Record<string, string | number>;
}

/** Escape `\`, `%` and `_` so that text typed by the clerk matches literally in `LIKE ... ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function checkDate(value: string): string {
  const match = DATE_PATTERN.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (date === null || date.toISOString().slice(0, 10) !== value) {
    throw new DeskError('storage.query_date_invalid', { value });
  }
  return value;
}

function nextDay(value: string): string {
  const date = new Date(`${checkDate(value)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Build the phone condition: a full number matches exactly, 4 or more digits match the end. */
function phoneCondition(raw: string): { kind: 'exact' | 'suffix'; sql: string; value: string } {
  const full = normalizePhone(raw);
  const digits = full ? full.digits : raw.replace(/\D/g, '');

  // NOTE: suffix and contains patterns (phone, ticket number, name) cannot use an index, so
  // these filters scan every ticket row unless a date or state filter narrows the search first.
  if (!full && digits.length >= 4) {
    return { kind: 'suffix', sql: `phone_normalized LIKE @phone ESCAPE '\\'`, value: `%${digits}` };
  }
  // Fewer than 4 digits would match most customers, so they must equal the whole number, and
  // an empty number (pre-sale tickets) never matches.
  return { kind: 'exact', sql: `phone_normalized = @phone AND @phone <> ''`, value: digits };
}

/**
 * Build the WHERE clause for a ticket search. Empty or blank text filters and an empty
 * `states` list are ignored. created_at is stored as ISO 8601 with the terminal's offset
 * (`2026-12-04T10:00:00.000+08:00`), so its first 10 characters are the local date and plain
 * text comparison against YYYY-MM-DD selects whole local days while using the index.
 */
export function buildSearchFilter(query: TicketQuery): SearchFilter {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  const shape: string[] = [];

  if (query.fromDate !== undefined && query.fromDate.trim() !== '') {
    conditions.push('created_at >= @fromDate');
    params.fromDate = checkDate(query.fromDate.trim());
    shape.push('fromDate');
  }

  if (query.toDate !== undefined && query.toDate.trim() !== '') {
    conditions.push('created_at < @beforeDate');
    params.beforeDate = nextDay(query.toDate.trim());
    shape.push('toDate');
  }

  // Ticket numbers are stored with their dash, but the clerk may type them without it.
  const ticketNo = query.ticketNo?.replace(/[\s-]/g, '').toUpperCase() ?? '';
  if (ticketNo !== '') {
    conditions.push(`replace(ticket_no, '-', '') LIKE @ticketNo ESCAPE '\\'`);
    params.ticketNo = `%${escapeLike(ticketNo)}%`;
    shape.push('ticketNo');
  }

  // SQLite's LIKE ignores case for ASCII letters, which is all a style number contains.
  const styleNo = query.styleNo?.trim() ?? '';
  if (styleNo !== '') {
    conditions.push(`style_no LIKE @styleNo ESCAPE '\\'`);
    params.styleNo = `${escapeLike(styleNo)}%`;
    shape.push('styleNo');
  }

  const customerName = query.customerName?.trim() ?? '';
  if (customerName !== '') {
    conditions.push(`customer_name LIKE @customerName ESCAPE '\\'`);
    params.customerName = `%${escapeLike(customerName)}%`;
    shape.push('customerName');
  }

  const phone = query.phoneDigits?.trim() ?? '';
  if (phone !== '') {
    const condition = phoneCondition(phone);
    conditions.push(condition.sql);
    params.phone = condition.value;
    shape.push(`phone:${condition.kind}`);
  }

  if (query.states !== undefined && query.states.length > 0) {
    conditions.push('state IN (SELECT value FROM json_each(@states))');
    params.states = JSON.stringify(query.states);
    shape.push('states');
  }

  return {
    shape: shape.join(','),
    where: conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '',
    params,
  };
}

/** Return the row limit of a search: `limit` when given, else DEFAULT_SEARCH_LIMIT. */
export function searchLimit(query: TicketQuery): number {
  const { limit } = query;
  if (limit === undefined) return DEFAULT_SEARCH_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`search limit must be a positive integer, got ${limit}`);
  return limit;
}

import type { TicketEventType } from '../domain/lifecycle.js';
import type { HqResolution, Ticket, TicketState } from '../domain/ticket.js';
import type { Translate } from '../i18n/index.js';
import type { DocumentKind, HqEventStatus, PrintJobStatus } from '../storage/types.js';

/**
 * Screen formatting of times, ages and coded values. Dates and times are the terminal's local
 * time in the same digits for both languages (2026-12-04 10:30). Words come from the catalog.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** Format a time as `HH:mm` in local time, for the status bar clock. */
export function formatClock(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;
}

/** Format an ISO time as `YYYY-MM-DD HH:mm` in local time. An unparsable value is shown as given. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
  return `${day} ${formatClock(date)}`;
}

/**
 * Format the time elapsed since `sinceIso` in its largest whole unit: `3天` / `3d`, `5小时` / `5h`,
 * `12分钟` / `12 min`. Under a minute, and for a time in the future (clock skew between
 * terminals), it reads as just now.
 */
export function formatAge(sinceIso: string, now: Date, t: Translate): string {
  const since = new Date(sinceIso).getTime();
  if (Number.isNaN(since)) return '';

  const elapsed = now.getTime() - since;
  if (elapsed >= DAY_MS) return t('format.age_days', { count: Math.floor(elapsed / DAY_MS) });
  if (elapsed >= HOUR_MS) return t('format.age_hours', { count: Math.floor(elapsed / HOUR_MS) });
  if (elapsed >= MINUTE_MS) return t('format.age_minutes', { count: Math.floor(elapsed / MINUTE_MS) });
  return t('format.age_now');
}

/** Return the style number and product name, the way lists and the summary show a product. */
export function productLabel(ticket: Pick<Ticket, 'styleNo' | 'productName'>): string {
  return `${ticket.styleNo} ${ticket.productName}`;
}

/** Return the customer's name, or the pre-sale label for a store item, which has no customer. */
export function customerLabel(ticket: Pick<Ticket, 'type' | 'customerName'>, t: Translate): string {
  return ticket.type === 'pre_sale' ? t('type.pre_sale') : ticket.customerName;
}

export function stateLabel(state: TicketState, t: Translate): string {
  return t(`state.${state}`);
}

export function eventLabel(type: TicketEventType, t: Translate): string {
  return t(`format.event.${type}`);
}

export function hqStatusLabel(status: HqEventStatus, t: Translate): string {
  return t(`format.hq_status.${status}`);
}

export function hqResolutionLabel(resolution: HqResolution, t: Translate): string {
  return t(`format.resolution.${resolution}`);
}

export function documentLabel(document: DocumentKind, t: Translate): string {
  return t(`format.document.${document}`);
}

export function printStatusLabel(status: PrintJobStatus, t: Translate): string {
  return t(`format.print_status.${status}`);
}

/**
 * Build a function that names an operator by display name for the screen. Where two operators
 * share a display name the id follows in brackets (王芳（m002）). An id with no operator record
 * is shown as stored.
 */
export function operatorLabeler(names: Readonly<Record<string, string>>, t: Translate): (operatorId: string) => string {
  const idsByName = new Map<string, number>();
  for (const name of Object.values(names)) idsByName.set(name, (idsByName.get(name) ?? 0) + 1);

  return (operatorId) => {
    const name = names[operatorId];
    if (name === undefined) return operatorId;
    return (idsByName.get(name) ?? 0) > 1 ? t('format.operator_with_id', { name, operatorId }) : name;
  };
}

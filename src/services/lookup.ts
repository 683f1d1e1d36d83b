import { findByBarcode } from '../catalog/load-catalog.js';
import { isValidEan13 } from '../domain/ean13.js';
import { parseTicketNo } from '../domain/ticket-number.js';
import type { ServiceDeps } from './deps.js';
import type { DeskService, StatusSnapshot } from './types.js';
import { RECEIPT_PRINTER } from './deps.js';

/**
 * Resolve a scan outside a field: a ticket number opens the ticket, and a product barcode starts
 * an intake. A ticket number with a wrong check character throws, so the clerk sees the typo.
 */
export function resolveScan(deps: ServiceDeps, code: string): ReturnType<DeskService['resolveScan']> {
  const trimmed = code.trim();
  const parsed = parseTicketNo(trimmed);
  if (parsed) {
    const ticket = deps.db.tickets.get(parsed.ticketNo);
    return ticket ? { kind: 'ticket', ticket } : { kind: 'unknown' };
  }
  if (findByBarcode(deps.catalog, trimmed) || isValidEan13(trimmed)) return { kind: 'product', barcode: trimmed };
  return { kind: 'unknown' };
}

export function status(deps: ServiceDeps): StatusSnapshot {
  const counts = deps.db.printJobs.countByStatus();
  return {
    pendingHqEvents: deps.db.events.pendingCount(),
    printQueue: { queued: counts.queued + counts.printing, failed: counts.failed, unknown: counts.unknown },
    printerLabel: deps.printers[RECEIPT_PRINTER]?.label ?? '',
  };
}

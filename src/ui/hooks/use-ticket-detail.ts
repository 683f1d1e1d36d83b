import { useCallback, useEffect, useState } from 'react';
import type { Ticket } from '../../domain/ticket.js';
import { describeError } from '../../i18n/index.js';
import type { PrintJob, TicketEvent } from '../../storage/types.js';
import { useApp, useSession } from '../app-context.js';
import { useInterval } from './use-interval.js';
import type { ShellNotice } from './use-shell-notice.js';

/**
 * How often an open ticket reloads, because the print worker changes job states and another app
 * instance on the same data folder may add events while the clerk looks at it.
 */
const DETAIL_REFRESH_MS = 2_000;

export interface TicketRecord {
  ticket: Ticket;
  /** Oldest first. */
  events: TicketEvent[];
  /** Newest first, so a reprint appears on top. */
  jobs: PrintJob[];
  /** Display name by operator id, to name who did what. */
  operatorNames: Record<string, string>;
}

export type TicketLoad = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; record: TicketRecord };

export interface TicketActions {
  load: TicketLoad;
  /** Outcome of the last action, shown in the screen's banner. */
  notice: ShellNotice | null;
  setNotice(notice: ShellNotice | null): void;
  reprint(job: PrintJob): void;
  returnToStock(): void;
  /**
   * Cancel the ticket with `reason`. Returns whether it was cancelled, so the reason dialog can
   * stay open on failure.
   */
  cancel(reason: string): boolean;
}

/**
 * Load one ticket with its timeline and print jobs, and provide the changes the detail screen
 * can make. Each change reloads the record so the timeline shows the new event at once, and
 * while the screen is shown it reloads every 2 seconds so print outcomes appear without a key.
 */
export function useTicketActions(ticketNo: string): TicketActions {
  const { service, t } = useApp();
  const session = useSession();
  const [load, setLoad] = useState<TicketLoad>({ kind: 'loading' });
  const [notice, setNotice] = useState<ShellNotice | null>(null);

  const reload = useCallback(() => {
    try {
      const ticket = service.getTicket(ticketNo);
      const jobs = [...service.printJobsFor(ticketNo)].sort((a, b) => b.id - a.id);
      const record = { ticket, events: service.timeline(ticketNo), jobs, operatorNames: service.operatorNames() };
      setLoad({ kind: 'ready', record });
    } catch (error) {
      setLoad({ kind: 'error', message: describeError(error, t) });
    }
  }, [service, t, ticketNo]);

  useEffect(reload, [reload]);
  useInterval(reload, DETAIL_REFRESH_MS);

  /** Run one change, then show `successKey` on success or the error on failure. */
  const attempt = (work: () => Record<string, string | number>, successKey: string): boolean => {
    try {
      const params = work();
      setNotice({ kind: 'success', message: t(successKey, params) });
      return true;
    } catch (error) {
      setNotice({ kind: 'error', message: describeError(error, t) });
      return false;
    } finally {
      reload();
    }
  };

  return {
    load,
    notice,
    setNotice,
    reprint: (job) => {
      attempt(() => ({ jobId: service.reprint(session, job.id).id }), 'detail.reprint_queued');
    },
    returnToStock: () => {
      attempt(() => ({ ticketNo: service.returnToStock(session, ticketNo).ticketNo }), 'detail.returned_to_stock');
    },
    cancel: (reason) => attempt(() => ({ ticketNo: service.cancel(session, ticketNo, reason).ticketNo }), 'detail.cancelled'),
  };
}

import { createStore } from 'zustand/vanilla';
import { DeskError } from '../../domain/errors.js';
import { parseTicketNo } from '../../domain/ticket-number.js';
import type { Ticket } from '../../domain/ticket.js';
import type { ArrivalCheck } from '../../services/types.js';
import { errorNotice, messageNotice, type WorkflowNotice } from './workflow-notice.js';
import type { WorkflowStoreDeps } from './workflow-store-deps.js';

/** One scanned code and what the check made of it. */
export type ArrivalLine =
  | { code: string; status: 'accepted'; ticket: Ticket; hqNotShipped: boolean }
  | { code: string; status: 'unexpected'; reason: ArrivalCheck['unexpected'][number]['reason']; ticket: Ticket | null };

/** Counts shown in the prompt before a parcel with problems is confirmed. */
export interface ArrivalConfirmation {
  accepted: number;
  unexpected: number;
  missing: number;
}

export interface ArrivalState {
  /** Codes scanned from the parcel, in scan order, as ticket numbers where they parse. */
  codes: string[];
  check: ArrivalCheck;
  selectedIndex: number;
  /** Set while the prompt naming unexpected and missing counts is open. */
  confirming: ArrivalConfirmation | null;
  notice: WorkflowNotice | null;
}

export interface ArrivalActions {
  addCode(code: string): boolean;
  /** Check the scanned codes again, e.g. after tickets changed while the screen was away. */
  refresh(): void;
  removeSelected(): void;
  moveSelection(step: number): void;
  /** Confirm at once when the parcel matches. Otherwise open the prompt with the counts. */
  requestConfirm(): void;
  cancelConfirm(): void;
  /** Mark the accepted tickets arrived. Returns true when saved. */
  confirm(): boolean;
  clearNotice(): void;
}

export type ArrivalStore = ReturnType<typeof createArrivalStore>;

/**
 * Return the code as a canonical ticket number (upper case with the dash), so the same work card
 * typed two ways is one line. A code that does not parse is kept as typed, and the check
 * reports it.
 */
export function canonicalCode(code: string): string {
  const trimmed = code.trim();
  try {
    return parseTicketNo(trimmed)?.ticketNo ?? trimmed;
  } catch {
    return trimmed;
  }
}

/**
 * Return the catalog key of the prompt for these counts, which names only the counts above
 * zero. The prompt opens only when something is unexpected or missing, so one of them is.
 */
export function confirmationMessageKey(confirmation: ArrivalConfirmation): string {
  if (confirmation.unexpected > 0 && confirmation.missing > 0) return 'arrival.confirm.unexpected_and_missing';
  return confirmation.unexpected > 0 ? 'arrival.confirm.unexpected' : 'arrival.confirm.missing';
}

/** Pair each scanned code with its result, in scan order. */
export function arrivalLines(codes: readonly string[], check: ArrivalCheck): ArrivalLine[] {
  return codes.map((code): ArrivalLine => {
    const ticket = check.accepted.find((accepted) => accepted.ticketNo === code);
    if (ticket) return { code, status: 'accepted', ticket, hqNotShipped: ticket.state !== 'shipped_back' };

    const unexpected = check.unexpected.find((entry) => entry.code === code);
    return { code, status: 'unexpected', reason: unexpected?.reason ?? 'invalid', ticket: unexpected?.ticket ?? null };
  });
}

/** Create the store of the arrival screen (返修到货): the parcel's scans checked live against what was sent. */
export function createArrivalStore({ service, session }: WorkflowStoreDeps) {
  const recheck = (codes: string[]) => service.checkArrival(codes);

  return createStore<ArrivalState & ArrivalActions>()((set, get) => ({
    codes: [],
    check: recheck([]),
    selectedIndex: 0,
    confirming: null,
    notice: null,

    addCode: (raw) => {
      const code = canonicalCode(raw);
      if (code === '') return false;
      const { codes } = get();
      if (codes.includes(code)) {
        set({ notice: errorNotice(new DeskError('arrival.already_scanned', { ticketNo: code })) });
        return false;
      }

      const next = [...codes, code];
      const check = recheck(next);
      const line = arrivalLines([code], check)[0];
      const accepted = line?.status === 'accepted';
      set({
        codes: next,
        check,
        selectedIndex: next.length - 1,
        notice:
          line?.status === 'unexpected'
            ? { kind: 'error', key: 'arrival.scanned_unexpected', params: { code }, paramKeys: { reason: `arrival.reason.${line.reason}` } }
            : messageNotice('info', 'arrival.scanned_ok', { ticketNo: code }),
      });
      return accepted;
    },

    refresh: () => set({ check: recheck(get().codes) }),

    removeSelected: () => {
      const { codes, selectedIndex } = get();
      const removed = codes[selectedIndex];
      if (removed === undefined) return;
      const next = codes.filter((_, index) => index !== selectedIndex);
      set({
        codes: next,
        check: recheck(next),
        selectedIndex: Math.min(selectedIndex, Math.max(next.length - 1, 0)),
        notice: messageNotice('info', 'arrival.removed', { code: removed }),
      });
    },

    moveSelection: (step) => {
      const { codes, selectedIndex } = get();
      if (codes.length === 0) return;
      set({ selectedIndex: Math.min(Math.max(selectedIndex + step, 0), codes.length - 1) });
    },

    requestConfirm: () => {
      const { check } = get();
      if (check.accepted.length === 0) {
        set({ notice: errorNotice(new DeskError('arrival.empty')) });
        return;
      }
      if (check.unexpected.length === 0 && check.missing.length === 0) {
        get().confirm();
        return;
      }
      set({
        confirming: { accepted: check.accepted.length, unexpected: check.unexpected.length, missing: check.missing.length },
        notice: null,
      });
    },

    cancelConfirm: () => set({ confirming: null }),

    confirm: () => {
      const ticketNos = get().check.accepted.map((ticket) => ticket.ticketNo);
      try {
        const arrived = service.confirmArrival(session(), ticketNos);
        const beforeHq = arrived.filter((ticket) => ticket.arrivedBeforeHqShipped).length;
        set({
          codes: [],
          check: recheck([]),
          selectedIndex: 0,
          confirming: null,
          notice:
            beforeHq > 0
              ? messageNotice('success', 'arrival.confirmed_before_hq', { count: arrived.length, beforeHq })
              : messageNotice('success', 'arrival.confirmed', { count: arrived.length }),
        });
        return true;
      } catch (error) {
        set({ confirming: null, check: recheck(get().codes), notice: errorNotice(error) });
        return false;
      }
    },

    clearNotice: () => set({ notice: null }),
  }));
}

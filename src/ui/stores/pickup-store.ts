import { createStore } from 'zustand/vanilla';
import { DeskError, isDeskError } from '../../domain/errors.js';
import { targetState } from '../../domain/lifecycle.js';
import type { HandoverOutcome, Ticket } from '../../domain/ticket.js';
import type { PickupInput } from '../../services/types.js';
import { errorField, errorNotice, messageNotice, type WorkflowNotice } from './workflow-notice.js';
import type { WorkflowStoreDeps } from './workflow-store-deps.js';

/** Labels of the pickup fields, for error messages that name a field. */
export const PICKUP_FIELD_LABELS: Readonly<Record<string, string>> = {
  query: 'pickup.field.query',
  phoneLastFour: 'field.phoneLastFour',
  outcome: 'pickup.field.outcome',
  replacementBarcode: 'pickup.field.replacement_barcode',
  refundReceiptNo: 'pickup.field.refund_receipt_no',
};

/** Handover entry as the clerk typed it. */
export interface HandoverEntry {
  phoneLastFour: string;
  outcome: HandoverOutcome;
  replacementBarcode: string;
  refundReceiptNo: string;
}

export type PickupPhase =
  | { kind: 'search' }
  /** Several tickets matched a phone number, and the clerk picks one. */
  | { kind: 'choose'; tickets: Ticket[]; index: number }
  /** An after-sale ticket ready to hand over: arrived, or still received and resolved at the counter. */
  | { kind: 'handover'; ticket: Ticket }
  /** A pre-sale ticket: no customer, it goes back to stock. */
  | { kind: 'return_to_stock'; ticket: Ticket }
  /** Found, but its state does not allow pickup. The screen gives the reason. */
  | { kind: 'not_ready'; ticket: Ticket };

export interface PickupState {
  phase: PickupPhase;
  notice: WorkflowNotice | null;
}

export interface PickupActions {
  /** Look up a scanned receipt, a typed ticket number or a phone number. */
  find(codeOrPhone: string): void;
  open(ticket: Ticket): void;
  moveChoice(step: number): void;
  chooseSelected(): void;
  /** Step back towards the search. Returns false when already there, so the app's Esc takes over. */
  back(): boolean;
  /** Hand the item over. Returns the field to focus when rejected, or null. */
  confirmPickup(entry: HandoverEntry): string | null;
  returnToStock(): boolean;
  clearNotice(): void;
}

export type PickupStore = ReturnType<typeof createPickupStore>;

/** Outcomes of a ticket resolved at the counter. The item was never repaired, so a repaired item is not one of them. */
export const COUNTER_OUTCOMES: readonly HandoverOutcome[] = ['replacement', 'refund'];

/** Check whether a ticket is an after-sale one still in the store (received), to exchange or refund on the spot without HQ. */
export function resolvesAtCounter(ticket: Pick<Ticket, 'state' | 'type'>): boolean {
  return targetState(ticket, 'resolve_at_counter') !== null;
}

/** HQ's resolution decides what the customer most likely takes home. */
export function defaultOutcome(ticket: Pick<Ticket, 'hqResolution'>): HandoverOutcome {
  switch (ticket.hqResolution) {
    case 'exchange_approved':
      return 'replacement';
    case 'refund_approved':
      return 'refund';
    case 'rejected':
      return 'returned_unrepaired';
    // NOTE: a paid-repair quote reaches the store as repaired once the customer accepted it, but
    // a declined quote needs the clerk to pick returned_unrepaired by hand.
    case 'paid_repair_quote':
    case 'repaired':
    case null:
      return 'repaired_item';
  }
}

/** Return the catalog key of the reason a ticket cannot be picked up in its state. */
export function notReadyMessageKey(ticket: Pick<Ticket, 'state' | 'type'>): string {
  switch (ticket.state) {
    case 'received':
      return 'pickup.not_ready.received';
    case 'sent_to_hq':
    case 'at_hq':
    case 'inspected':
    case 'shipped_back':
      return 'pickup.not_ready.not_arrived';
    case 'picked_up':
      return 'pickup.not_ready.picked_up';
    case 'returned_to_stock':
      return 'pickup.not_ready.returned_to_stock';
    case 'cancelled':
      return 'pickup.not_ready.cancelled';
    case 'arrived':
      return 'pickup.not_ready.pre_sale';
  }
}

function fieldError(code: string, field: string): WorkflowNotice {
  return errorNotice(new DeskError(code, { field }), PICKUP_FIELD_LABELS);
}

/** Check the entry before the service gets it, so the message names the field to fix. */
function entryProblem(ticket: Ticket, entry: HandoverEntry): { field: keyof HandoverEntry; notice: WorkflowNotice } | null {
  const lastFour = entry.phoneLastFour.trim();
  if (ticket.phoneNormalized !== '' && lastFour === '') {
    return { field: 'phoneLastFour', notice: fieldError('field.required', 'phoneLastFour') };
  }
  if (ticket.phoneNormalized !== '' && !/^\d{4}$/.test(lastFour)) {
    return { field: 'phoneLastFour', notice: fieldError('field.invalid', 'phoneLastFour') };
  }
  if (resolvesAtCounter(ticket) && !COUNTER_OUTCOMES.includes(entry.outcome)) {
    return { field: 'outcome', notice: errorNotice(new DeskError('pickup.counter_outcome')) };
  }
  if (entry.outcome === 'replacement' && entry.replacementBarcode.trim() === '') {
    return { field: 'replacementBarcode', notice: errorNotice(new DeskError('handover.replacement_barcode_required')) };
  }
  if (entry.outcome === 'refund' && entry.refundReceiptNo.trim() === '') {
    return { field: 'refundReceiptNo', notice: errorNotice(new DeskError('handover.refund_receipt_required')) };
  }
  return null;
}

function toPickupInput(ticket: Ticket, entry: HandoverEntry): PickupInput {
  const input: PickupInput = { ticketNo: ticket.ticketNo, phoneLastFour: entry.phoneLastFour.trim(), outcome: entry.outcome };
  if (entry.outcome === 'replacement') input.replacementBarcode = entry.replacementBarcode.trim();
  if (entry.outcome === 'refund') input.refundReceiptNo = entry.refundReceiptNo.trim();
  return input;
}

/** Create the store of the pickup screen (顾客取回): search, choice, handover and the banner. */
export function createPickupStore({ service, session }: WorkflowStoreDeps) {
  return createStore<PickupState & PickupActions>()((set, get) => ({
    phase: { kind: 'search' },
    notice: null,

    find: (codeOrPhone) => {
      const query = codeOrPhone.trim();
      if (query === '') {
        set({ notice: fieldError('field.required', 'query') });
        return;
      }

      let tickets: Ticket[];
      try {
        tickets = service.findForPickup(query);
      } catch (error) {
        set({ notice: errorNotice(error) });
        return;
      }

      const [first] = tickets;
      if (!first) {
        set({ notice: messageNotice('error', 'pickup.not_found', { query }) });
        return;
      }
      if (tickets.length === 1) {
        get().open(first);
        return;
      }
      set({ phase: { kind: 'choose', tickets, index: 0 }, notice: messageNotice('info', 'pickup.several', { count: tickets.length }) });
    },

    open: (ticket) => {
      if (ticket.type === 'pre_sale' && (ticket.state === 'received' || ticket.state === 'arrived')) {
        set({ phase: { kind: 'return_to_stock', ticket }, notice: messageNotice('info', 'pickup.pre_sale') });
        return;
      }
      if (ticket.type === 'after_sale' && ticket.state === 'arrived') {
        set({ phase: { kind: 'handover', ticket }, notice: null });
        return;
      }
      if (resolvesAtCounter(ticket)) {
        set({ phase: { kind: 'handover', ticket }, notice: messageNotice('info', 'pickup.counter.notice', { ticketNo: ticket.ticketNo }) });
        return;
      }
      set({
        phase: { kind: 'not_ready', ticket },
        notice: {
          kind: 'warning',
          key: notReadyMessageKey(ticket),
          params: { ticketNo: ticket.ticketNo },
          paramKeys: { state: `state.${ticket.state}` },
        },
      });
    },

    moveChoice: (step) => {
      const { phase } = get();
      if (phase.kind !== 'choose') return;
      const index = Math.min(Math.max(phase.index + step, 0), phase.tickets.length - 1);
      set({ phase: { ...phase, index } });
    },

    chooseSelected: () => {
      const { phase } = get();
      if (phase.kind !== 'choose') return;
      const ticket = phase.tickets[phase.index];
      if (ticket) get().open(ticket);
    },

    back: () => {
      if (get().phase.kind === 'search') return false;
      set({ phase: { kind: 'search' }, notice: null });
      return true;
    },

    confirmPickup: (entry) => {
      const { phase } = get();
      if (phase.kind !== 'handover') return null;

      const problem = entryProblem(phase.ticket, entry);
      if (problem) {
        set({ notice: problem.notice });
        return problem.field;
      }

      try {
        const { ticket } = service.pickUp(session(), toPickupInput(phase.ticket, entry));
        const doneKey = ticket.resolvedAtCounter ? 'pickup.counter.done' : 'pickup.done';
        set({ phase: { kind: 'search' }, notice: messageNotice('success', doneKey, { ticketNo: ticket.ticketNo }) });
        return null;
      } catch (error) {
        set({ notice: errorNotice(error, PICKUP_FIELD_LABELS) });
        if (isDeskError(error) && error.code === 'pickup.identity_mismatch') return 'phoneLastFour';
        const field = errorField(error);
        return field !== null && field in PICKUP_FIELD_LABELS ? field : null;
      }
    },

    returnToStock: () => {
      const { phase } = get();
      if (phase.kind !== 'return_to_stock') return false;
      try {
        const ticket = service.returnToStock(session(), phase.ticket.ticketNo);
        set({ phase: { kind: 'search' }, notice: messageNotice('success', 'pickup.returned_to_stock', { ticketNo: ticket.ticketNo }) });
        return true;
      } catch (error) {
        set({ notice: errorNotice(error) });
        return false;
      }
    },

    clearNotice: () => set({ notice: null }),
  }));
}

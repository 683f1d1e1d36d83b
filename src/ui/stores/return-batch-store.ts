import { createStore } from 'zustand/vanilla';
import { DeskError } from '../../domain/errors.js';
import type { Ticket } from '../../domain/ticket.js';
import type { Translate } from '../../i18n/index.js';
import { errorNotice, messageNotice, type WorkflowNotice } from './workflow-notice.js';
import type { WorkflowStoreDeps } from './workflow-store-deps.js';

/** Carriers offered at the counter. `other` requests the carrier's name as text. */
export const CARRIERS = ['sf', 'zto', 'yto', 'yunda', 'ems', 'jd', 'other'] as const;
export type CarrierId = (typeof CARRIERS)[number];

/**
 * Carrier names as stored on the batch and printed on the manifest. They are the names the
 * carriers use in China, in both languages, because HQ matches waybills by them.
 */
export const CARRIER_NAMES: Readonly<Record<Exclude<CarrierId, 'other'>, string>> = {
  sf: '顺丰',
  zto: '中通',
  yto: '圆通',
  yunda: '韵达',
  ems: 'EMS',
  jd: '京东',
};

/**
 * Translate a stored carrier name for the screen: a name from CARRIER_NAMES (顺丰) becomes its
 * catalog label (SF Express in English), and a name typed under "other" stays as typed.
 */
export function carrierLabel(stored: string, t: Translate): string {
  const entry = Object.entries(CARRIER_NAMES).find(([, name]) => name === stored);
  return entry ? t(`return_batch.carrier.${entry[0]}`) : stored;
}

/** Labels of the shipment fields, for error messages that name a field. */
export const RETURN_BATCH_FIELD_LABELS: Readonly<Record<string, string>> = {
  code: 'return_batch.field.code',
  carrier: 'field.carrier',
  carrierName: 'return_batch.field.carrier_name',
  trackingNo: 'field.trackingNo',
};

/** The shipment as the clerk entered it. */
export interface ShipmentEntry {
  carrier: CarrierId;
  /** Carrier name typed by the clerk when `carrier` is `other`. */
  carrierName: string;
  trackingNo: string;
}

/** A batch waiting for the clerk's yes or no. */
export interface PendingBatch {
  ticketNos: string[];
  carrier: string;
  trackingNo: string;
}

export interface ReturnBatchState {
  /** Work cards scanned for this parcel, in scan order. */
  tickets: Ticket[];
  selectedIndex: number;
  /** Set while the "send N items?" prompt is open. */
  pending: PendingBatch | null;
  notice: WorkflowNotice | null;
}

export interface ReturnBatchActions {
  /** Add a scanned or typed work card. A bad or repeated code only sets an error notice. */
  addCode(code: string): boolean;
  removeSelected(): void;
  moveSelection(step: number): void;
  /**
   * Check the list and the shipment and open the confirmation prompt. Returns the field to
   * focus when the shipment is incomplete, else null.
   */
  requestSend(entry: ShipmentEntry): keyof ShipmentEntry | null;
  cancelSend(): void;
  /** Send the pending batch. Returns true when it was saved. */
  confirmSend(): boolean;
  clearNotice(): void;
}

export type ReturnBatchStore = ReturnType<typeof createReturnBatchStore>;

function shipmentFieldError(code: string, field: keyof ShipmentEntry): WorkflowNotice {
  return errorNotice(new DeskError(code, { field }), RETURN_BATCH_FIELD_LABELS);
}

/** Create the store of the return batch screen (返修出库): the scanned list, the prompt and the banner. */
export function createReturnBatchStore({ service, session }: WorkflowStoreDeps) {
  return createStore<ReturnBatchState & ReturnBatchActions>()((set, get) => ({
    tickets: [],
    selectedIndex: 0,
    pending: null,
    notice: null,

    addCode: (code) => {
      let ticket: Ticket;
      try {
        ticket = service.checkForReturnBatch(code);
      } catch (error) {
        set({ notice: errorNotice(error) });
        return false;
      }

      const { tickets } = get();
      if (tickets.some((listed) => listed.ticketNo === ticket.ticketNo)) {
        set({ notice: errorNotice(new DeskError('return_batch.already_listed', { ticketNo: ticket.ticketNo })) });
        return false;
      }
      set({
        tickets: [...tickets, ticket],
        selectedIndex: tickets.length,
        notice: messageNotice('info', 'return_batch.added', { ticketNo: ticket.ticketNo, count: tickets.length + 1 }),
      });
      return true;
    },

    removeSelected: () => {
      const { tickets, selectedIndex } = get();
      const removed = tickets[selectedIndex];
      if (!removed) return;
      const remaining = tickets.filter((_, index) => index !== selectedIndex);
      set({
        tickets: remaining,
        selectedIndex: Math.min(selectedIndex, Math.max(remaining.length - 1, 0)),
        notice: messageNotice('info', 'return_batch.removed', { ticketNo: removed.ticketNo }),
      });
    },

    moveSelection: (step) => {
      const { tickets, selectedIndex } = get();
      if (tickets.length === 0) return;
      set({ selectedIndex: Math.min(Math.max(selectedIndex + step, 0), tickets.length - 1) });
    },

    requestSend: (entry) => {
      const { tickets } = get();
      if (tickets.length === 0) {
        set({ notice: errorNotice(new DeskError('return_batch.empty')) });
        return null;
      }

      const carrierName = entry.carrier === 'other' ? entry.carrierName.trim() : CARRIER_NAMES[entry.carrier];
      if (carrierName === '') {
        set({ notice: shipmentFieldError('field.required', 'carrierName') });
        return 'carrierName';
      }
      const trackingNo = entry.trackingNo.trim();
      if (trackingNo === '') {
        set({ notice: shipmentFieldError('field.required', 'trackingNo') });
        return 'trackingNo';
      }

      set({ pending: { ticketNos: tickets.map((ticket) => ticket.ticketNo), carrier: carrierName, trackingNo }, notice: null });
      return null;
    },

    cancelSend: () => set({ pending: null }),

    confirmSend: () => {
      const { pending } = get();
      if (!pending) return false;
      try {
        const { batch } = service.sendReturnBatch(session(), pending);
        set({
          tickets: [],
          selectedIndex: 0,
          pending: null,
          notice: messageNotice('success', 'return_batch.sent', { batchNo: batch.batchNo, count: batch.ticketNos.length }),
        });
        return true;
      } catch (error) {
        set({ pending: null, notice: errorNotice(error, RETURN_BATCH_FIELD_LABELS) });
        return false;
      }
    },

    clearNotice: () => set({ notice: null }),
  }));
}

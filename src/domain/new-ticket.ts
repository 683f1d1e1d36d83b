import { normalizePhone } from './phone.js';
import type { IntakeInput, Ticket } from './ticket.js';

/** Who issues a new ticket, where and when. */
export interface TicketIdentity {
  ticketNo: string;
  storeCode: string;
  terminalNo: number;
  /** ISO 8601 time with offset; also the first `updatedAt`. */
  createdAt: string;
  createdBy: string;
}

/** Build the ticket an intake creates: state `received`, version 1, nothing from later steps. */
export function newTicket(input: IntakeInput, identity: TicketIdentity): Ticket {
  return {
    ...input,
    ...identity,
    state: 'received',
    phoneNormalized: normalizePhone(input.customerPhone)?.digits ?? '',
    updatedAt: identity.createdAt,
    version: 1,
    shipment: null,
    hqResolution: null,
    hqInspectionNote: null,
    hqReturnTrackingNo: null,
    arrivedAt: null,
    arrivedBeforeHqShipped: false,
    resolvedAtCounter: false,
    handover: null,
    cancelReason: null,
    closedAt: null,
  };
}

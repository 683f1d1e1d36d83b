import { DeskError } from './errors.js';
import type {
  Actor,
  Handover,
  HqResolution,
  Shipment,
  Ticket,
  TicketState,
} from './ticket.js';
import { CLOSED_STATES } from './ticket.js';

/**
 * Every change to a saved ticket is one of these commands. The store's commands come from the
 * counter, and the hq_* commands come from HQ's updates through sync.
 */
export type TicketCommand =
  | { kind: 'send_to_hq'; shipment: Shipment }
  | { kind: 'hq_received' }
  | { kind: 'hq_inspected'; resolution: HqResolution; note: string }
  | { kind: 'hq_shipped_back'; trackingNo: string }
  | { kind: 'arrive'; at: string }
  | { kind: 'pick_up'; handover: Handover }
  | { kind: 'resolve_at_counter'; handover: Handover }
  | { kind: 'return_to_stock'; at: string }
  | { kind: 'cancel'; reason: string };

export type TicketCommandKind = TicketCommand['kind'];

/** Event types stored in the audit trail: the intake plus one per command. */
export type TicketEventType = 'intake' | TicketCommandKind;

interface TransitionRule {
  from: readonly TicketState[];
  to: TicketState;
  /** Ticket types the rule applies to. */
  types: readonly Ticket['type'][];
  managerOnly?: boolean;
}

const BOTH = ['after_sale', 'pre_sale'] as const;

/** The one table of legal transitions. Anything not listed here is rejected. */
export const TRANSITIONS: Readonly<Record<TicketCommandKind, TransitionRule>> = {
  send_to_hq: { from: ['received'], to: 'sent_to_hq', types: BOTH },
  hq_received: { from: ['sent_to_hq'], to: 'at_hq', types: BOTH },
  hq_inspected: { from: ['sent_to_hq', 'at_hq'], to: 'inspected', types: BOTH },
  hq_shipped_back: { from: ['sent_to_hq', 'at_hq', 'inspected'], to: 'shipped_back', types: BOTH },
  // The parcel often reaches the store before HQ's shipped_back update does.
  arrive: { from: ['sent_to_hq', 'at_hq', 'inspected', 'shipped_back'], to: 'arrived', types: BOTH },
  pick_up: { from: ['arrived'], to: 'picked_up', types: ['after_sale'] },
  resolve_at_counter: { from: ['received'], to: 'picked_up', types: ['after_sale'] },
  return_to_stock: { from: ['received', 'arrived'], to: 'returned_to_stock', types: ['pre_sale'] },
  cancel: { from: ['received'], to: 'cancelled', types: BOTH, managerOnly: true },
};

/** HQ updates may arrive after the store moved on (arrival before shipped_back syncs). */
const HQ_COMMANDS_AFTER_ARRIVAL: readonly TicketCommandKind[] = ['hq_received', 'hq_inspected', 'hq_shipped_back'];

export interface TransitionResult {
  ticket: Ticket;
  from: TicketState;
  to: TicketState;
}

/** Return the state that a command moves the ticket to, or null when the move is illegal. */
export function targetState(ticket: Pick<Ticket, 'state' | 'type'>, kind: TicketCommandKind): TicketState | null {
  const rule = TRANSITIONS[kind];
  if (!rule.types.includes(ticket.type)) return null;
  if (!rule.from.includes(ticket.state)) return null;
  return rule.to;
}

/** Commands the counter can offer for a ticket in its current state. */
export function availableCommands(ticket: Pick<Ticket, 'state' | 'type'>, actor: Actor): TicketCommandKind[] {
  return (Object.keys(TRANSITIONS) as TicketCommandKind[]).filter((kind) => {
    if (kind.startsWith('hq_')) return false;
    if (TRANSITIONS[kind].managerOnly && actor.role !== 'manager') return false;
    return targetState(ticket, kind) !== null;
  });
}

/**
 * Apply one command to a ticket and return the new ticket. Pure: the caller stores the ticket
 * and its event in one transaction. Throws DeskError `transition.illegal`,
 * `transition.manager_only` or `transition.reason_required`, and then nothing changed.
 */
export function applyCommand(ticket: Ticket, command: TicketCommand, actor: Actor, now: string): TransitionResult {
  if (isLateHqUpdate(ticket, command.kind)) {
    return { ticket: recordLateHqUpdate(ticket, command, now), from: ticket.state, to: ticket.state };
  }

  const rule = TRANSITIONS[command.kind];
  const to = targetState(ticket, command.kind);
  if (to === null) {
    throw new DeskError('transition.illegal', { ticketNo: ticket.ticketNo, state: ticket.state, command: command.kind });
  }
  if (rule.managerOnly && actor.role !== 'manager') {
    throw new DeskError('transition.manager_only', { command: command.kind });
  }

  const next: Ticket = { ...ticket, state: to, updatedAt: now, version: ticket.version + 1 };
  applyCommandData(next, ticket, command, now);
  if (CLOSED_STATES.includes(to)) next.closedAt = now;
  return { ticket: next, from: ticket.state, to };
}

function applyCommandData(next: Ticket, previous: Ticket, command: TicketCommand, now: string): void {
  switch (command.kind) {
    case 'send_to_hq':
      next.shipment = command.shipment;
      return;
    case 'hq_received':
      return;
    case 'hq_inspected':
      next.hqResolution = command.resolution;
      next.hqInspectionNote = command.note;
      return;
    case 'hq_shipped_back':
      next.hqReturnTrackingNo = command.trackingNo;
      return;
    case 'arrive':
      next.arrivedAt = command.at;
      next.arrivedBeforeHqShipped = previous.state !== 'shipped_back';
      return;
    case 'pick_up':
      requireHandoverDetail(command.handover);
      next.handover = command.handover;
      return;
    case 'resolve_at_counter':
      // Without HQ the counter can only swap or refund, so an item that needs repair goes to HQ.
      if (command.handover.outcome !== 'replacement' && command.handover.outcome !== 'refund') {
        throw new DeskError('pickup.counter_outcome');
      }
      requireHandoverDetail(command.handover);
      next.handover = command.handover;
      next.resolvedAtCounter = true;
      return;
    case 'return_to_stock':
      next.resolvedAtCounter = previous.state === 'received';
      next.closedAt = command.at;
      return;
    case 'cancel': {
      const reason = command.reason.trim();
      if (reason.length === 0) throw new DeskError('transition.reason_required');
      next.cancelReason = reason;
      next.closedAt = now;
      return;
    }
  }
}

/**
 * Reject a handover without its detail: a replacement needs the new item's barcode, and a refund
 * the sales system's receipt number.
 */
function requireHandoverDetail(handover: Handover): void {
  if (handover.outcome === 'replacement' && !handover.replacementBarcode?.trim()) {
    throw new DeskError('handover.replacement_barcode_required');
  }
  if (handover.outcome === 'refund' && !handover.refundReceiptNo?.trim()) {
    throw new DeskError('handover.refund_receipt_required');
  }
}

function isLateHqUpdate(ticket: Ticket, kind: TicketCommandKind): boolean {
  const laterStates: readonly TicketState[] = ['arrived', 'picked_up', 'returned_to_stock'];
  return HQ_COMMANDS_AFTER_ARRIVAL.includes(kind) && laterStates.includes(ticket.state);
}

/** Keep HQ's data from an update that lost the race with the parcel, without moving the state. */
function recordLateHqUpdate(ticket: Ticket, command: TicketCommand, now: string): Ticket {
  const next: Ticket = { ...ticket, updatedAt: now, version: ticket.version + 1 };
  if (command.kind === 'hq_inspected') {
    next.hqResolution = command.resolution;
    next.hqInspectionNote = command.note;
  }
  if (command.kind === 'hq_shipped_back') {
    next.hqReturnTrackingNo = command.trackingNo;
    next.arrivedBeforeHqShipped = false;
  }
  return next;
}

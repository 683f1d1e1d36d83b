import { describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { applyCommand, availableCommands, TRANSITIONS, type TicketCommand, type TicketCommandKind } from '../../src/domain/lifecycle.js';
import { TICKET_STATES, type Actor, type Handover, type TicketState, type TicketType } from '../../src/domain/ticket.js';
import { makeTicket } from './ticket-fixture.js';

const NOW = '2026-12-05T09:00:00.000+08:00';
const manager: Actor = { operatorId: 'boss', role: 'manager' };
const clerk: Actor = { operatorId: 'clerk1', role: 'clerk' };
const handover: Handover = { outcome: 'repaired_item', handedOverBy: 'clerk1', identityChecked: true, at: NOW };

const COMMANDS: Record<TicketCommandKind, TicketCommand> = {
  send_to_hq: { kind: 'send_to_hq', shipment: { batchNo: 'SH01-R010001', carrier: '顺丰', trackingNo: 'SF123', sentAt: NOW } },
  hq_received: { kind: 'hq_received' },
  hq_inspected: { kind: 'hq_inspected', resolution: 'repaired', note: '已修复' },
  hq_shipped_back: { kind: 'hq_shipped_back', trackingNo: 'SF999' },
  arrive: { kind: 'arrive', at: NOW },
  pick_up: { kind: 'pick_up', handover },
  resolve_at_counter: { kind: 'resolve_at_counter', handover: { ...handover, outcome: 'replacement', replacementBarcode: '6912468000116' } },
  return_to_stock: { kind: 'return_to_stock', at: NOW },
  cancel: { kind: 'cancel', reason: '顾客撤回' },
};

/** The legal moves, written out by hand so the test checks the table rather than copying it. */
const LEGAL: Record<TicketType, Partial<Record<TicketState, TicketCommandKind[]>>> = {
  after_sale: {
    received: ['send_to_hq', 'resolve_at_counter', 'cancel'],
    sent_to_hq: ['hq_received', 'hq_inspected', 'hq_shipped_back', 'arrive'],
    at_hq: ['hq_inspected', 'hq_shipped_back', 'arrive'],
    inspected: ['hq_shipped_back', 'arrive'],
    shipped_back: ['arrive'],
    arrived: ['pick_up'],
  },
  pre_sale: {
    received: ['send_to_hq', 'return_to_stock', 'cancel'],
    sent_to_hq: ['hq_received', 'hq_inspected', 'hq_shipped_back', 'arrive'],
    at_hq: ['hq_inspected', 'hq_shipped_back', 'arrive'],
    inspected: ['hq_shipped_back', 'arrive'],
    shipped_back: ['arrive'],
    arrived: ['return_to_stock'],
  },
};

/** HQ updates that lose the race with the parcel are kept without a state change. */
const LATE_HQ: TicketCommandKind[] = ['hq_received', 'hq_inspected', 'hq_shipped_back'];
const AFTER_ARRIVAL: TicketState[] = ['arrived', 'picked_up', 'returned_to_stock'];

describe('applyCommand', () => {
  for (const type of ['after_sale', 'pre_sale'] as const) {
    for (const state of TICKET_STATES) {
      for (const kind of Object.keys(TRANSITIONS) as TicketCommandKind[]) {
        const legal = LEGAL[type][state]?.includes(kind) ?? false;
        const late = LATE_HQ.includes(kind) && AFTER_ARRIVAL.includes(state);
        const label = `${type} ${state} + ${kind}`;

        if (legal) {
          it(`${label} moves to ${TRANSITIONS[kind].to}`, () => {
            const ticket = makeTicket({ type, state });
            const result = applyCommand(ticket, COMMANDS[kind], manager, NOW);
            expect(result.ticket.state).toBe(TRANSITIONS[kind].to);
            expect(result.ticket.version).toBe(ticket.version + 1);
            expect(result.from).toBe(state);
          });
        } else if (late) {
          it(`${label} keeps state`, () => {
            const result = applyCommand(makeTicket({ type, state }), COMMANDS[kind], manager, NOW);
            expect(result.ticket.state).toBe(state);
          });
        } else {
          it(`${label} is rejected`, () => {
            const ticket = makeTicket({ type, state });
            const snapshot = structuredClone(ticket);
            expect(() => applyCommand(ticket, COMMANDS[kind], manager, NOW)).toThrowError(DeskError);
            expect(ticket).toEqual(snapshot);
          });
        }
      }
    }
  }

  it('cancel by clerk is rejected', () => {
    const error = captureError(() => applyCommand(makeTicket(), COMMANDS.cancel, clerk, NOW));
    expect(error?.code).toBe('transition.manager_only');
  });

  it('cancel without reason is rejected', () => {
    const error = captureError(() => applyCommand(makeTicket(), { kind: 'cancel', reason: '  ' }, manager, NOW));
    expect(error?.code).toBe('transition.reason_required');
  });

  it('cancel records reason and closes', () => {
    const { ticket } = applyCommand(makeTicket(), COMMANDS.cancel, manager, NOW);
    expect(ticket.cancelReason).toBe('顾客撤回');
    expect(ticket.closedAt).toBe(NOW);
  });

  it('arrival before shipped_back is flagged', () => {
    const early = applyCommand(makeTicket({ state: 'at_hq' }), COMMANDS.arrive, clerk, NOW).ticket;
    const normal = applyCommand(makeTicket({ state: 'shipped_back' }), COMMANDS.arrive, clerk, NOW).ticket;
    expect(early.arrivedBeforeHqShipped).toBe(true);
    expect(normal.arrivedBeforeHqShipped).toBe(false);
  });

  it('late shipped_back clears early-arrival flag', () => {
    const arrived = makeTicket({ state: 'arrived', arrivedBeforeHqShipped: true });
    const { ticket } = applyCommand(arrived, COMMANDS.hq_shipped_back, manager, NOW);
    expect(ticket.arrivedBeforeHqShipped).toBe(false);
    expect(ticket.hqReturnTrackingNo).toBe('SF999');
  });

  it('replacement without barcode is rejected', () => {
    const command: TicketCommand = { kind: 'pick_up', handover: { ...handover, outcome: 'replacement' } };
    const error = captureError(() => applyCommand(makeTicket({ state: 'arrived' }), command, clerk, NOW));
    expect(error?.code).toBe('handover.replacement_barcode_required');
  });

  it('refund without receipt number is rejected', () => {
    const command: TicketCommand = { kind: 'resolve_at_counter', handover: { ...handover, outcome: 'refund' } };
    const error = captureError(() => applyCommand(makeTicket(), command, clerk, NOW));
    expect(error?.code).toBe('handover.refund_receipt_required');
  });

  it('counter repair is rejected', () => {
    const command: TicketCommand = { kind: 'resolve_at_counter', handover };
    const error = captureError(() => applyCommand(makeTicket(), command, clerk, NOW));
    expect(error?.code).toBe('pickup.counter_outcome');
  });

  it('counter resolution marks ticket', () => {
    const { ticket } = applyCommand(makeTicket(), COMMANDS.resolve_at_counter, clerk, NOW);
    expect(ticket.state).toBe('picked_up');
    expect(ticket.resolvedAtCounter).toBe(true);
  });
});

describe('availableCommands', () => {
  it('hides cancel from clerks', () => {
    expect(availableCommands(makeTicket(), clerk)).not.toContain('cancel');
    expect(availableCommands(makeTicket(), manager)).toContain('cancel');
  });

  it('offers no HQ commands', () => {
    const commands = availableCommands(makeTicket({ state: 'sent_to_hq' }), manager);
    expect(commands).toEqual(['arrive']);
  });
});

function captureError(action: () => unknown): DeskError | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  return undefined;
}

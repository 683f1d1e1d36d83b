import { randomUUID } from 'node:crypto';
import { runtimePaths } from '../../src/app/paths.js';
import type { TicketEventType } from '../../src/domain/lifecycle.js';
import type { Ticket, TicketState } from '../../src/domain/ticket.js';
import type { Session } from '../../src/services/types.js';
import { openDatabase } from '../../src/storage/database.js';
import { afterSaleInput, type TestApp } from '../support/harness.js';

const HQ_STEPS: readonly { type: TicketEventType; from: TicketState; to: TicketState }[] = [
  { type: 'hq_received', from: 'sent_to_hq', to: 'at_hq' },
  { type: 'hq_inspected', from: 'at_hq', to: 'inspected' },
  // HQ inspected twice: the first result was corrected after a second look.
  { type: 'hq_inspected', from: 'inspected', to: 'inspected' },
  { type: 'hq_shipped_back', from: 'inspected', to: 'shipped_back' },
];

/**
 * Write HQ's side of a ticket's life straight into the database, as HQ sync will: four events
 * and the inspection result, ending in shipped_back.
 */
function recordHqSteps(app: TestApp, ticketNo: string): void {
  const db = openDatabase(runtimePaths(app.dir).database);
  try {
    const ticket = db.tickets.get(ticketNo);
    if (!ticket) throw new Error(`ticket ${ticketNo} not found`);
    db.transaction(() => {
      for (const step of HQ_STEPS) {
        const at = new Date().toISOString();
        db.events.append({ eventId: randomUUID(), ticketNo, type: step.type, fromState: step.from, toState: step.to, operatorId: 'hq', at, payload: null });
      }
      db.tickets.update(
        {
          ...ticket,
          state: 'shipped_back',
          version: ticket.version + 1,
          hqResolution: 'repaired',
          hqInspectionNote: '袖口重新缝合，已熨烫整理，面料无其他损伤。',
          hqReturnTrackingNo: 'SF1400223344',
        },
        ticket.version,
      );
    });
  } finally {
    db.close();
  }
}

/**
 * Take a ticket through its whole after-sale life with every optional field filled: eight
 * timeline events (intake, return batch, four from HQ, arrival, pickup) and six print jobs
 * (receipt, work card, pickup slip and three reprints of the receipt).
 */
export function ticketWithLongHistory(app: TestApp, manager: Session): Ticket {
  const input = afterSaleInput(app, {
    purchaseDate: '2026-11-01',
    salesReceiptNo: 'R20261101-0042',
    accessories: '原装包装盒、吊牌',
    defectDescription: '左袖口开线约三厘米，顾客希望周末前取回',
  });
  const { ticket } = app.service.intake(manager, input);
  app.service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '中通', trackingNo: 'ZT7788990011' });
  recordHqSteps(app, ticket.ticketNo);
  app.service.confirmArrival(manager, [ticket.ticketNo]);
  app.service.pickUp(manager, { ticketNo: ticket.ticketNo, phoneLastFour: '5678', outcome: 'repaired_item' });
  for (let count = 0; count < 3; count += 1) app.service.reprint(manager, 1);
  return app.service.getTicket(ticket.ticketNo);
}

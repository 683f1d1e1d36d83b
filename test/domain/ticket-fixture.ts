import { newTicket } from '../../src/domain/new-ticket.js';
import { ticketSchema, type IntakeInput, type Ticket } from '../../src/domain/ticket.js';

/** Build a valid received after-sale ticket, parsed so it stays valid when the schema changes. */
export function makeTicket(overrides: Partial<Ticket> = {}): Ticket {
  const input = {
    type: 'after_sale',
    customerName: '张三',
    customerPhone: '13812345678',
    styleNo: 'F24-1032',
    productName: '女士羊毛双面呢大衣',
    size: 'M',
    colour: '黑色',
    itemBarcode: '6901234567892',
    quantity: 1,
    purchaseDate: '2026-11-01',
    salesReceiptNo: 'S0001',
    defectCode: 'D01',
    defectDescription: '左袖口开线',
    accessories: '',
    requestedOutcome: 'repair',
  } satisfies IntakeInput;
  const ticket = newTicket(input, {
    ticketNo: 'SH01-0100001X',
    storeCode: 'SH01',
    terminalNo: 1,
    createdAt: '2026-12-04T10:00:00.000+08:00',
    createdBy: 'boss',
  });
  return ticketSchema.parse({ ...ticket, ...overrides });
}

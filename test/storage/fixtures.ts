import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatTicketNo } from '../../src/domain/ticket-number.js';
import { newTicket } from '../../src/domain/new-ticket.js';
import { ticketSchema, type IntakeInput, type Ticket } from '../../src/domain/ticket.js';
import type { Layout } from '../../src/printing/layout.js';

/** Build a valid ticket: `sequence` sets the ticket number and `overrides` any other field. */
export function makeTicket(sequence: number, overrides: Partial<Ticket> = {}): Ticket {
  const input = {
    type: 'after_sale',
    customerName: '王小明',
    customerPhone: '138 1234 5678',
    styleNo: 'AB1234',
    productName: '羊毛大衣',
    size: 'M',
    colour: '黑色',
    itemBarcode: '6901234567892',
    quantity: 1,
    purchaseDate: '2026-11-20',
    salesReceiptNo: 'R20261120001',
    defectCode: 'D01',
    defectDescription: '纽扣脱落',
    accessories: '',
    requestedOutcome: 'repair',
  } satisfies IntakeInput;
  const ticket = newTicket(input, {
    ticketNo: formatTicketNo('SH01', 1, sequence),
    storeCode: 'SH01',
    terminalNo: 1,
    createdAt: '2026-12-04T10:00:00.000+08:00',
    createdBy: 'clerk1',
  });
  return ticketSchema.parse({ ...ticket, ...overrides });
}

export function makeLayout(title: string): Layout {
  return {
    title,
    lines: [
      { kind: 'text', text: '顾客收执联', align: 'center', size: 'double' },
      { kind: 'pair', left: '单号', right: title },
      { kind: 'barcode', data: title, height: 60 },
      { kind: 'cut' },
    ],
  };
}

/** Create a fresh folder under the OS temp folder and return it with a function that removes it. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'desk-storage-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

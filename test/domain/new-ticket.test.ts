import { describe, expect, it } from 'vitest';
import { newTicket } from '../../src/domain/new-ticket.js';
import { ticketSchema } from '../../src/domain/ticket.js';
import { makeTicket } from './ticket-fixture.js';

describe('newTicket', () => {
  const identity = { ticketNo: 'SH01-0100001X', storeCode: 'SH01', terminalNo: 1, createdAt: '2026-12-04T10:00:00.000+08:00', createdBy: 'boss' };

  it('starts received at version 1', () => {
    const ticket = newTicket({ ...makeTicket(), customerPhone: '+86 138 1234 5678' }, identity);
    expect(ticket.state).toBe('received');
    expect(ticket.version).toBe(1);
    expect(ticket.updatedAt).toBe(identity.createdAt);
    expect(ticket.phoneNormalized).toBe('13812345678');
    expect(ticket.shipment).toBeNull();
    expect(ticketSchema.safeParse(ticket).success).toBe(true);
  });

  it('leaves phone empty for pre-sale', () => {
    const ticket = newTicket({ ...makeTicket(), type: 'pre_sale', customerName: '', customerPhone: '' }, identity);
    expect(ticket.phoneNormalized).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import type { Ticket } from '../../src/domain/ticket.js';
import { buildCustomerReceipt } from '../../src/printing/documents/customer-receipt.js';
import { buildPickupSlip } from '../../src/printing/documents/pickup-slip.js';
import { buildReturnManifest } from '../../src/printing/documents/return-manifest.js';
import { buildWorkCard } from '../../src/printing/documents/work-card.js';
import { displayWidth } from '../../src/printing/display-width.js';
import { decodeEscPos } from '../../src/printing/escpos-decode.js';
import type { Layout } from '../../src/printing/layout.js';
import { renderEscPos } from '../../src/printing/render-escpos.js';
import { renderPreview } from '../../src/printing/render-preview.js';
import type { ReturnBatch } from '../../src/storage/types.js';
import { makeTicket } from '../domain/ticket-fixture.js';
import { makeContext, PROFILE_58_WITH_CUTTER, PROFILE_80 } from './helpers.js';

const FULL_PHONE = '13812345678';
const MASKED_PHONE = '138****5678';

const ticket = makeTicket({ customerName: '王喆', accessories: '腰带、防尘袋', defectDescription: '左袖口开线约 3 厘米' });
const second = makeTicket({ ticketNo: 'SH01-0100002V', styleNo: 'M25-880', defectCode: 'D02', requestedOutcome: 'refund' });
const batch: ReturnBatch = {
  batchNo: 'SH01-B0001',
  carrier: '顺丰速运',
  trackingNo: 'SF1234567890',
  sentAt: '2026-12-05T16:00:00.000+08:00',
  operatorId: 'li',
  ticketNos: [ticket.ticketNo, second.ticketNo],
};
const pickedUp: Ticket = {
  ...ticket,
  state: 'picked_up',
  hqResolution: 'exchange_approved',
  handover: {
    outcome: 'replacement',
    replacementBarcode: '6901234567892',
    handedOverBy: 'li',
    identityChecked: true,
    at: '2026-12-20T15:30:00.000+08:00',
  },
};

function documents(columns: number): [string, Layout][] {
  const ctx = makeContext(columns);
  return [
    ['customer receipt', buildCustomerReceipt(ticket, ctx)],
    ['work card', buildWorkCard(ticket, ctx)],
    ['return manifest', buildReturnManifest(batch, [ticket, second], ctx)],
    ['pickup slip', buildPickupSlip(pickedUp, ctx)],
  ];
}

function previewText(layout: Layout, columns = 48): string {
  return renderPreview(layout, columns).join('\n');
}

describe('buildCustomerReceipt', () => {
  const layout = buildCustomerReceipt(ticket, makeContext(48));
  const text = previewText(layout);

  it('shows ticket number, name and masked phone', () => {
    expect(text).toContain(ticket.ticketNo);
    expect(text).toContain('王喆');
    expect(text).toContain(MASKED_PHONE);
  });

  it('never prints the full phone', () => {
    expect(text).not.toContain(FULL_PHONE);
    expect(JSON.stringify(layout)).not.toContain(FULL_PHONE);
  });

  it('carries the ticket number as CODE128', () => {
    expect(decodeEscPos(renderEscPos(layout, PROFILE_80).bytes).barcodes).toEqual([{ type: 'CODE128', data: ticket.ticketNo }]);
  });

  it('lists defect, accessories, request and terms', () => {
    expect(text).toContain('开线');
    expect(text).toContain('腰带、防尘袋');
    expect(text).toContain('维修');
    expect(text).toContain('顾客收执联');
    expect(text).toContain('请妥善保管本联');
  });

  it('prints the terms from settings', () => {
    const custom = previewText(buildCustomerReceipt(ticket, { ...makeContext(48), terms: '本店条款：七日内取件。' }));
    expect(custom).toContain('本店条款：七日内取件。');
    expect(custom).not.toContain('请妥善保管本联');
  });

  it('ends with a cut', () => {
    expect(layout.lines.at(-1)).toEqual({ kind: 'cut' });
  });

  it('prints in English', () => {
    expect(previewText(buildCustomerReceipt(ticket, makeContext(48, 'en')))).toContain('Customer copy');
  });
});

describe('buildWorkCard', () => {
  const text = previewText(buildWorkCard(ticket, makeContext(48)));

  it('shows ticket number, style and defect', () => {
    expect(text).toContain(ticket.ticketNo);
    expect(text).toContain('F24-1032');
    expect(text).toContain('开线');
    expect(text).toContain('维修工单');
  });

  it('leaves the phone off', () => {
    expect(text).not.toContain(FULL_PHONE);
    expect(text).not.toContain(MASKED_PHONE);
  });
});

describe('buildReturnManifest', () => {
  it('has a row per ticket and the count', () => {
    const text = previewText(buildReturnManifest(batch, [ticket, second], makeContext(48)));
    const rows = text.split('\n').filter((line) => line.startsWith('SH01-01'));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toContain('M25-880');
    expect(rows[1]).toContain('拉链损坏');
    expect(rows[1]).toContain('退货退款');
    expect(text).toContain('共 2 件');
    expect(text).toContain('SF1234567890');
  });

  it('carries the batch number as CODE128', () => {
    const layout = buildReturnManifest(batch, [ticket], makeContext(48));
    expect(decodeEscPos(renderEscPos(layout, PROFILE_80).bytes).barcodes).toEqual([{ type: 'CODE128', data: batch.batchNo }]);
  });

  it('uses two rows per ticket on 58 mm paper', () => {
    const lines = renderPreview(buildReturnManifest(batch, [ticket, second], makeContext(32)), 32);
    const numberRow = lines.findIndex((line) => line.startsWith(second.ticketNo));
    expect(lines[numberRow]).toContain('M25-880');
    expect(lines[numberRow + 1]).toContain('拉链损坏');
    expect(lines[numberRow + 1]).toContain('退货退款');
  });
});

describe('buildPickupSlip', () => {
  const text = previewText(buildPickupSlip(pickedUp, makeContext(48)));

  it('shows what the customer got', () => {
    expect(text).toContain('换新商品');
    expect(text).toContain('6901234567892');
    expect(text).toContain('同意换货');
    expect(text).toContain('2026-12-20 15:30');
  });

  it('shows the masked phone only', () => {
    expect(text).toContain(MASKED_PHONE);
    expect(text).not.toContain(FULL_PHONE);
  });

  it('shows a refund receipt number', () => {
    const refunded: Ticket = {
      ...pickedUp,
      handover: { outcome: 'refund', refundReceiptNo: 'R20261220-7', handedOverBy: 'li', identityChecked: true, at: '2026-12-20T15:30:00.000+08:00' },
    };
    expect(previewText(buildPickupSlip(refunded, makeContext(48)))).toContain('R20261220-7');
  });
});

describe('documents on paper', () => {
  it.each([48, 32])('fit %i columns', (columns) => {
    for (const [name, layout] of documents(columns)) {
      for (const line of renderPreview(layout, columns)) {
        expect(displayWidth(line), `${name}: ${line}`).toBeLessThanOrEqual(columns);
      }
    }
  });

  it.each([
    ['80 mm', PROFILE_80],
    ['58 mm', PROFILE_58_WITH_CUTTER],
  ])('print as previewed on %s', (_name, profile) => {
    for (const [name, layout] of documents(profile.columns)) {
      const decoded = decodeEscPos(renderEscPos(layout, profile).bytes, { columns: profile.columns });
      expect(decoded.text, name).toBe(renderPreview(layout, profile.columns, profile).join('\n'));
    }
  });
});

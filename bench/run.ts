/**
 * Measures what the counter feels: saving an intake (ticket, event, two print jobs, one durable
 * SQLite transaction), searching by the last four phone digits, and rendering a receipt to
 * ESC/POS, at several database sizes. Run with `npm run bench`, which prints a table. Seeding
 * writes tickets and events directly (no print jobs) to keep the file small and the run short.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH } from '../src/catalog/default-paths.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { formatTicketNo } from '../src/domain/ticket-number.js';
import type { IntakeInput, Ticket } from '../src/domain/ticket.js';
import { toLocalIso } from '../src/domain/time.js';
import { createTranslator } from '../src/i18n/index.js';
import { PRINTER_PROFILES_DIR } from '../src/app/paths.js';
import { buildCustomerReceipt } from '../src/printing/documents/customer-receipt.js';
import { loadPrinterProfile } from '../src/printing/profiles.js';
import { renderEscPos } from '../src/printing/render-escpos.js';
import { createDeskService } from '../src/services/desk-service.js';
import { openDatabase } from '../src/storage/database.js';
import { openSettings } from '../src/storage/settings-store.js';
import type { DeskDatabase } from '../src/storage/types.js';

const SIZES = [0, 10_000, 100_000];
const SAMPLES = 200;

interface Row {
  tickets: number;
  operation: string;
  medianMs: number;
  p95Ms: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

function measure(samples: number, action: (index: number) => void): { medianMs: number; p95Ms: number } {
  const times: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    const start = performance.now();
    action(index);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95) };
}

function seedTickets(db: DeskDatabase, template: Ticket, count: number, offset: number): void {
  db.transaction(() => {
    for (let index = 0; index < count; index += 1) {
      const sequence = offset + index + 1;
      const phone = `139${String(sequence).padStart(8, '0')}`;
      const ticket: Ticket = { ...template, ticketNo: formatTicketNo('BN01', 2 + Math.floor(sequence / 90_000), (sequence % 90_000) + 1), customerPhone: phone, phoneNormalized: phone };
      db.tickets.insert(ticket);
      db.events.append({ eventId: randomUUID(), ticketNo: ticket.ticketNo, type: 'intake', fromState: null, toState: 'received', operatorId: 'bench', at: ticket.createdAt, payload: {} });
    }
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'service-desk-bench-'));
  const rows: Row[] = [];
  try {
    const settings = await openSettings(join(dir, 'settings.json'));
    await settings.update((draft) => {
      draft.storeCode = 'SH01';
      draft.storeName = '基准测试店';
    });
    const db = openDatabase(join(dir, 'bench.sqlite'));
    const catalog = loadCatalog(DEMO_CATALOG_PATH, DEMO_DEFECT_REASONS_PATH);
    const profile = loadPrinterProfile('generic-80mm', PRINTER_PROFILES_DIR);
    const service = createDeskService({
      db,
      settings,
      catalog,
      printers: { receipt: { profile, label: 'bench' } },
      printTranslate: () => createTranslator('zh-CN'),
      now: () => new Date(),
      onPrintQueued: () => undefined,
    });
    const session = { operatorId: 'bench', displayName: '基准', role: 'manager' as const };
    const product = catalog.products[0];
    const variant = product?.variants[0];
    if (!product || !variant) throw new Error('demo catalog is empty');
    const input: IntakeInput = {
      type: 'after_sale', customerName: '张三', customerPhone: '13812345678', styleNo: product.styleNo, productName: product.name,
      size: variant.size, colour: variant.colour, itemBarcode: variant.barcode, quantity: 1, purchaseDate: '', salesReceiptNo: '',
      defectCode: catalog.reasons[0]?.code ?? 'D01', defectDescription: '左袖口开线', accessories: '', requestedOutcome: 'repair',
    };
    const template = service.intake(session, input).ticket;
    template.createdAt = toLocalIso(new Date());

    let seeded = 0;
    for (const size of SIZES) {
      seedTickets(db, template, size - seeded, seeded);
      seeded = size;
      rows.push({ tickets: size, operation: 'intake (durable commit)', ...measure(SAMPLES, () => service.intake(session, input)) });
      rows.push({ tickets: size, operation: 'search by last 4 digits', ...measure(50, (index) => service.search({ phoneDigits: String(1000 + index) })) });
    }

    const context = { t: createTranslator('zh-CN'), storeName: '基准测试店', storeCode: 'SH01', columns: profile.columns, printedAt: toLocalIso(new Date()), defectLabel: (code: string) => code };
    rows.push({ tickets: seeded, operation: 'receipt layout + ESC/POS', ...measure(SAMPLES, () => renderEscPos(buildCustomerReceipt(template, context), profile)) });
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`);
  console.log('| tickets in DB | operation | median ms | p95 ms |');
  console.log('|---:|---|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.tickets.toLocaleString('en')} | ${row.operation} | ${row.medianMs.toFixed(2)} | ${row.p95Ms.toFixed(2)} |`);
  }
}

await main();

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type DeskApp } from '../../src/app/create-app.js';
import { DeskError } from '../../src/domain/errors.js';
import { silentLogger } from '../../src/logging/logger.js';
import { afterSaleInput, setupStore } from '../support/harness.js';

let dir = '';
const apps: DeskApp[] = [];

afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openInstance(): Promise<DeskApp> {
  const app = await createApp({ dataDir: dir, logger: silentLogger, startPrintWorker: false });
  apps.push(app);
  return app;
}

describe('two app instances on one data folder', () => {
  it('interleaved intakes get distinct numbers', async () => {
    dir = mkdtempSync(join(tmpdir(), 'service-desk-two-'));
    const first = await openInstance();
    const manager = await setupStore(first);
    const second = await openInstance();

    const numbers: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      numbers.push(first.service.intake(manager, afterSaleInput(first)).ticket.ticketNo);
      numbers.push(second.service.intake(manager, afterSaleInput(second)).ticket.ticketNo);
    }

    expect(new Set(numbers).size).toBe(20);
    expect(first.service.search({ limit: 100 })).toHaveLength(20);
  });

  it('stale screen action is rejected', async () => {
    dir = mkdtempSync(join(tmpdir(), 'service-desk-two-'));
    const first = await openInstance();
    const manager = await setupStore(first);
    const second = await openInstance();
    const { ticket } = first.service.intake(manager, afterSaleInput(first));

    second.service.sendReturnBatch(manager, { ticketNos: [ticket.ticketNo], carrier: '顺丰', trackingNo: 'SF1000000001' });

    let caught: unknown;
    try {
      first.service.cancel(manager, ticket.ticketNo, '录错');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DeskError);
    expect((caught as DeskError).code).toBe('transition.illegal');
    expect(first.service.getTicket(ticket.ticketNo).state).toBe('sent_to_hq');
  });
});

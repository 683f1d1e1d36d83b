import { afterEach, describe, expect, it } from 'vitest';
import { formatTicketNo } from '../../src/domain/ticket-number.js';
import type { TestApp } from '../support/harness.js';
import { applyHqUpdates, KEYS, openWorkflowScreen, scan, ticketsSentToHq, waitForFrame, writeKeys } from './workflow-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Three tickets at HQ, and HQ has shipped the third one back. */
async function openArrival() {
  let ticketNos: string[] = [];
  const opened = await openWorkflowScreen({ screen: 'arrival' }, '尚未扫描', (created, session) => {
    ticketNos = ticketsSentToHq(created, session, ['13812345678', '13900001111', '13700002222']);
    applyHqUpdates(created, ticketNos[2] ?? '', [{ kind: 'hq_shipped_back', trackingNo: 'SF777' }]);
  });
  app = opened.app;
  const [expected = '', notScanned = '', shippedBack = ''] = ticketNos;
  return { ...opened, expected, notScanned, shippedBack };
}

describe('ArrivalScreen', () => {
  it('confirms only the expected work card', async () => {
    const { screen, app, expected, notScanned, shippedBack } = await openArrival();
    const unknown = formatTicketNo('SH01', 1, 999);
    await waitForFrame(screen, (frame) => frame.includes('总部已寄回但未扫到：1 件') && frame.includes(shippedBack));

    await scan(screen, expected);
    await waitForFrame(screen, (frame) => frame.includes(`${expected} 可到货`));
    await scan(screen, unknown);
    const scanned = await waitForFrame(screen, (frame) => frame.includes(`「${unknown}」不能到货（异常：本店没有此单）`));
    expect(scanned).toContain('已扫描 2 件：可到货 1 件，异常 1 件');
    expect(scanned).toContain('可到货（总部未确认寄回）');

    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('只确认 1 件到货。1 件异常不会入账，1 件总部已寄回但本次未扫到'));
    await writeKeys(screen.stdin, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('1 件已到货，请通知顾客取件'));
    expect(frame).toContain('总部尚未确认寄回');
    expect(app.service.getTicket(expected)).toMatchObject({ state: 'arrived', arrivedBeforeHqShipped: true });
    expect(app.service.getTicket(notScanned).state).toBe('sent_to_hq');
    expect(app.service.getTicket(shippedBack).state).toBe('shipped_back');
  });

  it('leaves zero counts out of the prompt', async () => {
    const { screen, shippedBack } = await openArrival();
    const unknown = formatTicketNo('SH01', 1, 999);

    await scan(screen, shippedBack);
    await waitForFrame(screen, (frame) => frame.includes(`${shippedBack} 可到货`));
    await scan(screen, unknown);
    await waitForFrame(screen, (frame) => frame.includes(`「${unknown}」不能到货`));
    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('仍要确认吗？'));
    expect(frame).toContain('只确认 1 件到货。1 件异常不会入账。仍要确认吗？');
    expect(frame).not.toContain('0 件');
  });

  it('changes nothing when the prompt is cancelled', async () => {
    const { screen, app, expected } = await openArrival();

    await scan(screen, expected);
    await waitForFrame(screen, (frame) => frame.includes(`${expected} 可到货`));
    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('只确认 1 件到货'));
    await writeKeys(screen.stdin, KEYS.escape);

    await waitForFrame(screen, (frame) => !frame.includes('只确认 1 件到货'));
    expect(app.service.getTicket(expected).state).toBe('sent_to_hq');
  });

  it('confirms a complete parcel without asking', async () => {
    const { screen, app, shippedBack } = await openArrival();

    await scan(screen, shippedBack);
    await waitForFrame(screen, (frame) => frame.includes(`${shippedBack} 可到货`));
    await writeKeys(screen.stdin, KEYS.f10);

    await waitForFrame(screen, (frame) => frame.includes('1 件已到货，请通知顾客取件'));
    expect(app.service.getTicket(shippedBack)).toMatchObject({ state: 'arrived', arrivedBeforeHqShipped: false });
  });

  it('reports a work card scanned twice', async () => {
    const { screen, expected } = await openArrival();

    await scan(screen, expected);
    await waitForFrame(screen, (frame) => frame.includes(`${expected} 可到货`));
    await scan(screen, expected.toLowerCase());

    const frame = await waitForFrame(screen, (current) => current.includes(`单号 ${expected} 已扫描过`));
    expect(frame).toContain('已扫描 1 件');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { afterSaleInput, type TestApp } from '../support/harness.js';
import { fieldLine, KEYS, openWorkflowScreen, scan, waitForFrame, writeKeys } from './workflow-driver.js';

let app: TestApp | null = null;

afterEach(async () => {
  await app?.close();
  app = null;
});

/** Two received tickets and the return batch screen. */
async function openReturnBatch() {
  let ticketNos: string[] = [];
  const opened = await openWorkflowScreen({ screen: 'return_batch' }, '出库清单为空', (created, session) => {
    ticketNos = ['13812345678', '13900001111'].map(
      (customerPhone) => created.service.intake(session, afterSaleInput(created, { customerPhone })).ticket.ticketNo,
    );
  });
  app = opened.app;
  const [first = '', second = ''] = ticketNos;
  return { ...opened, first, second };
}

describe('ReturnBatchScreen', () => {
  it('sends two scanned work cards', async () => {
    const { screen, app, first, second } = await openReturnBatch();
    const queuedBefore = app.service.status().printQueue.queued;

    await scan(screen, first);
    await waitForFrame(screen, (frame) => frame.includes('出库清单：1 件'));
    await scan(screen, 'HELLO-123');
    await waitForFrame(screen, (frame) => frame.includes('「HELLO-123」不是售后单号'));
    await scan(screen, second);
    await waitForFrame(screen, (frame) => frame.includes('出库清单：2 件'));
    await scan(screen, first);
    const duplicate = await waitForFrame(screen, (frame) => frame.includes(`单号 ${first} 已在出库清单中`));
    expect(duplicate).toContain('出库清单：2 件');

    await writeKeys(screen.stdin, KEYS.up);
    await waitForFrame(screen, (frame) => fieldLine(frame, '运单号').startsWith('>'));
    await scan(screen, 'SF1234567890');
    await waitForFrame(screen, (frame) => fieldLine(frame, '运单号').includes('SF1234567890'));
    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('确认出库 2 件？承运商：顺丰，运单号：SF1234567890'));
    await writeKeys(screen.stdin, KEYS.enter);

    const frame = await waitForFrame(screen, (current) => current.includes('出库清单已送打印'));
    expect(frame).toContain('出库清单为空');
    for (const ticketNo of [first, second]) {
      const ticket = app.service.getTicket(ticketNo);
      expect(ticket.state).toBe('sent_to_hq');
      expect(ticket.shipment).toMatchObject({ carrier: '顺丰', trackingNo: 'SF1234567890' });
      expect(frame).toContain(ticket.shipment?.batchNo);
    }
    expect(app.service.status().printQueue.queued).toBe(queuedBefore + 1);
  });

  it('requires a tracking number', async () => {
    const { screen, app, first } = await openReturnBatch();

    await scan(screen, first);
    await waitForFrame(screen, (frame) => frame.includes('出库清单：1 件'));
    await writeKeys(screen.stdin, KEYS.f10);

    const frame = await waitForFrame(screen, (current) => current.includes('请填写「运单号」'));
    expect(fieldLine(frame, '运单号').startsWith('>')).toBe(true);
    expect(app.service.getTicket(first).state).toBe('received');
  });

  it('keeps the list when the prompt is cancelled', async () => {
    const { screen, app, first } = await openReturnBatch();

    await scan(screen, first);
    await writeKeys(screen.stdin, KEYS.up);
    await waitForFrame(screen, (frame) => fieldLine(frame, '运单号').startsWith('>'));
    await writeKeys(screen.stdin, 'YT9988');
    await waitForFrame(screen, (frame) => fieldLine(frame, '运单号').includes('YT9988'));
    await writeKeys(screen.stdin, KEYS.f10);
    await waitForFrame(screen, (frame) => frame.includes('确认出库 1 件？'));
    await writeKeys(screen.stdin, KEYS.escape);

    const frame = await waitForFrame(screen, (current) => !current.includes('确认出库 1 件？'));
    expect(frame).toContain('出库清单：1 件');
    expect(app.service.getTicket(first).state).toBe('received');
    expect(app.context.navigation.getState().stack.at(-1)).toEqual({ screen: 'return_batch' });
  });

  it('removes the selected line with F8', async () => {
    const { screen, first, second } = await openReturnBatch();

    await scan(screen, first);
    await scan(screen, second);
    await waitForFrame(screen, (frame) => frame.includes('出库清单：2 件'));
    await writeKeys(screen.stdin, KEYS.f8);

    const frame = await waitForFrame(screen, (current) => current.includes(`已从清单移除 ${second}`));
    expect(frame).toContain('出库清单：1 件');
  });

  it('names carriers in English', async () => {
    let first = '';
    const opened = await openWorkflowScreen(
      { screen: 'return_batch' },
      'The batch is empty',
      (created, session) => {
        first = created.service.intake(session, afterSaleInput(created)).ticket.ticketNo;
      },
      { language: 'en' },
    );
    app = opened.app;
    const { screen } = opened;

    await scan(screen, first);
    await waitForFrame(screen, (frame) => frame.includes('Return batch: 1 items'));
    await writeKeys(screen.stdin, KEYS.up);
    await waitForFrame(screen, (frame) => fieldLine(frame, 'Tracking no.').startsWith('>'));
    await scan(screen, 'SF1234567890');
    await waitForFrame(screen, (frame) => fieldLine(frame, 'Tracking no.').includes('SF1234567890'));
    await writeKeys(screen.stdin, KEYS.f10);

    const prompt = await waitForFrame(screen, (frame) => frame.includes('Send 1 items to HQ?'));
    expect(prompt).toContain('Carrier: SF Express, tracking no.: SF1234567890');
    expect(prompt).not.toContain('顺丰');
    await writeKeys(screen.stdin, KEYS.enter);

    await waitForFrame(screen, (frame) => frame.includes('The manifest was sent to the printer'));
    expect(opened.app.service.getTicket(first).shipment).toMatchObject({ carrier: '顺丰' });
  });
});

describe('ReturnBatchScreen revisited', () => {
  it('drops the last visit error', async () => {
    const { screen, first } = await openReturnBatch();

    await scan(screen, first);
    await waitForFrame(screen, (frame) => frame.includes('出库清单：1 件'));
    await scan(screen, 'HELLO-123');
    await waitForFrame(screen, (frame) => frame.includes('「HELLO-123」不是售后单号'));
    await writeKeys(screen.stdin, KEYS.f6);
    await waitForFrame(screen, (frame) => frame.includes('开始日期'));
    await writeKeys(screen.stdin, KEYS.f3);

    const frame = await waitForFrame(screen, (current) => current.includes('出库清单：1 件'));
    expect(frame).not.toContain('HELLO-123');
  });
});

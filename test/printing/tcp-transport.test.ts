import net from 'node:net';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { buildCustomerReceipt } from '../../src/printing/documents/customer-receipt.js';
import { decodeEscPos } from '../../src/printing/escpos-decode.js';
import { renderEscPos } from '../../src/printing/render-escpos.js';
import { createTransport } from '../../src/printing/transports/create-transport.js';
import { createTcpTransport } from '../../src/printing/transports/tcp.js';
import { makeTicket } from '../domain/ticket-fixture.js';
import { closedPort, makeContext, PROFILE_80, startCaptureServer } from './helpers.js';
import type { CaptureServer } from './helpers.js';

async function sendError(send: Promise<void>): Promise<DeskError> {
  try {
    await send;
  } catch (error) {
    if (error instanceof DeskError) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

let server: CaptureServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('TCP transport', () => {
  it('delivers a receipt the printer can decode', async () => {
    server = await startCaptureServer();
    const ticket = makeTicket({ customerName: '王喆' });
    const { bytes } = renderEscPos(buildCustomerReceipt(ticket, makeContext(48)), PROFILE_80);

    await createTcpTransport({ host: '127.0.0.1', port: server.port }).send(bytes);
    await expectJobs(server, 1);

    const received = server.jobs[0] ?? Buffer.alloc(0);
    expect(received.equals(bytes)).toBe(true);
    const decoded = decodeEscPos(received);
    expect(decoded.text).toContain(ticket.ticketNo);
    expect(decoded.barcodes).toContainEqual({ type: 'CODE128', data: ticket.ticketNo });
    expect(decoded.commands).toContain('GS k 73');
    const nameAt = received.indexOf(iconv.encode('王喆', 'gbk'));
    expect(nameAt).toBeGreaterThan(decoded.chineseModeOnAt[0] ?? Infinity);
  });

  it('succeeds when the printer keeps its side open', async () => {
    const chunks: Buffer[] = [];
    const sockets: net.Socket[] = [];
    const halfOpen = net.createServer({ allowHalfOpen: true }, (socket) => {
      sockets.push(socket);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    });
    await new Promise<void>((resolve) => halfOpen.listen(0, '127.0.0.1', resolve));
    const { port } = halfOpen.address() as AddressInfo;

    try {
      await createTcpTransport({ host: '127.0.0.1', port, closeWaitMs: 100 }).send(Buffer.from('job'));
      expect(Buffer.concat(chunks).toString()).toBe('job');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => halfOpen.close(() => resolve()));
    }
  });

  it('reports a closed port as offline', async () => {
    const port = await closedPort();
    const error = await sendError(createTcpTransport({ host: '127.0.0.1', port }).send(Buffer.from('x')));
    expect(error.code).toBe('printer.offline');
    expect(error.params).toMatchObject({ printer: `tcp://127.0.0.1:${port}`, reason: 'ECONNREFUSED' });
  });

  it('reports a connection dropped mid-job as outcome unknown', async () => {
    server = await startCaptureServer((socket) => socket.once('data', () => socket.destroy()));
    // Far more than the loopback socket buffers hold, so the drop comes before the last byte.
    const job = Buffer.alloc(32 * 1024 * 1024, 0x41);

    const error = await sendError(createTcpTransport({ host: '127.0.0.1', port: server.port }).send(job));
    expect(error.code).toBe('printer.outcome_unknown');
  });

  it('reports a stalled printer as outcome unknown', async () => {
    server = await startCaptureServer((socket) => socket.pause());
    const job = Buffer.alloc(32 * 1024 * 1024, 0x41);

    const transport = createTcpTransport({ host: '127.0.0.1', port: server.port, writeTimeoutMs: 300 });
    const error = await sendError(transport.send(job));
    expect(error.code).toBe('printer.outcome_unknown');
    expect(error.params.reason).toBe('timeout');
  });

  it('reports an abort before connecting as offline', async () => {
    server = await startCaptureServer();
    const controller = new AbortController();
    controller.abort();

    const error = await sendError(createTcpTransport({ host: '127.0.0.1', port: server.port }).send(Buffer.from('x'), controller.signal));
    expect(error.code).toBe('printer.offline');
    expect(error.params.reason).toBe('aborted');
  });
});

describe('createTransport', () => {
  it('parses virtual and tcp connections', () => {
    expect(createTransport('virtual', '/tmp/print-jobs').label).toBe('virtual');
    expect(createTransport('tcp://127.0.0.1:9100', '/tmp/print-jobs').label).toBe('tcp://127.0.0.1:9100');
  });

  it.each(['usb', 'tcp://127.0.0.1', 'tcp://127.0.0.1:70000', 'tcp://127.0.0.1:0'])('rejects %s', (connection) => {
    expect(() => createTransport(connection, '/tmp/print-jobs')).toThrow(expect.objectContaining({ code: 'printer.connection_invalid' }));
  });
});

async function expectJobs(capture: CaptureServer, count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (capture.jobs.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(capture.jobs).toHaveLength(count);
}

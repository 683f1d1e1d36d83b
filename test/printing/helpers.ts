import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { createTranslator } from '../../src/i18n/index.js';
import type { Language } from '../../src/i18n/index.js';
import type { DocumentContext } from '../../src/printing/documents/context.js';
import { loadPrinterProfile } from '../../src/printing/profiles.js';
import type { PrinterProfile } from '../../src/printing/profiles.js';

export const PROFILE_80 = loadPrinterProfile('generic-80mm');
export const PROFILE_58 = loadPrinterProfile('generic-58mm');
/** The 58 mm paper with a cutter, so its bytes and its preview show the same cut line. */
export const PROFILE_58_WITH_CUTTER: PrinterProfile = { ...PROFILE_58, cutter: true };

const DEFECT_LABELS: Record<string, string> = { D01: '开线', D02: '拉链损坏' };

/** Build a document context for the demo store at the given paper width. */
export function makeContext(columns: number, language: Language = 'zh-CN'): DocumentContext {
  return {
    t: createTranslator(language),
    storeName: '上海南京路店',
    storeCode: 'SH01',
    columns,
    printedAt: '2026-12-04T10:05:00.000+08:00',
    defectLabel: (code) => DEFECT_LABELS[code] ?? code,
    operatorName: '李四',
  };
}

/** A TCP server on 127.0.0.1 that keeps every connection's bytes. */
export interface CaptureServer {
  port: number;
  /** Bytes of each closed connection, in the order they closed. */
  jobs: Buffer[];
  close(): Promise<void>;
}

/**
 * Listen as a network printer on 127.0.0.1:`port` (0 picks a free port) and keep the bytes of
 * each connection as one job. Rejects when the port is taken.
 */
export function startCaptureServer(onConnection?: (socket: net.Socket) => void, port = 0): Promise<CaptureServer> {
  const jobs: Buffer[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      jobs.push(Buffer.concat(chunks));
    });
    onConnection?.(socket);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve({
        port: bound,
        jobs,
        close: () =>
          new Promise<void>((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Find a port on 127.0.0.1 where nothing listens by binding one and releasing it. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Wait until `check` is true, polling every 10 ms. Fails after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Check that `bytes` is ASCII and two-byte GBK only. Throws on a four-byte GB18030 sequence. */
export function assertTwoByteGbkOnly(bytes: Buffer): void {
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x81 || byte > 0xfe) continue;
    const trail = bytes[index + 1] ?? -1;
    if (trail >= 0x30 && trail <= 0x39) throw new Error(`four-byte GB18030 sequence at ${index}`);
    if (trail < 0x40 || trail > 0xfe || trail === 0x7f) throw new Error(`invalid GBK trail byte at ${index + 1}`);
    index += 1;
  }
}

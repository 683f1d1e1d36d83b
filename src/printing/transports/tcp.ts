import net from 'node:net';
import { DeskError } from '../../domain/errors.js';
import type { PrinterTransport } from './types.js';

export interface TcpTransportOptions {
  host: string;
  /** 9100 on most network receipt printers. */
  port: number;
  /** Time allowed to open the connection, in ms. */
  connectTimeoutMs?: number;
  /** Time allowed from connected until every byte is handed over, in ms. */
  writeTimeoutMs?: number;
  /**
   * Time to wait after the last byte and our FIN for the printer to close its side, in ms. A
   * reset in this window means the job may be cut short. Silence means success, because some
   * printers keep the connection open until the client goes away.
   */
  closeWaitMs?: number;
}

/**
 * Create a raw TCP (port 9100) transport to a network printer. node:net is used directly
 * instead of node-thermal-printer's network interface because that interface (4.6.1,
 * lib/interfaces/network.js) cannot tell "never connected" from "broke mid-job". It gives
 * net.connect one idle `timeout` and rejects with the same `Socket timeout` Error before and
 * after the connection opened. It also passes socket errors on without saying whether any byte
 * was written. Here a failure before the connection opens is `printer.offline` (safe to retry)
 * and any failure after it is `printer.outcome_unknown` (ask the clerk).
 */
export function createTcpTransport(options: TcpTransportOptions): PrinterTransport {
  const label = `tcp://${options.host}:${options.port}`;
  return {
    label,
    send: (bytes, signal) => sendOverTcp(label, options, bytes, signal),
  };
}

function sendOverTcp(label: string, options: TcpTransportOptions, bytes: Buffer, signal?: AbortSignal): Promise<void> {
  const { host, port, connectTimeoutMs = 3000, writeTimeoutMs = 10_000, closeWaitMs = 2000 } = options;

  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DeskError('printer.offline', { printer: label, reason: 'aborted' }, { cause: signal.reason }));
      return;
    }

    const socket = new net.Socket();
    let connected = false;
    let flushed = false;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;

    const settle = (error?: DeskError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };

    const fail = (reason: string, cause?: unknown) => {
      const code = connected && bytes.length > 0 ? 'printer.outcome_unknown' : 'printer.offline';
      settle(new DeskError(code, { printer: label, reason }, { cause }));
    };

    const onAbort = () => fail('aborted', signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });

    socket.on('error', (error: NodeJS.ErrnoException) => fail(error.code ?? 'error', error));
    // Printers may send status bytes, and reading them keeps our close graceful (no reset).
    socket.on('data', () => undefined);
    socket.on('close', () => {
      if (flushed) settle();
      else fail('closed');
    });

    timer = setTimeout(() => fail('timeout'), connectTimeoutMs);
    socket.connect({ host, port }, () => {
      connected = true;
      clearTimeout(timer);
      timer = setTimeout(() => fail('timeout'), writeTimeoutMs);

      // end() writes the job, then sends FIN. Its callback runs once the kernel has every byte.
      socket.end(bytes, () => {
        flushed = true;
        clearTimeout(timer);
        timer = setTimeout(() => settle(), closeWaitMs);
      });
    });
  });
}

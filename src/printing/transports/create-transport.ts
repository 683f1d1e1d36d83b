import { DeskError } from '../../domain/errors.js';
import { createTcpTransport } from './tcp.js';
import type { PrinterTransport } from './types.js';
import { createVirtualTransport } from './virtual.js';
import type { VirtualTransportOptions } from './virtual.js';

export type { PrinterTransport } from './types.js';
export { createTcpTransport } from './tcp.js';
export type { TcpTransportOptions } from './tcp.js';
export { createVirtualTransport } from './virtual.js';
export type { SavedJob, VirtualTransport, VirtualTransportOptions } from './virtual.js';

const TCP_CONNECTION = /^tcp:\/\/([^\s:/]+):(\d{1,5})$/;

/**
 * Create the transport for a printer setting. `virtual` writes jobs into `virtualDir` (the app
 * uses data/runtime/print-jobs) and `tcp://HOST:PORT` sends to a network printer. Anything
 * else, or a port outside 1 to 65535, throws DeskError `printer.connection_invalid`.
 */
export function createTransport(connection: string, virtualDir: string, virtualOptions: VirtualTransportOptions = {}): PrinterTransport {
  if (connection === 'virtual') return createVirtualTransport(virtualDir, virtualOptions);

  const match = TCP_CONNECTION.exec(connection);
  const port = Number(match?.[2]);
  if (!match?.[1] || !Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new DeskError('printer.connection_invalid', { value: connection });
  }
  return createTcpTransport({ host: match[1], port });
}

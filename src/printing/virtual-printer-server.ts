import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { saveJobFiles } from './transports/virtual.js';
import type { SavedJob } from './transports/virtual.js';

export interface VirtualPrinterOptions {
  /** Address to listen on, loopback by default. */
  host?: string;
  /** Port to listen on, 9100 like a network printer. 0 picks a free port. */
  port?: number;
  /** Folder for the job files. */
  dir: string;
  /** Paper columns for the `.txt` preview. */
  columns?: number;
  onJob?: (job: SavedJob & { bytes: number }) => void;
  onError?: (error: unknown) => void;
}

export interface VirtualPrinterServer {
  readonly host: string;
  readonly port: number;
  /** Stop listening, let open connections finish (at most `graceMs`), then resolve. */
  close(graceMs?: number): Promise<void>;
}

/**
 * Start a stand-in for a network printer. Each connection's bytes are one job, saved with
 * saveJobFiles when the connection closes. It closes its side when the client does, as
 * printers do, so the TCP transport gets a clean end of job. Connections that send nothing
 * (status probes) are not saved.
 */
export function startVirtualPrinter(options: VirtualPrinterOptions): Promise<VirtualPrinterServer> {
  const sockets = new Set<net.Socket>();
  const pendingSaves = new Set<Promise<void>>();

  const server = net.createServer((socket) => {
    sockets.add(socket);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => options.onError?.(error));
    socket.on('close', () => {
      sockets.delete(socket);
      const bytes = Buffer.concat(chunks);
      if (bytes.length === 0) return;

      const columns = options.columns === undefined ? {} : { columns: options.columns };
      const save = saveJobFiles(options.dir, bytes, columns)
        .then((job) => options.onJob?.({ ...job, bytes: bytes.length }))
        .catch((error: unknown) => options.onError?.(error))
        .finally(() => pendingSaves.delete(save));
      pendingSaves.add(save);
    });
  });

  const close = async (graceMs = 2000): Promise<void> => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    const grace = setTimeout(() => {
      for (const socket of sockets) socket.destroy();
    }, graceMs);
    grace.unref();
    for (const socket of sockets) socket.end();

    await closed;
    clearTimeout(grace);
    await Promise.all([...pendingSaves]);
  };

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 9100, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', (error) => options.onError?.(error));
      const address = server.address() as AddressInfo;
      resolve({ host: address.address, port: address.port, close });
    });
  });
}

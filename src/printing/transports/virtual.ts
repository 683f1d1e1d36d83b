import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DeskError } from '../../domain/errors.js';
import { decodeEscPos } from '../escpos-decode.js';
import type { DecodedEscPos } from '../escpos-decode.js';
import type { PrinterTransport } from './types.js';

export interface VirtualTransportOptions {
  /** Paper columns for placing lines in the `.txt` preview. Without it, lines start at the left. */
  columns?: number;
}

/** A transport that keeps each job as files, for demo mode and tests. */
export interface VirtualTransport extends PrinterTransport {
  readonly dir: string;
}

/** The two files of one saved job and what the bytes decode to. */
export interface SavedJob {
  binFile: string;
  txtFile: string;
  decoded: DecodedEscPos;
}

let savedJobs = 0;

/**
 * Save one job as `<dir>/<timestamp>-<n>.bin` (the exact bytes) and `.txt` (decoded with
 * decodeEscPos). Each file is written under a temporary name and renamed, and the `.txt` comes
 * first, so a reader that finds a `.bin` also finds its `.txt`. `n` counts jobs in this process.
 */
export async function saveJobFiles(dir: string, bytes: Buffer, options: VirtualTransportOptions = {}): Promise<SavedJob> {
  savedJobs += 1;
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const base = path.join(dir, `${stamp}-${String(savedJobs).padStart(4, '0')}`);
  const decoded = decodeEscPos(bytes, options.columns === undefined ? {} : { columns: options.columns });

  await mkdir(dir, { recursive: true });
  await writeAtomically(`${base}.txt`, `${decoded.text}\n`);
  await writeAtomically(`${base}.bin`, bytes);
  return { binFile: `${base}.bin`, txtFile: `${base}.txt`, decoded };
}

/**
 * Create a printer that writes each job into `dir` (see saveJobFiles). A failed write throws
 * `printer.offline` because no complete job exists, so sending again is safe.
 */
export function createVirtualTransport(dir: string, options: VirtualTransportOptions = {}): VirtualTransport {
  const send = async (bytes: Buffer, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw new DeskError('printer.offline', { printer: 'virtual', reason: 'aborted' });
    try {
      await saveJobFiles(dir, bytes, options);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'error';
      throw new DeskError('printer.offline', { printer: 'virtual', reason }, { cause: error });
    }
  };

  return { label: 'virtual', dir, send };
}

async function writeAtomically(file: string, data: Buffer | string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

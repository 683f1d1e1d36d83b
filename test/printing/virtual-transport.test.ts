import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWorkCard } from '../../src/printing/documents/work-card.js';
import { renderEscPos } from '../../src/printing/render-escpos.js';
import { renderPreview } from '../../src/printing/render-preview.js';
import { createTcpTransport } from '../../src/printing/transports/tcp.js';
import { createVirtualTransport } from '../../src/printing/transports/virtual.js';
import type { SavedJob } from '../../src/printing/transports/virtual.js';
import { startVirtualPrinter } from '../../src/printing/virtual-printer-server.js';
import { makeTicket } from '../domain/ticket-fixture.js';
import { makeContext, PROFILE_80, waitFor } from './helpers.js';

const ticket = makeTicket();
const layout = buildWorkCard(ticket, makeContext(48));
const { bytes } = renderEscPos(layout, PROFILE_80);

describe('virtual transport', () => {
  it('writes each job as .bin and .txt', async () => {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'virtual-')), 'print-jobs');
    const transport = createVirtualTransport(dir, { columns: 48 });

    await transport.send(bytes);
    await transport.send(bytes);

    const files = readdirSync(dir).sort();
    expect(files.filter((file) => file.endsWith('.bin'))).toHaveLength(2);
    expect(files.filter((file) => file.endsWith('.txt'))).toHaveLength(2);
    expect(files.some((file) => file.endsWith('.tmp'))).toBe(false);

    const [binFile, txtFile] = files;
    expect(readFileSync(path.join(dir, binFile ?? '')).equals(bytes)).toBe(true);
    expect(txtFile).toBe(binFile?.replace(/\.bin$/, '.txt'));
    expect(readFileSync(path.join(dir, txtFile ?? ''), 'utf8')).toBe(`${renderPreview(layout, 48, PROFILE_80).join('\n')}\n`);
  });
});

describe('virtual printer server', () => {
  it('saves each connection as one job', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'virtual-printer-'));
    const jobs: (SavedJob & { bytes: number })[] = [];
    const printer = await startVirtualPrinter({ port: 0, dir, columns: 48, onJob: (job) => jobs.push(job) });

    try {
      await createTcpTransport({ host: '127.0.0.1', port: printer.port }).send(bytes);
      await waitFor(() => jobs.length === 1);
    } finally {
      await printer.close();
    }

    expect(jobs[0]?.bytes).toBe(bytes.length);
    expect(jobs[0]?.decoded.barcodes).toEqual([{ type: 'CODE128', data: ticket.ticketNo }]);
    expect(readFileSync(jobs[0]?.txtFile ?? '', 'utf8')).toContain('维修工单');
  });
});

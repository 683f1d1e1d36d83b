import iconv from 'iconv-lite';
import { decodeEscPos, type DecodedEscPos } from '../../src/printing/escpos-decode.js';
import type { CaptureServer } from '../printing/helpers.js';

/** One job as the printer received it: the raw bytes of one connection and their decoding. */
export interface PrintedJob {
  bytes: Buffer;
  decoded: DecodedEscPos;
}

const POLL_INTERVAL_MS = 10;

/**
 * Wait until the capture server has received `count` jobs and return them decoded, in arrival order.
 * Throws after `timeoutMs` with the number that arrived, so a failing test shows how far the
 * print queue got.
 */
export async function waitForPrintedJobs(server: CaptureServer, count: number, timeoutMs = 8000): Promise<PrintedJob[]> {
  const deadline = Date.now() + timeoutMs;
  while (server.jobs.length < count) {
    if (Date.now() >= deadline) throw new Error(`printer received ${server.jobs.length} of ${count} jobs within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  return server.jobs.map((bytes) => ({ bytes, decoded: decodeEscPos(bytes) }));
}

/** Return the job whose printed text contains `title`. Throws naming the titles that did print. */
export function jobTitled(jobs: readonly PrintedJob[], title: string): PrintedJob {
  const job = jobs.find((candidate) => candidate.decoded.text.includes(title));
  if (!job) {
    const firstLines = jobs.map((candidate) => candidate.decoded.text.split('\n').slice(0, 3).join(' | '));
    throw new Error(`no printed job titled ${title}; jobs start with:\n${firstLines.join('\n')}`);
  }
  return job;
}

const CHINESE_MODE_ON = Buffer.from([0x1c, 0x26]);
const CHINESE_MODE_OFF = Buffer.from([0x1c, 0x2e]);
const PRINTER_RESET = Buffer.from([0x1b, 0x40]);

/**
 * Return where the GBK bytes of `text` start in the job, or -1, but only when Chinese mode is
 * on there: the nearest FS & before them with no FS . or ESC @ in between. A printer outside
 * Chinese mode prints those bytes as single-byte code page characters.
 */
export function gbkOffsetInChineseMode(bytes: Buffer, text: string): number {
  const at = bytes.indexOf(iconv.encode(text, 'gbk'));
  if (at < 0) return -1;

  const modeOnAt = bytes.lastIndexOf(CHINESE_MODE_ON, at);
  if (modeOnAt < 0) return -1;
  const between = bytes.subarray(modeOnAt, at);
  if (between.includes(CHINESE_MODE_OFF) || between.includes(PRINTER_RESET)) return -1;
  return at;
}

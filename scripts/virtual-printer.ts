/**
 * A stand-in for a network receipt printer: listens like one on port 9100 and keeps each job as
 * a `.bin` file with a decoded `.txt` preview under data/runtime/virtual-printer/.
 * Usage: npm run printer:virtual -- [--port 9100] [--host 127.0.0.1] [--columns 48] [--dir PATH]
 * Point the app at it with `--printer tcp://127.0.0.1:9100`. Ctrl+C stops it.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startVirtualPrinter } from '../src/printing/virtual-printer-server.js';
import type { DecodedEscPos } from '../src/printing/escpos-decode.js';

const DEFAULT_DIR = fileURLToPath(new URL('../data/runtime/virtual-printer/', import.meta.url));

function parseInteger(name: string, raw: string, min: number, max: number): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    process.exit(2);
  }
  return value;
}

/** Summarise a job in one line: size, cuts, barcodes and the first printed words. */
function describeJob(jobNumber: number, bytes: number, decoded: DecodedEscPos, file: string): string {
  const cuts = decoded.commands.filter((command) => command.startsWith('GS V')).length;
  const barcodes = decoded.barcodes.map((barcode) => barcode.data).join(', ') || 'none';
  const firstLine = decoded.text.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
  return `job ${jobNumber}: ${bytes} bytes, ${cuts} cut(s), CODE128 ${barcodes}, "${firstLine}" -> ${file}`;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '9100' },
    host: { type: 'string', default: '127.0.0.1' },
    columns: { type: 'string', default: '48' },
    dir: { type: 'string', default: DEFAULT_DIR },
  },
});

const port = parseInteger('port', values.port, 0, 65_535);
const columns = parseInteger('columns', values.columns, 16, 96);
let jobNumber = 0;

try {
  const printer = await startVirtualPrinter({
    host: values.host,
    port,
    dir: values.dir,
    columns,
    onJob: (job) => {
      jobNumber += 1;
      console.log(describeJob(jobNumber, job.bytes, job.decoded, job.txtFile));
    },
    onError: (error) => console.error('virtual printer error:', error instanceof Error ? error.message : error),
  });
  console.log(`Virtual printer on tcp://${printer.host}:${printer.port}, ${columns} columns, jobs in ${values.dir}. Ctrl+C stops.`);

  process.once('SIGINT', () => {
    console.log('Stopping: finishing open jobs...');
    printer
      .close()
      .then(() => console.log(`Stopped after ${jobNumber} job(s).`))
      .catch((error: unknown) => {
        console.error('virtual printer did not stop cleanly:', error);
        process.exitCode = 1;
      });
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EADDRINUSE' ? `port ${port} is already in use; pass --port N` : String(error);
  console.error(`Virtual printer could not start on ${values.host}:${port}: ${reason}`);
  process.exitCode = 1;
}

import iconv from 'iconv-lite';
import type { Align } from './layout.js';
import { barcodeMark, cutMark, placeLine, qrMark } from './paper-lines.js';

/**
 * A small ESC/POS reader for the commands renderEscPos emits, used by tests and the virtual
 * printer's preview. Text is decoded as GBK only while Chinese mode (FS &) is on, as a printer
 * does. ESC @ switches it off, so a job that omits FS & after a cut shows mojibake here too.
 */

export interface DecodedEscPos {
  /** Printed lines joined by LF, with barcode, QR and cut marks as in renderPreview. */
  text: string;
  /** Every command in order, e.g. `ESC @`, `FS &`, `ESC a 1`, `GS k 73`, `GS V 1`. */
  commands: string[];
  /** Byte offsets of each FS & (Chinese mode on). */
  chineseModeOnAt: number[];
  barcodes: { type: 'CODE128'; data: string }[];
  /** Data of each QR code printed (GS ( k function 81), decoded as UTF-8. */
  qrCodes: string[];
}

export interface DecodeOptions {
  /** Paper columns: when given, lines are placed by alignment and size as renderPreview does. */
  columns?: number;
}

const ESC = 0x1b;
const FS = 0x1c;
const GS = 0x1d;
const LF = 0x0a;
const CR = 0x0d;

interface PrinterState {
  chinese: boolean;
  align: Align;
  /** Character width multiplier from GS ! bits 4 to 6. */
  scale: number;
}

const ALIGNMENTS: Record<number, Align> = { 0: 'left', 1: 'center', 2: 'right', 48: 'left', 49: 'center', 50: 'right' };

/** Decode printer bytes. An unknown command is listed as `unknown XX` and skipped. */
export function decodeEscPos(bytes: Buffer, options: DecodeOptions = {}): DecodedEscPos {
  const result: DecodedEscPos = { text: '', commands: [], chineseModeOnAt: [], barcodes: [], qrCodes: [] };
  const lines: string[] = [];
  const state: PrinterState = { chinese: false, align: 'left', scale: 1 };
  let lineText = '';
  let run: number[] = [];
  let storedQr = '';

  const hex = (value: number) => value.toString(16).toUpperCase().padStart(2, '0');
  const flushRun = () => {
    lineText += decodeRun(Buffer.from(run), state.chinese);
    run = [];
  };
  const place = (text: string, align: Align, scale = 1) =>
    options.columns === undefined ? text : placeLine(text, align, options.columns, scale);
  const command = (name: string) => {
    flushRun();
    result.commands.push(name);
  };

  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const next = bytes[index + 1] ?? -1;
    const argument = bytes[index + 2] ?? 0;

    if (byte === LF) {
      flushRun();
      lines.push(place(lineText, state.align, state.scale));
      lineText = '';
      index += 1;
    } else if (byte === CR) {
      index += 1;
    } else if (byte === ESC && next === 0x40) {
      command('ESC @');
      Object.assign(state, { chinese: false, align: 'left', scale: 1 });
      index += 2;
    } else if (byte === ESC && (next === 0x61 || next === 0x45 || next === 0x64)) {
      command(`ESC ${String.fromCharCode(next)} ${argument}`);
      if (next === 0x61) state.align = ALIGNMENTS[argument] ?? 'left';
      index += 3;
    } else if (byte === FS && next === 0x26) {
      command('FS &');
      result.chineseModeOnAt.push(index);
      state.chinese = true;
      index += 2;
    } else if (byte === FS && next === 0x2e) {
      command('FS .');
      state.chinese = false;
      index += 2;
    } else if (byte === GS && next === 0x21) {
      command(`GS ! ${hex(argument)}`);
      state.scale = ((argument >> 4) & 0x07) + 1;
      index += 3;
    } else if (byte === GS && (next === 0x48 || next === 0x66 || next === 0x77 || next === 0x68)) {
      command(`GS ${String.fromCharCode(next)} ${argument}`);
      index += 3;
    } else if (byte === GS && next === 0x6b) {
      command(`GS k ${argument}`);
      const end = readBarcode(bytes, index, argument, result);
      const barcode = result.barcodes.at(-1);
      if (argument === 73 && barcode) lines.push(place(barcodeMark(barcode.data), state.align));
      index = end;
    } else if (byte === GS && next === 0x28 && argument === 0x6b) {
      const length = (bytes[index + 3] ?? 0) + (bytes[index + 4] ?? 0) * 256;
      const body = bytes.subarray(index + 5, index + 5 + length);
      const [symbol = 0, fn = 0] = body;
      command(`GS ( k ${hex(symbol)} ${hex(fn)}`);
      if (symbol === 0x31 && fn === 0x50) storedQr = body.subarray(3).toString('utf8');
      if (symbol === 0x31 && fn === 0x51) {
        result.qrCodes.push(storedQr);
        lines.push(place(qrMark(storedQr), state.align));
      }
      index += 5 + length;
    } else if (byte === GS && next === 0x56) {
      // GS V m: m 0, 1, 48, 49 cut at once, and m 65, 66 take one more byte (feed n, then cut).
      command(`GS V ${argument}`);
      lines.push(cutMark(options.columns ?? 16));
      index += argument === 65 || argument === 66 ? 4 : 3;
    } else if (byte === ESC || byte === FS || byte === GS) {
      command(`unknown ${hex(byte)} ${hex(next)}`);
      index += 2;
    } else if (state.chinese && byte >= 0x81 && byte <= 0xfe && next >= 0) {
      run.push(byte, next);
      index += 2;
    } else {
      run.push(byte);
      index += 1;
    }
  }

  flushRun();
  if (lineText !== '') lines.push(place(lineText, state.align, state.scale));
  result.text = lines.join('\n');
  return result;
}

/**
 * Decode a text run as GBK while Chinese mode is on, otherwise as ASCII with U+FFFD for any
 * other byte.
 */
function decodeRun(run: Buffer, chinese: boolean): string {
  if (run.length === 0) return '';
  if (chinese) return iconv.decode(run, 'gbk');
  return Array.from(run, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : '\uFFFD')).join('');
}

/**
 * Read GS k starting at `start` and return the index after it. Types 0 to 6 end with NUL, and
 * types 65 to 73 carry a length byte. CODE128 data (73) starts with a code-set switch such as
 * `{B`, and `{{` is a literal `{`.
 */
function readBarcode(bytes: Buffer, start: number, type: number, result: DecodedEscPos): number {
  if (type <= 6) {
    const end = bytes.indexOf(0x00, start + 3);
    return end < 0 ? bytes.length : end + 1;
  }

  const length = bytes[start + 3] ?? 0;
  const data = bytes.subarray(start + 4, start + 4 + length).toString('latin1');
  if (type === 73) {
    const content = data.replace(/^\{[ABC]/, '').replace(/\{\{/g, '{');
    result.barcodes.push({ type: 'CODE128', data: content });
  }
  return start + 4 + length;
}

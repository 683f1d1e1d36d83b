import thermal from 'node-thermal-printer';
import { encodeGbk } from './gbk.js';
import type { Layout } from './layout.js';
import { breakLayout, escapeCode128 } from './paper-lines.js';
import type { PaperBlock } from './paper-lines.js';
import type { PrinterProfile } from './profiles.js';

/**
 * ESC/POS bytes for a GBK receipt printer. node-thermal-printer 4.6.1 (EPSON type) supplies the
 * command set: ESC @, ESC a, ESC E, GS !, GS k and the cut. Everything it gets wrong for Chinese
 * is done here. Text goes in as GBK bytes we encoded, because its CHINA character set falls
 * back to other code pages on the first character GBK lacks. Lines are broken by display
 * width, because its table helpers count characters. QR bytes are written here, because its
 * printQR length header counts UTF-16 units, not bytes. Chinese mode is switched on at the
 * start and after every cut, because it never sends FS & and its cut ends with ESC @.
 */

/** 1B 40, ESC @: clear the print buffer and reset modes (the library's typings omit initHardware). */
const ESC_INIT = Buffer.from([0x1b, 0x40]);
/** 1C 26, FS &: select Kanji (two-byte) character mode, so GBK lead and trail bytes pair up. */
const FS_CHINESE_ON = Buffer.from([0x1c, 0x26]);
/** 0A, LF: print the line buffer and feed one line. */
const LF = Buffer.from([0x0a]);
/** GS ( k: function 1D 28 6B pL pH cn fn, where cn 31 is QR code and pL pH count what follows pH. */
const QR_PREFIX = [0x1d, 0x28, 0x6b] as const;

/** A printer job: its bytes and the characters printed as the placeholder. */
export interface EscPosJob {
  bytes: Buffer;
  unencodable: string[];
}

type CommandBuffer = InstanceType<typeof thermal.ThermalPrinter>;

/**
 * Create a fresh command buffer per job, because execute() keeps the buffer and a reused
 * instance would send the previous job again. It gets no interface, so it can never connect. We
 * only take getBuffer() and send the bytes through our own transports.
 */
function createCommandBuffer(): CommandBuffer {
  return new thermal.ThermalPrinter({ type: thermal.PrinterTypes.EPSON, interface: '' });
}

/** Render a layout for one printer. The caller sends the bytes, so this never talks to a printer. */
export function renderEscPos(layout: Layout, profile: PrinterProfile): EscPosJob {
  const paper = breakLayout(layout, profile);
  const printer = createCommandBuffer();

  printer.add(ESC_INIT);
  printer.add(FS_CHINESE_ON);

  for (const block of paper.blocks) writeBlock(printer, block, profile);

  return { bytes: Buffer.from(printer.getBuffer()), unencodable: paper.unencodable };
}

function writeBlock(printer: CommandBuffer, block: PaperBlock, profile: PrinterProfile): void {
  switch (block.kind) {
    case 'text':
      writeText(printer, block);
      return;
    case 'barcode':
      printer.alignCenter(); // 1B 61 01, ESC a 1: centre
      // 1D 48 00 (GS H 0: no human-readable text, we print the number as a text line below),
      // 1D 66 00 (GS f 0: HRI font A), 1D 77 n (GS w: module width in dots),
      // 1D 68 n (GS h: height in dots), then 1D 6B 49 n 7B 42 data (GS k 73: CODE128, n bytes
      // including the {B that selects code set B). node-thermal-printer 4.6.1 counts characters
      // for n, writes the data as UTF-8 and does not escape `{`. Its bytes are right here only
      // because breakLayout admits printable ASCII and escapeCode128 doubles `{`. Digits-only
      // data also stays in code set B: valid and scannable, just wider than code set C.
      // printBarcode(…, 73) sends the same bytes as code128(). Its typings take a dot width,
      // while code128's typings declare 'SMALL' | 'MEDIUM' | 'LARGE', which the code ignores.
      printer.printBarcode(escapeCode128(block.data), 73, {
        hriPos: 0,
        hriFont: 0,
        width: block.moduleWidth,
        height: block.height,
      });
      return;
    case 'qr':
      printer.alignCenter(); // 1B 61 01, ESC a 1: centre
      printer.add(qrCommands(block.data, block.cellSize));
      return;
    case 'feed':
      for (let index = 0; index < block.lines; index += 1) printer.add(LF);
      return;
    case 'cut':
      if (profile.cutter) {
        // 1B 64 04 (ESC d 4: feed 4 lines, past the cutter), 1D 56 01 (GS V 1: partial cut),
        // 1B 40 (ESC @: reset, which also leaves Chinese mode on some printers).
        printer.partialCut({ verticalTabAmount: 1 });
        printer.add(FS_CHINESE_ON);
      } else {
        printer.printVerticalTab(); // 1B 64 04, ESC d 4: feed 4 lines, past the tear bar
      }
      return;
  }
}

function writeText(printer: CommandBuffer, block: Extract<PaperBlock, { kind: 'text' }>): void {
  if (block.align === 'center') printer.alignCenter(); // 1B 61 01, ESC a 1: centre
  else if (block.align === 'right') printer.alignRight(); // 1B 61 02, ESC a 2: right
  else printer.alignLeft(); // 1B 61 00, ESC a 0: left

  if (block.bold) printer.bold(true); // 1B 45 01, ESC E 1: emphasis on
  if (block.double) printer.setTextSize(1, 1); // 1D 21 11, GS ! 0x11: double width and height

  for (const line of block.lines) {
    printer.add(encodeGbk(line).bytes);
    printer.add(LF);
  }

  if (block.double) printer.setTextSize(0, 0); // 1D 21 00, GS ! 0: normal size
  if (block.bold) printer.bold(false); // 1B 45 00, ESC E 0: emphasis off
}

/** Build the QR commands: model 2, error correction M, data as UTF-8 bytes, lengths in bytes. */
function qrCommands(data: string, cellSize: number): Buffer {
  const payload = Buffer.from(data, 'utf8');
  const storeLength = payload.length + 3; // cn, fn and m follow pL pH, then the data

  return Buffer.concat([
    // 1D 28 6B 04 00 31 41 32 00, GS ( k fn 65: select model 2
    Buffer.from([...QR_PREFIX, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00]),
    // 1D 28 6B 03 00 31 43 n, GS ( k fn 67: module size n dots
    Buffer.from([...QR_PREFIX, 0x03, 0x00, 0x31, 0x43, cellSize]),
    // 1D 28 6B 03 00 31 45 31, GS ( k fn 69: error correction level M (15 %)
    Buffer.from([...QR_PREFIX, 0x03, 0x00, 0x31, 0x45, 0x31]),
    // 1D 28 6B pL pH 31 50 30 d1..dk, GS ( k fn 80: store k data bytes, pL + pH * 256 = k + 3
    Buffer.from([...QR_PREFIX, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30]),
    payload,
    // 1D 28 6B 03 00 31 51 30, GS ( k fn 81: print the stored symbol
    Buffer.from([...QR_PREFIX, 0x03, 0x00, 0x31, 0x51, 0x30]),
  ]);
}

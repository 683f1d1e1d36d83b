import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeEscPos } from '../../src/printing/escpos-decode.js';
import type { Layout } from '../../src/printing/layout.js';
import { renderEscPos } from '../../src/printing/render-escpos.js';
import { renderPreview } from '../../src/printing/render-preview.js';
import { PROFILE_58, PROFILE_58_WITH_CUTTER, PROFILE_80 } from './helpers.js';

const TICKET_NO = 'SH01-0100001X';

const MIXED: Layout = {
  title: 'mixed',
  lines: [
    { kind: 'text', text: '上海南京路店', align: 'center', bold: true },
    { kind: 'text', text: TICKET_NO, align: 'center', size: 'double' },
    { kind: 'barcode', data: TICKET_NO, height: 80, width: 2 },
    { kind: 'rule' },
    { kind: 'pair', left: '顾客', right: '王喆𠀀' },
    { kind: 'pair', left: '故障描述', right: '拉链头脱落，无法拉合；左侧口袋开线约3厘米，顾客要求尽快维修并保留原拉链头。' },
    {
      kind: 'row',
      cells: [
        { text: TICKET_NO, width: 14 },
        { text: 'F24-1032', width: 10 },
        { text: '拉链损坏严重', width: 10 },
        { text: '退货退款', width: 8, align: 'right' },
      ],
    },
    { kind: 'text', text: '合计 ¥12.50 ©', align: 'right' },
    { kind: 'qr', data: '取件 https://example.com/t/SH01-0100001X' },
    { kind: 'feed', lines: 2 },
    { kind: 'cut' },
    { kind: 'text', text: '第二联 维修工单' },
    { kind: 'cut' },
  ],
};

function indexesOf(bytes: Buffer, pattern: number[]): number[] {
  const found: number[] = [];
  let index = bytes.indexOf(Buffer.from(pattern));
  while (index >= 0) {
    found.push(index);
    index = bytes.indexOf(Buffer.from(pattern), index + 1);
  }
  return found;
}

describe('renderEscPos', () => {
  it('starts with ESC @ then FS &', () => {
    const { bytes } = renderEscPos(MIXED, PROFILE_80);
    expect([...bytes.subarray(0, 4)]).toEqual([0x1b, 0x40, 0x1c, 0x26]);
  });

  it('sends FS & again after every cut', () => {
    const { bytes } = renderEscPos(MIXED, PROFILE_80);
    const cuts = indexesOf(bytes, [0x1d, 0x56, 0x01]);
    expect(cuts).toHaveLength(2);
    for (const cut of cuts) expect([...bytes.subarray(cut + 3, cut + 7)]).toEqual([0x1b, 0x40, 0x1c, 0x26]);
    expect(decodeEscPos(bytes).chineseModeOnAt).toHaveLength(3);
  });

  it('carries the ticket number in a CODE128 command', () => {
    const { bytes } = renderEscPos(MIXED, PROFILE_80);
    const command = Buffer.concat([Buffer.from([0x1d, 0x6b, 0x49, TICKET_NO.length + 2, 0x7b, 0x42]), Buffer.from(TICKET_NO)]);
    expect(bytes.includes(command)).toBe(true);
    expect(decodeEscPos(bytes).barcodes).toEqual([{ type: 'CODE128', data: TICKET_NO }]);
  });

  it('escapes a brace in CODE128 data', () => {
    const layout: Layout = { title: 'brace', lines: [{ kind: 'barcode', data: 'A{B' }] };
    const { bytes } = renderEscPos(layout, PROFILE_80);
    expect(bytes.includes(Buffer.from([0x1d, 0x6b, 0x49, 6, 0x7b, 0x42, 0x41, 0x7b, 0x7b, 0x42]))).toBe(true);
    expect(decodeEscPos(bytes).barcodes).toEqual([{ type: 'CODE128', data: 'A{B' }]);
  });

  it('keeps digits-only data in code set B', () => {
    const layout: Layout = { title: 'digits', lines: [{ kind: 'barcode', data: '6901234567892' }] };
    const { bytes } = renderEscPos(layout, PROFILE_80);
    const command = Buffer.concat([Buffer.from([0x1d, 0x6b, 0x49, 15, 0x7b, 0x42]), Buffer.from('6901234567892')]);
    expect(bytes.includes(command)).toBe(true);
    expect(decodeEscPos(bytes).barcodes).toEqual([{ type: 'CODE128', data: '6901234567892' }]);
  });

  it('prints only the text for data CODE128 cannot carry', () => {
    const layout: Layout = { title: 'chinese', lines: [{ kind: 'barcode', data: '单号1' }] };
    const decoded = decodeEscPos(renderEscPos(layout, PROFILE_80).bytes);
    expect(decoded.barcodes).toEqual([]);
    expect(decoded.text).toBe('单号1');
  });

  it('narrows the bars to fit 58 mm paper', () => {
    const layout: Layout = { title: 'wide', lines: [{ kind: 'barcode', data: TICKET_NO, width: 4 }] };
    expect(decodeEscPos(renderEscPos(layout, PROFILE_58).bytes).commands).toContain('GS w 2');
    expect(decodeEscPos(renderEscPos(layout, PROFILE_80).bytes).commands).toContain('GS w 3');
    const short: Layout = { title: 'short', lines: [{ kind: 'barcode', data: 'B0001', width: 4 }] };
    expect(decodeEscPos(renderEscPos(short, PROFILE_80).bytes).commands).toContain('GS w 4');
  });

  it('skips CODE128 on a printer without it', () => {
    const decoded = decodeEscPos(renderEscPos(MIXED, { ...PROFILE_80, code128: false }).bytes);
    expect(decoded.commands.some((command) => command.startsWith('GS k'))).toBe(false);
    expect(decoded.text).toContain(TICKET_NO);
  });

  it('counts QR data length in bytes', () => {
    const { bytes } = renderEscPos(MIXED, PROFILE_80);
    const data = Buffer.from('取件 https://example.com/t/SH01-0100001X', 'utf8');
    const store = Buffer.concat([Buffer.from([0x1d, 0x28, 0x6b, (data.length + 3) & 0xff, (data.length + 3) >> 8, 0x31, 0x50, 0x30]), data]);
    expect(bytes.includes(store)).toBe(true);
    expect(decodeEscPos(bytes).qrCodes).toEqual(['取件 https://example.com/t/SH01-0100001X']);
  });

  it('writes text as GBK after FS &', () => {
    const { bytes, unencodable } = renderEscPos(MIXED, PROFILE_80);
    const name = iconv.encode('王喆', 'gbk');
    const firstChineseMode = decodeEscPos(bytes).chineseModeOnAt[0] ?? Infinity;
    expect(bytes.indexOf(name)).toBeGreaterThan(firstChineseMode);
    expect(unencodable).toEqual(['𠀀', '©']);
  });

  it('switches double size on and off', () => {
    const { commands } = decodeEscPos(renderEscPos(MIXED, PROFILE_80).bytes);
    const on = commands.indexOf('GS ! 11');
    expect(on).toBeGreaterThan(-1);
    expect(commands.indexOf('GS ! 00', on)).toBeGreaterThan(on);
  });

  it('feeds to the tear bar without a cutter', () => {
    const decoded = decodeEscPos(renderEscPos(MIXED, PROFILE_58).bytes);
    expect(decoded.commands.some((command) => command.startsWith('GS V'))).toBe(false);
    expect(decoded.commands.filter((command) => command === 'ESC d 4')).toHaveLength(2);
  });

  it('builds a new buffer for every job', () => {
    const first = renderEscPos(MIXED, PROFILE_80).bytes;
    const second = renderEscPos(MIXED, PROFILE_80).bytes;
    expect(second.equals(first)).toBe(true);
  });
});

describe('renderPreview', () => {
  it.each([
    ['80 mm', PROFILE_80],
    ['58 mm', PROFILE_58_WITH_CUTTER],
  ])('breaks lines like the ESC/POS bytes on %s', (_name, profile) => {
    const preview = renderPreview(MIXED, profile.columns, profile);
    const decoded = decodeEscPos(renderEscPos(MIXED, profile).bytes, { columns: profile.columns });
    expect(decoded.text).toBe(preview.join('\n'));
  });

  it('shows barcode, QR and cut marks', () => {
    const preview = renderPreview(MIXED, 48);
    const barcodeLine = preview.findIndex((line) => line.trim() === `||| CODE128 ${TICKET_NO} |||`);
    expect(barcodeLine).toBeGreaterThan(-1);
    expect(preview[barcodeLine + 1]?.trim()).toBe(TICKET_NO);
    expect(preview.some((line) => line.trim() === '[QR] 取件 https://example.com/t/SH01-0100001X')).toBe(true);
    expect(preview.filter((line) => line.includes('✂'))).toHaveLength(2);
  });

  it('places double-size text at twice its width', () => {
    const preview = renderPreview({ title: 'big', lines: [{ kind: 'text', text: 'AB', align: 'right', size: 'double' }] }, 10);
    expect(preview).toEqual(['      AB']);
  });

  it('wraps double-size text at half the columns', () => {
    const preview = renderPreview({ title: 'big', lines: [{ kind: 'text', text: '一二三四五', size: 'double' }] }, 16);
    expect(preview).toEqual(['一二三四', '五']);
  });

  it('shows the placeholder for characters outside GBK', () => {
    const preview = renderPreview({ title: 'name', lines: [{ kind: 'text', text: '王喆😀' }] }, 48);
    expect(preview).toEqual(['王喆？']);
  });
});

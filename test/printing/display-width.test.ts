import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth, truncateToWidth, wrapToWidth } from '../../src/printing/display-width.js';
import { isGbkPrintable } from '../../src/printing/gbk.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('displayWidth', () => {
  it('counts ASCII as one column', () => {
    expect(displayWidth('SH01-0100001X')).toBe(13);
  });

  it('counts CJK and full-width as two columns', () => {
    expect(displayWidth('王喆')).toBe(4);
    expect(displayWidth('￥１２')).toBe(6);
    expect(displayWidth('A中b')).toBe(4);
  });

  it('counts emoji and characters outside the BMP as two columns', () => {
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('👨‍👩‍👧')).toBe(2);
  });

  it('counts ambiguous-width GBK symbols as two columns', () => {
    expect(displayWidth('·×—…°①é')).toBe(14);
  });

  it('gives every two-byte GBK character two columns', () => {
    const narrow: string[] = [];
    for (let codePoint = 0x80; codePoint <= 0xffff; codePoint += 1) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      if (!isGbkPrintable(codePoint)) continue;
      const character = String.fromCodePoint(codePoint);
      if (displayWidth(character) !== 2) narrow.push(character);
    }
    expect(narrow).toEqual([]);
  });
});

describe('wrapToWidth', () => {
  it('breaks Chinese between characters', () => {
    expect(wrapToWidth('一二三四五六七八九十', 8)).toEqual(['一二三四', '五六七八', '九十']);
  });

  it('breaks English at spaces', () => {
    expect(wrapToWidth('Keep this slip until pickup', 12)).toEqual(['Keep this', 'slip until', 'pickup']);
  });

  it('keeps a ticket number whole in mixed text', () => {
    expect(wrapToWidth('单号SH01-0100001X请保管', 16)).toEqual(['单号', 'SH01-0100001X请', '保管']);
  });

  it('cuts a word longer than the line', () => {
    expect(wrapToWidth('ABCDEFGHIJ', 4)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('starts a new line at each newline', () => {
    expect(wrapToWidth('第一行\n\n第三行', 48)).toEqual(['第一行', '', '第三行']);
  });

  it('returns one empty line for empty text', () => {
    expect(wrapToWidth('', 32)).toEqual(['']);
  });

  it('never puts closing punctuation first on a line', () => {
    const lines = wrapToWidth('请在三日内取件，逾期不候。', 14);
    for (const line of lines) expect(line.startsWith('，') || line.startsWith('。')).toBe(false);
    expect(lines.join('')).toBe('请在三日内取件，逾期不候。');
  });

  it('never splits a surrogate pair at an odd width', () => {
    const text = '𠀀'.repeat(30);
    const lines = wrapToWidth(text, 7);
    expect(lines.join('')).toBe(text);
    for (const line of lines) {
      expect(line).not.toMatch(LONE_SURROGATE);
      expect(displayWidth(line)).toBe(6);
    }
  });

  it('keeps an emoji sequence whole', () => {
    const family = '👨‍👩‍👧';
    const lines = wrapToWidth(`ab${family}${family}`, 3);
    expect(lines).toEqual(['ab', family, family]);
  });

  it.each([48, 32])('fits mixed text in %i columns', (columns) => {
    const text =
      '顾客王喆反映：The zipper (YKK #5) broke after 3 days，左侧口袋开线约 3 厘米；要求维修😀并保留原拉链头，价格￥12.50。';
    const lines = wrapToWidth(text, columns);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
    expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });
});

describe('padToWidth and truncateToWidth', () => {
  it('pads Chinese by columns', () => {
    expect(padToWidth('中文', 6, 'right')).toBe('  中文');
    expect(padToWidth('中文', 7, 'center')).toBe(' 中文  ');
    expect(padToWidth('中文', 6)).toBe('中文  ');
  });

  it('fills the odd column when a wide character is cut', () => {
    expect(truncateToWidth('中文字', 5)).toBe('中文');
    expect(padToWidth('中文字', 5)).toBe('中文 ');
  });
});

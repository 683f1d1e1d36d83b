import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { encodeGbk, GBK_PLACEHOLDER, isGbkPrintable, replaceOutsideGbk } from '../../src/printing/gbk.js';
import { assertTwoByteGbkOnly } from './helpers.js';

const PLACEHOLDER_BYTES = 'a3bf';

describe('encodeGbk', () => {
  it('maps half-width yen to full-width', () => {
    const encoded = encodeGbk('¥12.50');
    expect(encoded.bytes.toString('hex')).toBe(`a3a4${Buffer.from('12.50').toString('hex')}`);
    expect(encoded.unencodable).toEqual([]);
  });

  it('encodes 镕, 喆 and 堃 as two-byte GBK', () => {
    // iconv-lite 0.7.3's GBK table (CP936 plus the GBK extension) contains all three.
    const encoded = encodeGbk('王镕喆堃');
    expect(encoded.bytes.toString('hex')).toBe('cdf5e94686b488d2');
    expect(encoded.unencodable).toEqual([]);
    expect(iconv.decode(encoded.bytes, 'gbk')).toBe('王镕喆堃');
  });

  it('replaces characters outside GBK and lists each once', () => {
    const encoded = encodeGbk('李𠀀 😀©€ 𠀀');
    expect(encoded.unencodable).toEqual(['𠀀', '😀', '©', '€']);
    expect(encoded.bytes.toString('hex')).toBe(
      `c0ee${PLACEHOLDER_BYTES}20${PLACEHOLDER_BYTES.repeat(3)}20${PLACEHOLDER_BYTES}`,
    );
  });

  it('replaces a whole emoji sequence with one placeholder', () => {
    expect(replaceOutsideGbk('a👨‍👩‍👧b').text).toBe(`a${GBK_PLACEHOLDER}b`);
  });

  it('lists control characters by code point', () => {
    const encoded = encodeGbk('a\u001bb');
    expect(encoded.unencodable).toEqual(['U+001B']);
    expect(encoded.bytes.includes(0x1b)).toBe(false);
  });

  it('composes a combining accent that GBK has', () => {
    expect(encodeGbk('e\u0301').bytes.toString('hex')).toBe('a8a6');
  });

  it('rejects private-use characters', () => {
    expect(isGbkPrintable(0xe000)).toBe(false);
    expect(encodeGbk('\ue000').unencodable).toEqual(['\ue000']);
  });

  it('never emits a four-byte GB18030 sequence', () => {
    let text = '顾客王喆镕堃 ¥€©™・';
    for (let codePoint = 0x20000; codePoint < 0x20400; codePoint += 7) text += String.fromCodePoint(codePoint);
    for (let codePoint = 0x1f600; codePoint < 0x1f650; codePoint += 1) text += String.fromCodePoint(codePoint);
    for (let codePoint = 0x0080; codePoint < 0x0800; codePoint += 1) text += String.fromCodePoint(codePoint);

    const encoded = encodeGbk(text);
    expect(() => assertTwoByteGbkOnly(encoded.bytes)).not.toThrow();
    expect(iconv.decode(encoded.bytes, 'gbk')).toBe(replaceOutsideGbk(text).text);
  });
});

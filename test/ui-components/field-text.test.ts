import { describe, expect, it } from 'vitest';
import { appendLimited, removeControlCharacters, removeLastCharacter } from '../../src/ui/components/form/field-text.js';
import { padToWidth } from '../../src/ui/components/display-width.js';

describe('appendLimited', () => {
  it('counts code points against maxLength', () => {
    expect(appendLimited('𠮷', '𠮷张三', 3)).toBe('𠮷𠮷张');
  });

  it('appends without a limit', () => {
    expect(appendLimited('ab', 'cd', undefined)).toBe('abcd');
  });

  it('drops control characters', () => {
    expect(appendLimited('a', 'b\r\tc\u001B', 10)).toBe('abc');
  });
});

describe('removeLastCharacter', () => {
  it('removes a whole astral character', () => {
    expect(removeLastCharacter('张𠮷')).toBe('张');
  });

  it('removes a combined emoji at once', () => {
    expect(removeLastCharacter('a👨‍👩‍👧')).toBe('a');
  });

  it('empties a one-character value', () => {
    expect(removeLastCharacter('堃')).toBe('');
    expect(removeLastCharacter('')).toBe('');
  });
});

describe('removeControlCharacters', () => {
  it('keeps CJK and removes C0 and C1', () => {
    expect(removeControlCharacters('镕\u0000喆\u0085堃\u007F')).toBe('镕喆堃');
  });
});

describe('padToWidth', () => {
  it('pads by display columns', () => {
    expect(padToWidth('手机', 6)).toBe('手机  ');
    expect(padToWidth('SKU', 6)).toBe('SKU   ');
    expect(padToWidth('顾客姓名', 6)).toBe('顾客姓名');
  });
});

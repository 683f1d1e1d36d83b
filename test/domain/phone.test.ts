import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone, phoneLastFour, phoneSearchKey } from '../../src/domain/phone.js';

describe('normalizePhone', () => {
  const valid: [string, string, string][] = [
    ['13812345678', 'mobile', '13812345678'],
    ['138 1234 5678', 'mobile', '13812345678'],
    ['138-1234-5678', 'mobile', '13812345678'],
    ['+86 138 1234 5678', 'mobile', '13812345678'],
    ['+8613812345678', 'mobile', '13812345678'],
    ['008613812345678', 'mobile', '13812345678'],
    ['8613812345678', 'mobile', '13812345678'],
    ['19912345678', 'mobile', '19912345678'],
    ['010-88886666', 'landline', '01088886666'],
    ['021 6888 6666', 'landline', '02168886666'],
    ['0571-8888666', 'landline', '05718888666'],
    ['0571-88886666', 'landline', '057188886666'],
    ['(0755) 88886666', 'landline', '075588886666'],
  ];
  for (const [raw, kind, digits] of valid) {
    it(`accepts ${raw}`, () => {
      expect(normalizePhone(raw)).toEqual({ kind, digits });
    });
  }

  const invalid = ['', '12345', '12812345678', '1381234567', '138123456789', '+1 415 555 0100', '13812345678a', '138+12345678', '88886666', '010-888866', '0571-888866667'];
  for (const raw of invalid) {
    it(`rejects "${raw}"`, () => {
      expect(normalizePhone(raw)).toBeNull();
    });
  }
});

describe('maskPhone', () => {
  it('masks a mobile', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('masks landlines after the area code', () => {
    expect(maskPhone('01088886666')).toBe('010-****6666');
    expect(maskPhone('057188886666')).toBe('0571-****6666');
  });

  it('hides short input entirely', () => {
    expect(maskPhone('1234')).toBe('****');
  });
});

describe('phone search', () => {
  it('uses the last four for pickup', () => {
    expect(phoneLastFour('13812345678')).toBe('5678');
  });

  it('keys full numbers and fragments', () => {
    expect(phoneSearchKey('+86 138 1234 5678')).toBe('13812345678');
    expect(phoneSearchKey('5678')).toBe('5678');
    expect(phoneSearchKey('567')).toBeNull();
    expect(phoneSearchKey('张三')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { ean13CheckDigit, isValidEan13 } from '../../src/domain/ean13.js';

describe('EAN-13', () => {
  it('computes known check digits', () => {
    // 6901234567892 and 4006381333931 are published GS1 examples.
    expect(ean13CheckDigit('690123456789')).toBe(2);
    expect(ean13CheckDigit('400638133393')).toBe(1);
  });

  it('validates whole codes', () => {
    expect(isValidEan13('6901234567892')).toBe(true);
    expect(isValidEan13('6901234567893')).toBe(false);
    expect(isValidEan13('690123456789')).toBe(false);
    expect(isValidEan13('69012345678X2')).toBe(false);
  });
});

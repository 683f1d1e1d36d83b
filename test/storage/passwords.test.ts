import { describe, expect, it } from 'vitest';
import { DeskError } from '../../src/domain/errors.js';
import { checkPasswordRules, hashPassword, verifyPassword } from '../../src/storage/passwords.js';

describe('passwords', () => {
  it('hash has the scrypt format', () => {
    const parts = hashPassword('secret1').split('$');

    expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(parts[4] ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5] ?? '', 'base64')).toHaveLength(32);
  });

  it('uses a fresh salt per hash', () => {
    expect(hashPassword('secret1')).not.toBe(hashPassword('secret1'));
  });

  it('verifies the right password', () => {
    expect(verifyPassword('密码secret', hashPassword('密码secret'))).toBe(true);
  });

  it('rejects a wrong password', () => {
    const stored = hashPassword('secret1');
    expect(verifyPassword('secret2', stored)).toBe(false);
    expect(verifyPassword('', stored)).toBe(false);
  });

  it('throws on a malformed stored value', () => {
    expect(() => verifyPassword('secret1', 'secret1')).toThrow(/not an scrypt hash/);
  });

  it('rules reject fewer than six characters', () => {
    expect(() => checkPasswordRules('12345')).toThrow(DeskError);
    expect(() => checkPasswordRules('12345')).toThrow(expect.objectContaining({ code: 'password.too_short', params: { min: 6 } }));
    expect(() => checkPasswordRules('123456')).not.toThrow();
    expect(() => checkPasswordRules('密码密码密码')).not.toThrow();
  });
});

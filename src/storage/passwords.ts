import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { DeskError } from '../domain/errors.js';

/**
 * scrypt with N=16384, r=8, p=1 needs 16 MiB of memory per hash (128 * N * r bytes). scryptSync
 * blocks the event loop while it runs, which is acceptable once per sign-in.
 */
const COST = 16_384;
const BLOCK_SIZE = 8;
const PARALLELIZATION = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 6;

function derive(password: string, salt: Buffer, keyBytes: number, cost: number, blockSize: number, parallelization: number): Buffer {
  // Node's default maxmem is 32 MiB. Allow twice the need so hashes with a raised N still verify.
  const maxmem = 256 * cost * blockSize;
  return scryptSync(password.normalize('NFC'), salt, keyBytes, { N: cost, r: blockSize, p: parallelization, maxmem });
}

/** Hash a password as `scrypt$N$r$p$saltBase64$hashBase64` with a fresh random salt. */
export function hashPassword(password: string): string {
  const salt = randomBytes(SALT_BYTES);
  const hash = derive(password, salt, KEY_BYTES, COST, BLOCK_SIZE, PARALLELIZATION);
  return ['scrypt', COST, BLOCK_SIZE, PARALLELIZATION, salt.toString('base64'), hash.toString('base64')].join('$');
}

/**
 * Check a password against a stored hash in constant time. A stored value that is not in
 * hashPassword's format is damaged data, not a wrong password, so it throws an Error.
 */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, blockSize, parallelization, salt, hash, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined || rest.length > 0) {
    throw new Error('verifyPassword: stored value is not an scrypt hash');
  }

  const expected = Buffer.from(hash, 'base64');
  const actual = derive(password, Buffer.from(salt, 'base64'), expected.length, Number(cost), Number(blockSize), Number(parallelization));
  return timingSafeEqual(actual, expected);
}

/** Throw DeskError `password.too_short` for a password under MIN_PASSWORD_LENGTH characters. */
export function checkPasswordRules(password: string): void {
  // Count code points, so a character outside the BMP counts once.
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new DeskError('password.too_short', { min: MIN_PASSWORD_LENGTH });
  }
}

import { randomString } from './random';

/**
 * Letters and digits that survive being read aloud, retyped or seen in a small font:
 * no 0/O/o, 1/I/l/i, or u/v pairs that fonts blur. 52 symbols.
 */
export const SHARE_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstwxyz';
export const SHARE_CODE_LENGTH = 8;
// 52^8 ≈ 5.3e13 codes: guessing a live one by brute force is hopeless at any plausible rate.
export const SHARE_CODE_PATTERN = new RegExp(`^[${SHARE_CODE_ALPHABET}]{${SHARE_CODE_LENGTH}}$`);

/** A new crypto-random share code, e.g. `Kx7mP3qa`. */
export function generateShareCode(): string {
  return randomString(SHARE_CODE_ALPHABET, SHARE_CODE_LENGTH);
}

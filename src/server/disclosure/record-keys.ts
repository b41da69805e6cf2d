import { createHmac } from 'node:crypto';

/**
 * Record keys of the cell-key method. Every counted young person in a tally (one ordinal of its
 * count) has a key: a pseudo-random whole number in [0, KEY_MODULUS) made from the municipality's
 * secret and the record's identity, so the same contacts always carry the same keys and raising a
 * count from 3 to 5 adds exactly the keys of ordinals 4 and 5. A cell's key is the sum of its
 * records' keys modulo KEY_MODULUS: additive, so any rollup carries it beside the count and a cell
 * has the same key whichever rows it is summed from. Without the secret nobody can compute a key,
 * and so nobody can predict or undo the noise a cell gets.
 */
export const KEY_MODULUS = 2 ** 30;

/** The sum of keys, modulo KEY_MODULUS (works for negative terms: a record taken away). */
export const addKeys = (...keys: readonly number[]): number => {
  let sum = 0;
  for (const key of keys) sum = (sum + (key % KEY_MODULUS) + KEY_MODULUS) % KEY_MODULUS;
  return sum;
};

/** The key that undoes `key` in a sum: a record, or a cell, taken away. */
export const negateKey = (key: number): number => (KEY_MODULUS - (key % KEY_MODULUS)) % KEY_MODULUS;

/** One record's key: HMAC-SHA-256 of its identity under the secret, 30 bits of it. */
export function recordKey(secret: Uint8Array, identity: string): number {
  return createHmac('sha256', secret).update(identity).digest().readUInt32BE(0) >>> 2;
}

/** The key of a tally row counting `count` records: the sum of the keys of ordinals 1..count. */
export function tallyKey(secret: Uint8Array, identity: string, count: number): number {
  let sum = 0;
  for (let ordinal = 1; ordinal <= count; ordinal++)
    sum = (sum + recordKey(secret, `${identity}#${ordinal}`)) % KEY_MODULUS;
  return sum;
}

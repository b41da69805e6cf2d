import { createHash } from 'node:crypto';
import type { Db } from '../db/connect';
import {
  countPairAttempt,
  deletePair,
  deletePairsIdleSince,
  type PairKey,
  pairBlockedUntil,
} from './account-throttle.repository';
import { throttleKey } from './sign-in-throttle';

/**
 * Failed sign-ins per account × client address, with exponential back-off (OWASP ASVS 2.2.1).
 *
 * The attack this replaces: the account itself used to lock after five wrong passwords, so anyone
 * who knew (or guessed) a colleague's e-mail could lock them out at will, from anywhere. Now only
 * the address that failed waits — 1 minute after the fifth failure, doubling with each further one,
 * at most 30 minutes — and the owner signs in from their own address as usual; a right password
 * forgets that pair's failures only. Guessing stays slow: about 55 tries per account and address a day.
 *
 * An e-mail no account has is counted the same way under a hash of the e-mail, so the throttle
 * answers alike for known and unknown e-mails and reveals nothing about which exist. The count is
 * in the database (sign_in_failures), in one atomic upsert, so every instance sees it.
 */

/** Wrong passwords one address may try on one account before it waits. */
export const FREE_FAILURES = 5;
/** The first wait; each further failure doubles it, up to the cap. */
export const FIRST_BLOCK_SECONDS = 60;
export const MAX_BLOCK_SECONDS = 30 * 60;
/** A pair with no failure for this long starts from nothing. */
const FORGET_AFTER_MS = 24 * 3_600_000;

/** The pair an attempt counts under: the account (or the unknown e-mail) and the client address. */
export function pairKey(
  account: { userId: string; municipalityId: string } | { unknownEmail: string },
  address: string | null,
): PairKey {
  const addressKey = throttleKey(address);
  if ('userId' in account) {
    return { account: account.userId, address: addressKey, municipalityId: account.municipalityId };
  }
  const digest = createHash('sha256').update(account.unknownEmail.trim().toLowerCase()).digest('hex');
  return { account: `unknown:${digest}`, address: addressKey, municipalityId: null };
}

/** The wait after `failures` failures of one pair: none below the limit, then doubling to the cap. */
export function blockSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_BLOCK_SECONDS, FIRST_BLOCK_SECONDS * 2 ** Math.min(20, failures - FREE_FAILURES));
}

/**
 * Counts an attempt of the pair before its password is checked (as the address throttle does, so a
 * burst of parallel guesses cannot all pass): 0 when it may go ahead, else the seconds to wait.
 */
export async function admitPair(db: Db, key: PairKey, now: Date): Promise<number> {
  const counted = await countPairAttempt(db, key, now, new Date(now.getTime() - FORGET_AFTER_MS), {
    freeFailures: FREE_FAILURES,
    baseSeconds: FIRST_BLOCK_SECONDS,
    capSeconds: MAX_BLOCK_SECONDS,
  });
  if (counted !== null) return 0;
  const until = await pairBlockedUntil(db, key);
  // The block ended between the two statements: try again at once.
  if (!until) return 1;
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/** The password was right: this pair starts from nothing (other addresses keep their count). */
export async function forgetPair(db: Db, key: PairKey): Promise<void> {
  await deletePair(db, key);
}

/** Forgets pairs idle for a day; for the periodic sweep. */
export async function deleteIdlePairs(db: Db, now: Date): Promise<number> {
  return deletePairsIdleSince(db, new Date(now.getTime() - FORGET_AFTER_MS), now);
}

import type { Db } from '../db/connect';
import { formatIp, parseIp } from '../network/ip-address';
import {
  countAttemptIfAllowed,
  deleteAttemptsBefore,
  removeAttempt,
  storedAttempts,
} from './sign-in-throttle.repository';

/**
 * Limits failed sign-ins per client address in a sliding window, so one address cannot try
 * passwords across many accounts; account-throttle.ts slows guesses at one account from one address.
 * The count lives in the database (table sign_in_throttle), so every instance behind a proxy
 * sees the same failures and a restart forgives nothing.
 *
 * The attack to keep in mind: the key is the *client* address. Counted by the socket peer behind an
 * HTTPS proxy, every user has the proxy's address, and 20 failures from anyone lock everyone out
 * for 15 minutes. The key is therefore what request-context.ts's clientAddress() resolves: the
 * right-most X-Forwarded-For hop not written by a trusted proxy (TRUST_PROXY), never what a client
 * writes itself (or it could dodge the limit with a fresh header per try). A peer that sends
 * X-Forwarded-For without being trusted is logged once as a probable missing TRUST_PROXY.
 *
 * An attempt is counted *before* the password is checked and taken back if it was not a wrong
 * password: counting only afterwards would let a burst of parallel guesses all pass the check.
 */
export class SignInThrottle {
  constructor(
    readonly maxFailures = 20,
    readonly windowMs = 15 * 60 * 1000,
  ) {}

  /**
   * Counts an attempt from `address` at `now`: 0 when it may go ahead, or the seconds until the
   * address may try again (then nothing was counted).
   */
  async admit(db: Db, address: string | null, now: Date): Promise<number> {
    const key = throttleKey(address);
    const windowStart = new Date(now.getTime() - this.windowMs);
    if (await countAttemptIfAllowed(db, key, now, windowStart, this.maxFailures)) return 0;
    // Sorted: an instance whose clock runs behind may have appended an earlier time.
    const attempts = (await storedAttempts(db, key)).map((time) => time.getTime()).sort((a, b) => a - b);
    return retryAfterSeconds(attempts, now.getTime(), this.maxFailures, this.windowMs);
  }

  /** Takes back the attempt admitted at `now`: it was no wrong password (signed in, or locked). */
  async withdraw(db: Db, address: string | null, now: Date): Promise<void> {
    await removeAttempt(db, throttleKey(address), now);
  }

  /** Forgets addresses with nothing left in the window; for the periodic sweep. */
  async deleteExpired(db: Db, now: Date): Promise<number> {
    return deleteAttemptsBefore(db, new Date(now.getTime() - this.windowMs));
  }
}

/**
 * What the throttle counts by: the address, but a whole IPv6 /64 for IPv6, since one subscriber
 * usually holds a /64 and could otherwise take a fresh address for every guess. Requests with no
 * address (only in-process tests) share one key.
 */
export function throttleKey(address: string | null): string {
  const ip = address ? parseIp(address) : null;
  if (!ip) return address ?? 'unknown';
  if (ip.family === 4) return formatIp(ip);
  return `${formatIp({ family: 6, value: (ip.value >> 64n) << 64n })}/64`;
}

/** Seconds until fewer than `max` of `attempts` (ms, ascending) fall in the window; at least 1. */
export function retryAfterSeconds(
  attempts: readonly number[],
  now: number,
  max: number,
  windowMs: number,
): number {
  const recent = attempts.filter((time) => time > now - windowMs);
  const oldest = recent[recent.length - max];
  // Fewer than `max` left means the window moved on since the refusal: try again at once.
  if (oldest === undefined) return 1;
  return Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
}

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { SignInThrottle, throttleKey } from './sign-in-throttle';

const WINDOW = 15 * 60_000;
let database: TestDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

let addresses = 0;
/** A fresh address per property run, so runs do not see each other's attempts. */
const freshAddress = () => {
  addresses += 1;
  return `198.51.${Math.floor(addresses / 250)}.${addresses % 250}`;
};

describe('SignInThrottle', () => {
  it('refuses an address exactly while its failures in the window reach the limit', async () => {
    // Attempts at increasing times, each a wrong password (kept) or not (taken back).
    const attempts = fc.array(
      fc.record({ gap: fc.integer({ min: 0, max: 5 * 60_000 }), wrong: fc.boolean() }),
      {
        maxLength: 14,
      },
    );
    await fc.assert(
      fc.asyncProperty(attempts, async (sequence) => {
        const throttle = new SignInThrottle(5, WINDOW);
        const address = freshAddress();
        const failures: number[] = [];
        let now = Date.UTC(2026, 3, 1);
        for (const { gap, wrong } of sequence) {
          now += gap;
          const inWindow = failures.filter((time) => time > now - WINDOW);
          const wait = await throttle.admit(database.db, address, new Date(now));
          if (inWindow.length < 5) {
            expect(wait).toBe(0);
            if (wrong) failures.push(now);
            else await throttle.withdraw(database.db, address, new Date(now));
          } else {
            const oldest = inWindow[inWindow.length - 5] ?? now;
            expect(wait).toBe(Math.max(1, Math.ceil((oldest + WINDOW - now) / 1000)));
            expect(wait).toBeLessThanOrEqual(15 * 60);
          }
        }
        expect(await throttle.admit(database.db, freshAddress(), new Date(now))).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('lets exactly the limit through when attempts from one address arrive at once', async () => {
    const throttle = new SignInThrottle(5, WINDOW);
    const now = new Date('2026-04-01T10:00:00Z');
    const waits = await Promise.all(
      Array.from({ length: 12 }, () => throttle.admit(database.db, '203.0.113.50', now)),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(5);
    expect(waits.filter((wait) => wait === 15 * 60)).toHaveLength(7);
  });

  it('takes back one attempt of several made at the same instant', async () => {
    const throttle = new SignInThrottle(2, WINDOW);
    const now = new Date('2026-04-01T10:00:00Z');
    expect(await throttle.admit(database.db, '203.0.113.51', now)).toBe(0);
    expect(await throttle.admit(database.db, '203.0.113.51', now)).toBe(0);
    await throttle.withdraw(database.db, '203.0.113.51', now);
    expect(await throttle.admit(database.db, '203.0.113.51', now)).toBe(0);
    expect(await throttle.admit(database.db, '203.0.113.51', now)).toBeGreaterThan(0);
  });

  it('counts a whole IPv6 /64 as one address, and IPv4 addresses one by one', () => {
    expect(throttleKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(throttleKey('192.0.2.1')).toBe('192.0.2.1');
    expect(throttleKey(null)).toBe('unknown');
  });

  it('forgets addresses whose attempts have all left the window', async () => {
    const throttle = new SignInThrottle(5, WINDOW);
    const early = new Date('2026-05-01T10:00:00Z');
    await throttle.admit(database.db, '203.0.113.60', early);
    await throttle.admit(database.db, '203.0.113.61', new Date(early.getTime() + 10 * 60_000));
    const removed = await throttle.deleteExpired(database.db, new Date(early.getTime() + WINDOW + 1));
    expect(removed).toBeGreaterThanOrEqual(1);
    const left = await database.db.selectFrom('sign_in_throttle').select('address').execute();
    expect(left.map((row) => row.address)).toContain('203.0.113.61');
    expect(left.map((row) => row.address)).not.toContain('203.0.113.60');
  });
});

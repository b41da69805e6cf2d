import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './sign-in-throttle';

describe('SignInThrottle', () => {
  it('blocks an address exactly when its failures in the window reach the limit', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.integer({ min: 0, max: 60 * 60_000 }), { maxLength: 60 })
          .map((gaps) => gaps.sort((a, b) => a - b)),
        fc.integer({ min: 0, max: 2 * 60 * 60_000 }),
        (failureTimes, probeOffset) => {
          const throttle = new SignInThrottle(5, 15 * 60_000);
          for (const time of failureTimes) throttle.recordFailure('10.0.0.1', time);
          const now = (failureTimes.at(-1) ?? 0) + probeOffset;
          const inWindow = failureTimes.filter((time) => time > now - 15 * 60_000).length;
          const wait = throttle.retryAfterSeconds('10.0.0.1', now);
          expect(wait > 0).toBe(inWindow >= 5);
          expect(wait).toBeLessThanOrEqual(15 * 60);
          expect(throttle.retryAfterSeconds('10.0.0.2', now)).toBe(0);
        },
      ),
    );
  });
});

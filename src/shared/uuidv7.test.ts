import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7, uuidv7Time } from './uuidv7';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidv7', () => {
  it('has version 7, the RFC variant, and encodes the time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2030, 0, 1), max: 2 ** 47 }), (time) => {
        const id = uuidv7(time);
        expect(id).toMatch(UUID_V7);
        expect(uuidv7Time(id)).toBeGreaterThanOrEqual(time);
      }),
    );
  });

  it('is strictly increasing in generation order, whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 ** 44 }), { minLength: 2, maxLength: 300 }),
        (times) => {
          const ids = times.map((time) => uuidv7(time));
          for (let i = 1; i < ids.length; i++) expect((ids[i] as string) > (ids[i - 1] as string)).toBe(true);
        },
      ),
    );
  });

  it('stays ordered across more ids than the counter holds in one millisecond', () => {
    const time = 2 ** 46;
    const ids = Array.from({ length: 5000 }, () => uuidv7(time));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

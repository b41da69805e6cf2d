import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityTag, timeUseAllowed, timeUseChoices } from './activity-tag';
import { TIME_USES } from './field-log';

describe('role separation of a shift’s time use', () => {
  it('tags only authority tasks as such; everything else is preventive', () => {
    expect(TIME_USES.filter((use) => activityTag(use) === 'authority')).toEqual(['authority']);
  });

  it('refuses only a shift newly becoming an authority task where field workers do none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TIME_USES),
        fc.constantFrom(null, ...TIME_USES),
        fc.boolean(),
        (use, previous, allowed) => {
          const refused = !allowed && use === 'authority' && previous !== 'authority';
          expect(timeUseAllowed(use, previous, allowed)).toBe(!refused);
        },
      ),
    );
  });

  it('offers authority tasks only when allowed, or when the shift already has them', () => {
    expect(timeUseChoices(['outreach'], false)).not.toContain('authority');
    expect(timeUseChoices(['outreach'], true)).toEqual([...TIME_USES]);
    expect(timeUseChoices(['authority', 'outreach'], false)).toEqual([...TIME_USES]);
  });
});

/**
 * Year-on-year comparison of a period's contacts. Only like with like: the same days a year
 * earlier, and while the period still runs only its days so far ("hittills") against the same
 * days then, never a half-run period against a whole one.
 */

export type ComparedDays = { from: string; to: string; soFar: boolean };

/** The days of `period` to compare on `today`; null before the period has begun. */
export function comparedDays(period: { from: string; to: string }, today: string): ComparedDays | null {
  if (today < period.from) return null;
  if (today > period.to) return { from: period.from, to: period.to, soFar: false };
  return { from: period.from, to: today, soFar: true };
}

/** The change from `then` to `now` as a fraction (0.12 is +12 %); null when there was nothing then. */
export function changeSince(now: number, then: number): number | null {
  return then > 0 ? (now - then) / then : null;
}

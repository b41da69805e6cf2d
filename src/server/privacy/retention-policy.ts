/** The kinds of personal record Fältlogg deletes on schedule, and how long each is kept by default. */
export const RECORD_KINDS = ['support_contact', 'report_of_concern'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/**
 * Defaults from the issue: a support contact 12 months after its last contact (or its closing, if
 * later); a report of concern 3 months after the reception acknowledged it — the authority's own case
 * system keeps the official copy.
 */
export const DEFAULT_RETENTION_MONTHS: Record<RecordKind, number> = {
  support_contact: 12,
  report_of_concern: 3,
};

/**
 * The instant `months` calendar months before `now`: records whose clock started at or before it are
 * due. The day of the month is clamped (31 May minus 3 months is 28 or 29 February), so a record is
 * never deleted early.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cutoff = new Date(now);
  cutoff.setUTCDate(1);
  cutoff.setUTCFullYear(year, month, Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}

/** Whether a record whose retention clock started at `since` is due for deletion at `now`. */
export function isDue(since: Date, months: number, now: Date): boolean {
  return since.getTime() <= retentionCutoff(now, months).getTime();
}

const DAY_MS = 86_400_000;
const stockholmDays = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' });

/**
 * The Stockholm day by whose noon a support contact is gone, if nothing more is logged: the first
 * day its scheduled deletion (`deleteSupportContactsDue`: last contact before the cutoff's day, and
 * closed, if closed, by the cutoff) holds. Walks days forward from a bound that is never late.
 */
export function plannedDeletionDay(
  contact: { lastContactOn: string; closedAt: Date | null },
  months: number,
): string {
  const due = (at: Date) => {
    const cutoff = retentionCutoff(at, months);
    return (
      contact.lastContactOn < stockholmDays.format(cutoff) &&
      (contact.closedAt === null || contact.closedAt.getTime() <= cutoff.getTime())
    );
  };
  const since = Math.max(Date.parse(`${contact.lastContactOn}T12:00:00Z`), contact.closedAt?.getTime() ?? 0);
  // A calendar month has at least 28 days, so `since` plus 28 days a month is never past the day.
  let noon = new Date(
    Date.parse(`${stockholmDays.format(new Date(since + months * 28 * DAY_MS))}T11:00:00Z`),
  );
  while (!due(noon)) noon = new Date(noon.getTime() + DAY_MS);
  return stockholmDays.format(noon);
}

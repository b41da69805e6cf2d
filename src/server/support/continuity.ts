import { CLOSE_REASONS, type CloseReason } from '../../shared/support-contacts';

/**
 * An open contact with no contact logged for longer than this, at the end of a period, counts as
 * lost: the relationship has most likely ended without anyone closing it.
 */
export const LOST_AFTER_DAYS = 90;

/** One contact as the report sees it: Stockholm days (YYYY-MM-DD) only. */
export type ContinuityContact = {
  openedOn: string;
  closedOn: string | null;
  closeReason: CloseReason | null;
  consentedOn: string;
  /** Days a contact was logged on. */
  contactDays: readonly string[];
};

export type Period = { from: string; to: string };

export type ContinuityFigures = {
  openAtStart: number;
  opened: number;
  openAtEnd: number;
  closed: { total: number; byReason: Record<CloseReason, number> };
  lost: { workerLeft: number; noContact: number; total: number };
};

/** Days from `a` to `b` (both YYYY-MM-DD); negative if `b` is earlier. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

const isOpenAt = (contact: ContinuityContact, day: string) =>
  contact.openedOn <= day && (contact.closedOn === null || contact.closedOn > day);

/** The last day a contact was had on or before `day`: the latest logged, else the consent's. */
export function lastContactOn(contact: ContinuityContact, day: string): string {
  let last = contact.consentedOn;
  for (const contactDay of contact.contactDays) if (contactDay <= day && contactDay > last) last = contactDay;
  return last;
}

/**
 * Whether an open contact is lost at `day`: no contact for more than LOST_AFTER_DAYS. (Closed
 * contacts are lost only by their close reason.)
 */
export function silentTooLong(contact: ContinuityContact, day: string): boolean {
  return isOpenAt(contact, day) && daysBetween(lastContactOn(contact, day), day) > LOST_AFTER_DAYS;
}

/**
 * The continuity figures of a unit's contacts for a period (inclusive days). Open at start: opened
 * before it, not closed before it; open at end: opened by its last day, not closed by then; so
 * openAtStart + opened − closed = openAtEnd. Lost: closed in the period because the responsible
 * person left without handing over, or still open at the end (or today, if earlier) without a
 * contact for more than LOST_AFTER_DAYS.
 */
export function continuityFigures(
  contacts: readonly ContinuityContact[],
  period: Period,
  today: string,
): ContinuityFigures {
  const asOf = period.to < today ? period.to : today;
  const byReason = Object.fromEntries(CLOSE_REASONS.map((reason) => [reason, 0])) as Record<
    CloseReason,
    number
  >;
  let openAtStart = 0;
  let opened = 0;
  let closed = 0;
  let noContact = 0;
  for (const contact of contacts) {
    if (contact.openedOn < period.from && (contact.closedOn === null || contact.closedOn >= period.from))
      openAtStart++;
    if (contact.openedOn >= period.from && contact.openedOn <= period.to) opened++;
    const closedInPeriod =
      contact.closedOn !== null && contact.closedOn >= period.from && contact.closedOn <= period.to;
    if (closedInPeriod && contact.closeReason) {
      closed++;
      byReason[contact.closeReason]++;
    }
    if (isOpenAt(contact, period.to) && silentTooLong(contact, asOf)) noContact++;
  }
  const workerLeft = byReason.worker_left;
  return {
    openAtStart,
    opened,
    openAtEnd: contacts.filter((contact) => isOpenAt(contact, period.to)).length,
    closed: { total: closed, byReason },
    lost: { workerLeft, noContact, total: workerLeft + noContact },
  };
}

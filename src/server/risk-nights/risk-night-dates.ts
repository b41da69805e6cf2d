/**
 * The Swedish risk nights (riskkvällar) a municipality starts its calendar from. They are only a
 * starting point: each municipality moves, removes and adds dates after seeding a year, so the
 * rules here stay simple and predictable rather than trying to know every school's last day.
 */

export type DefaultRiskNight = {
  key: string;
  name: string;
  /** YYYY-MM-DD, a Stockholm calendar day. */
  day: string;
  /** Wall-clock times; an end at or before the start is on the next morning. */
  startsAt: string;
  endsAt: string;
};

const FRIDAY = 5;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Day of the week of a calendar date (0 = Sunday), independent of any time zone. */
export function weekdayOf(year: number, month: number, day: number): number {
  const at = new Date(Date.UTC(2000, month - 1, day));
  at.setUTCFullYear(year, month - 1, day);
  return at.getUTCDay();
}

/** The first day from `firstDay` on (in the same month) that falls on `weekday`. */
function firstWeekdayFrom(year: number, month: number, firstDay: number, weekday: number): number {
  return firstDay + ((weekday - weekdayOf(year, month, firstDay) + 7) % 7);
}

/** Midsommarafton: the Friday between 19 and 25 June. */
export function midsummerEve(year: number): string {
  return iso(year, 6, firstWeekdayFrom(year, 6, 19, FRIDAY));
}

/**
 * Skolavslutning: schools end the spring term on different days, most often the second week of
 * June, so the default is its Friday (8–14 June) and each municipality moves it to its own day.
 */
export function schoolYearEnd(year: number): string {
  return iso(year, 6, firstWeekdayFrom(year, 6, 8, FRIDAY));
}

/** The first Friday after the autumn term starts (mid-August in most municipalities): 15–21 August. */
export function firstFridayOfAutumnTerm(year: number): string {
  return iso(year, 8, firstWeekdayFrom(year, 8, 15, FRIDAY));
}

/** The default risk nights of one year, in date order. */
export function defaultRiskNights(year: number): DefaultRiskNight[] {
  return [
    {
      key: 'walpurgis',
      name: 'Valborgsmässoafton',
      day: iso(year, 4, 30),
      startsAt: '16:00',
      endsAt: '02:00',
    },
    {
      key: 'school_end',
      name: 'Skolavslutning',
      day: schoolYearEnd(year),
      startsAt: '16:00',
      endsAt: '02:00',
    },
    { key: 'midsummer', name: 'Midsommarafton', day: midsummerEve(year), startsAt: '16:00', endsAt: '02:00' },
    {
      key: 'autumn_term',
      name: 'Första fredagen efter skolstart',
      day: firstFridayOfAutumnTerm(year),
      startsAt: '18:00',
      endsAt: '02:00',
    },
    { key: 'halloween', name: 'Halloween', day: iso(year, 10, 31), startsAt: '18:00', endsAt: '00:00' },
    { key: 'new_year', name: 'Nyårsafton', day: iso(year, 12, 31), startsAt: '20:00', endsAt: '03:00' },
  ];
}

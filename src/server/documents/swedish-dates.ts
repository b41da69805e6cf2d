/** Dates as Fältlogg's Swedish documents print them: "1 december 2026", Stockholm time. */

const longDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const timeOfDay = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * A calendar day ('YYYY-MM-DD', no time zone) in words. Noon UTC is the same day in Stockholm in
 * every season, so the day never shifts.
 */
export function swedishDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a calendar day: ${day}`);
  return longDay.format(new Date(`${day}T12:00:00Z`));
}

/** An instant as its Stockholm day in words. */
export function swedishDate(at: Date | string): string {
  return longDay.format(new Date(at));
}

/** An instant as its Stockholm day in words and time: "1 december 2026 kl. 14.05". */
export function swedishDateTime(at: Date | string): string {
  return `${swedishDate(at)} kl. ${timeOfDay.format(new Date(at)).replace(':', '.')}`;
}

/** The Stockholm calendar day of an instant, 'YYYY-MM-DD'. */
export function stockholmDay(at: Date | string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date(at));
}

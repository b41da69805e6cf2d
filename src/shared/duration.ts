/**
 * Working time as people type it on a phone: "3", "3,5", "3.5", "3:30", "3 h 30 min",
 * "3 tim 30 min", "90 min". Whole minutes; null when it is not a duration or is over a day.
 */
export function parseDuration(text: string): number | null {
  const input = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (input === '') return null;
  let minutes: number | null = null;
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(input);
  const decimal = /^(\d{1,2})(?:[.,](\d{1,2}))?(?: ?(?:h|tim|timmar|timme|t))?$/.exec(input);
  const parts = /^(?:(\d{1,2}) ?(?:h|tim|timmar|timme|t))? ?(?:(\d{1,4}) ?(?:m|min|minuter))?$/.exec(input);
  if (clock) minutes = Number(clock[1]) * 60 + Number(clock[2]);
  else if (decimal) minutes = Math.round(Number(`${decimal[1]}.${decimal[2] ?? '0'}`) * 60);
  else if (parts && (parts[1] !== undefined || parts[2] !== undefined))
    minutes = Number(parts[1] ?? 0) * 60 + Number(parts[2] ?? 0);
  return minutes !== null && minutes <= 1440 ? minutes : null;
}

/** Minutes as hours with a Swedish decimal comma where needed ("2,5"), for an input to show. */
export function durationText(minutes: number): string {
  if (minutes % 60 === 0) return String(minutes / 60);
  if (minutes % 6 === 0) return String(minutes / 60).replace('.', ',');
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Axis ticks for bar charts: 0 and round steps (1, 2 or 5 × 10ⁿ) up to at least `max`, about
 * `count` of them, never closer than `minStep`. A count has `minStep` 1, so its axis never reads
 * "0 0 1 1" (fractional ticks rounded to whole numbers); hours with one decimal have 0.1.
 */
export function niceTicks(max: number, count: number, minStep: number): number[] {
  const top = Math.max(max, 0);
  const wanted = Math.max(top, minStep) / Math.max(1, Math.round(count));
  const power = 10 ** Math.floor(Math.log10(wanted));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((step) => step >= wanted * (1 - 1e-9)) ?? wanted;
  const step = Math.max(nice, minStep);
  const steps = Math.max(1, Math.ceil(top / step - 1e-9));
  // Multiplied, not summed, and rounded, so 0.1 steps read 0.3 rather than 0.30000000000000004.
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** The finest step a measure's figures are shown in: whole numbers unless it shows decimals. */
export function minStepFor(decimals: number): number {
  return 10 ** -decimals;
}

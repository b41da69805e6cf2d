/** Timing runs and printing figures: p50/p95 of wall time per query, and the ratio to plain. */

export type Timing = { p50: number; p95: number; rowsMin: number; rowsMax: number };

export const TARGET_P50_MS = 50;
export const TARGET_RATIO = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Times `run` (which returns its row count) `runs` times after `warmUps` untimed runs. The run
 * index picks the parameters, so consecutive runs do not simply repeat the same pages.
 */
export async function time(
  run: (i: number) => Promise<number>,
  runs: number,
  warmUps: number,
): Promise<Timing> {
  for (let i = 0; i < warmUps; i++) await run(runs + i);
  const ms: number[] = [];
  const rows: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows.push(await run(i));
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return {
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    rowsMin: Math.min(...rows),
    rowsMax: Math.max(...rows),
  };
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const rowsText = (r: Timing) => (r.rowsMin === r.rowsMax ? `${r.rowsMin}` : `${r.rowsMin}–${r.rowsMax}`);

export const ratio = (plain: Timing, fast: Timing) => plain.p50 / fast.p50;

/** Whether the fast form meets the target against the plain one from the same run. */
export const meetsTarget = (plain: Timing, fast: Timing) =>
  fast.p50 <= TARGET_P50_MS && ratio(plain, fast) >= TARGET_RATIO;

export function timingLine(label: string, r: Timing, baseline?: Timing): string {
  const versus = baseline ? `   ×${ratio(baseline, r).toFixed(1)} vs plain` : '';
  return `  ${label.padEnd(26)} p50 ${fmt(r.p50).padStart(7)} ms   p95 ${fmt(r.p95).padStart(7)} ms   rows ${rowsText(r).padStart(9)}${versus}`;
}

export function sizeLine(table: string, size: { rows: number; bytes: number }): string {
  return `  ${table.padEnd(32)} ${size.rows.toLocaleString('en-US').padStart(12)} rows ${(size.bytes / 1024 / 1024).toFixed(0).padStart(7)} MB (with indexes)`;
}

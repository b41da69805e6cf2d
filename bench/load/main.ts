/**
 * Saves under load (`npm run bench:load`): the real server on PostgreSQL, many field workers of many
 * units running the phone's mix at once — list reads, new shifts, edits, edits from an old version,
 * retries of a save, and the same create sent twice at once — at several numbers of clients. Prints
 * throughput, latencies and every status per operation, then checks what must hold whatever the
 * interleaving (invariants.ts). Exits 1 if an invariant fails or any request got a 5xx or no answer.
 *
 *   DATABASE_URL   the bench database (default postgres://postgres@127.0.0.1:5432/faltlogg_bench_load);
 *                  dropped and recreated, so its name must contain "bench"
 *   LOAD_CLIENTS   numbers of clients, one level each (default 10,100,300)
 *   LOAD_SECONDS   seconds per level (default 20)
 *   LOAD_UNITS     field units of five workers each besides Demo stad's (default 60)
 *   LOAD_PROFILE_DIR  write the server's CPU profile (node --cpu-prof) to this folder
 */
import os from 'node:os';
import { migrateToLatest } from '../../src/server/db/migrate';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { mulberry32 } from '../../src/server/demo/demo-shifts';
import { startServer } from '../../test/e2e/server-process';
import { openBenchDatabase } from '../stats/database';
import { checkInvariants } from './invariants';
import { seedLoadData } from './setup';
import { type Acknowledged, OPERATIONS, type Outcome, Phone } from './traffic';

const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/faltlogg_bench_load';
const levels = (process.env.LOAD_CLIENTS ?? '10,100,300').split(',').map(Number);
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const units = Number(process.env.LOAD_UNITS ?? 60);
const PER_UNIT = 5;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

const database = await openBenchDatabase({ pglite: false, url, keep: process.env.BENCH_KEEP === '1' });
let failed = false;
const acknowledged: Acknowledged[] = [];
try {
  await migrateToLatest(database.db);
  const { workers, references } = await seedLoadData(database.db, units, PER_UNIT);
  // The data directory is unused: DATABASE_URL points the server at PostgreSQL.
  const server = await startServer(
    os.tmpdir(),
    {
      DATABASE_URL: url,
      FALTLOGG_DEMO_SEED: 'false',
      RETENTION_INTERVAL_MINUTES: '0',
      NODE_ENV: 'production',
      LOG_LEVEL: 'error',
    },
    process.env.LOAD_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE_DIR}`] : [],
  );
  try {
    console.log(
      `Fältlogg load benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}, ` +
        `PostgreSQL, load generator on the same machine`,
    );
    console.log(`${workers.length} field workers in ${units} units (+ Demo stad), ${seconds} s per level\n`);
    const needed = Math.max(...levels);
    const phones = workers
      .slice(0, needed)
      .map((worker, i) => new Phone(server.baseUrl, worker, references, mulberry32(i + 1)));
    // Sign-ins (Argon2id) before the clock starts, a few at a time.
    for (let i = 0; i < phones.length; i += 8)
      await Promise.all(phones.slice(i, i + 8).map((p) => p.signIn(DEMO_PASSWORD)));
    for (const clients of levels) {
      const outcomes: Outcome[] = [];
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        phones.slice(0, clients).map(async (phone) => {
          while (performance.now() < deadline) outcomes.push(...(await phone.step(acknowledged)));
        }),
      );
      const elapsed = (performance.now() - started) / 1000;
      console.log(`${clients} clients (${elapsed.toFixed(1)} s)`);
      for (const operation of OPERATIONS) {
        const mine = outcomes.filter((o) => o.operation === operation);
        if (mine.length === 0) continue;
        const ms = mine.map((o) => o.ms).sort((a, b) => a - b);
        const statuses = new Map<number, number>();
        for (const o of mine) statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
        const statusText = [...statuses]
          .sort(([a], [b]) => a - b)
          .map(([s, n]) => `${s === 0 ? 'no answer' : s}×${n}`)
          .join(' ');
        console.log(
          `  ${operation.padEnd(9)} ${String(mine.length).padStart(6)}  ${(mine.length / elapsed).toFixed(1).padStart(7)}/s  ` +
            `p50 ${percentile(ms, 50).toFixed(0).padStart(5)} ms  p95 ${percentile(ms, 95).toFixed(0).padStart(5)} ms  ` +
            `p99 ${percentile(ms, 99).toFixed(0).padStart(5)} ms   ${statusText}`,
        );
      }
      const saves = outcomes.filter((o) => o.operation !== 'list');
      const savesAnswered = saves.filter((o) => o.status >= 200 && o.status < 300).length;
      const bad = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
      console.log(
        `  saves answered 2xx: ${(savesAnswered / elapsed).toFixed(1)}/s; 5xx or no answer: ${bad}\n`,
      );
      if (bad > 0) failed = true;
    }
    const deadlocks = (server.output().match(/deadlock detected/g) ?? []).length;
    console.log(`server log: ${deadlocks} deadlocks`);
    if (deadlocks > 0) failed = true;
  } finally {
    await server.stop();
  }
  const problems = await checkInvariants(database.db, acknowledged);
  console.log(
    problems.length === 0
      ? 'invariants hold: versions, acknowledged saves, rollups'
      : `INVARIANTS BROKEN:\n  ${problems.join('\n  ')}`,
  );
  if (problems.length > 0) failed = true;
} finally {
  await database.close();
}
process.exit(failed ? 1 : 0);

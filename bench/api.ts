/**
 * Measures the foundation's hot paths over real HTTP on loopback: sign-in (Argon2id), the session
 * check every request pays, and two read routes. Prints figures and the machine; asserts nothing.
 * Uses PGlite in a temporary directory, or PostgreSQL when DATABASE_URL is set.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from '../src/server/app';
import { SignInThrottle } from '../src/server/auth/sign-in-throttle';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/connect';
import { migrateToLatest } from '../src/server/db/migrate';
import { DEMO_PASSWORD } from '../src/server/demo/demo-organisation';
import { seedDemoData } from '../src/server/demo/demo-seed';
import { createMetrics } from '../src/server/health/metrics';

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 5) * 1000;
const CONCURRENCY = 16;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function load(name: string, url: string, headers: Record<string, string>) {
  const latencies: number[] = [];
  const deadline = performance.now() + DURATION_MS;
  let failures = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(url, { headers });
        await response.arrayBuffer();
        if (!response.ok) failures++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const rate = Math.round(latencies.length / (DURATION_MS / 1000));
  console.log(
    `${name.padEnd(34)} ${String(rate).padStart(6)} req/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   failures ${failures}`,
  );
}

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'faltlogg-bench-'));
const config = loadConfig({
  ...process.env,
  FALTLOGG_DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  NODE_ENV: 'test',
});
const database = await openDatabase(config.database);
await migrateToLatest(database.db);
await seedDemoData(database.db);
const app = createApp({
  db: database.db,
  dbKind: database.kind,
  config,
  logger: pino({ level: 'silent' }),
  metrics: createMetrics(),
  signInThrottle: new SignInThrottle(1_000_000),
  now: () => new Date(),
});
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((resolve) => server.once('listening', resolve));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

console.log(
  `Fältlogg API benchmark — ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, Node ${process.version}`,
);
console.log(
  `database: ${database.kind}, ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per route\n`,
);

const session = await fetch(`${base}/api/auth/session`);
const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
const signInTimes: number[] = [];
let cookie = '';
for (let i = 0; i < 20; i++) {
  const started = performance.now();
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `faltlogg_csrf=${csrf}` },
    body: JSON.stringify({ email: 'admin@demo.faltlogg.se', password: DEMO_PASSWORD }),
  });
  signInTimes.push(performance.now() - started);
  cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}
signInTimes.sort((a, b) => a - b);
console.log(
  `${'POST /api/auth/sign-in (Argon2id)'.padEnd(34)} sequential   p50 ${percentile(signInTimes, 50).toFixed(1)} ms`,
);

await load('GET /api/health', `${base}/api/health`, {});
await load('GET /api/auth/session (signed in)', `${base}/api/auth/session`, { cookie });
await load('GET /api/organisation', `${base}/api/organisation`, { cookie });
await load('GET /api/users', `${base}/api/users`, { cookie });

server.close();
await database.db.destroy();
await rm(dataDir, { recursive: true, force: true });

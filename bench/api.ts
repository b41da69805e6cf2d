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
import { seedDemoShifts } from '../src/server/demo/demo-shifts';
import { createMetrics } from '../src/server/health/metrics';
import { uuidv7 } from '../src/shared/uuidv7';

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
    `${name.padEnd(40)} ${String(rate).padStart(6)} req/s   p50 ${percentile(latencies, 50).toFixed(1)} ms   p99 ${percentile(latencies, 99).toFixed(1)} ms   failures ${failures}`,
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
const { municipalityId } = await seedDemoData(database.db);
const demoShifts = await seedDemoShifts(database.db, municipalityId);
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
  `database: ${database.kind}, demo data with ${demoShifts} shifts, ${CONCURRENCY} concurrent clients, ${DURATION_MS / 1000} s per route\n`,
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
  `${'POST /api/auth/sign-in (Argon2id)'.padEnd(40)} sequential   p50 ${percentile(signInTimes, 50).toFixed(1)} ms`,
);

// The field log: a phone's sync is one PUT of a whole shift; the unit's list covers a year.
/** A signed-in session for one demo user: its cookie header, CSRF token and user. */
async function signInAs(email: string) {
  const anonymous = await fetch(`${base}/api/auth/session`);
  const token = ((await anonymous.json()) as { csrfToken: string }).csrfToken;
  const response = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: `faltlogg_csrf=${token}` },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await response.json()) as {
    csrfToken: string;
    user: { id: string; roles: { unitId: string }[] };
  };
  const cookies = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { ...body, cookie: cookies };
}

const chef = await signInAs('chef@demo.faltlogg.se');
const chefCookie = chef.cookie;
const unitId = chef.user.roles[0]?.unitId as string;
const categories = (await (
  await fetch(`${base}/api/categories`, { headers: { cookie: chefCookie } })
).json()) as {
  categories: { id: string; kind: string }[];
};
const ofKind = (kind: string) => categories.categories.filter((c) => c.kind === kind).map((c) => c.id);
const saveTimes: number[] = [];
for (let i = 0; i < 50; i++) {
  const start = new Date(Date.UTC(2026, 0, 1 + i, 18));
  const shift = {
    status: 'done',
    kind: 'outreach',
    title: null,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 4 * 3_600_000).toISOString(),
    timeUse: 'outreach',
    preventionLevel: 'universal',
    staffIds: [chef.user.id],
    areaIds: [],
    arenaIds: ofKind('arena').slice(0, 1),
    partners: [],
    riskFactorIds: [],
    protectiveFactorIds: [],
    encounters: ofKind('age_band')
      .slice(1, 3)
      .flatMap((ageBandId) =>
        (['girl', 'boy'] as const).map((gender) => ({ gender, ageBandId, depth: 'brief', count: 3 })),
      ),
    topics: ofKind('topic')
      .slice(0, 3)
      .map((topicId) => ({ topicId, count: 2 })),
    actions: [],
    observations: [],
    notes: 'Lugn kväll.',
  };
  const started = performance.now();
  const response = await fetch(`${base}/api/units/${unitId}/shifts/${uuidv7()}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'x-csrf-token': chef.csrfToken, cookie: chefCookie },
    body: JSON.stringify({ mutationId: uuidv7(), baseVersion: null, shift }),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`save failed: ${response.status}`);
  saveTimes.push(performance.now() - started);
}
saveTimes.sort((a, b) => a - b);
console.log(
  `${'PUT a whole shift (sync one save)'.padEnd(40)} sequential   p50 ${percentile(saveTimes, 50).toFixed(1)} ms   p99 ${percentile(saveTimes, 99).toFixed(1)} ms`,
);
const year = `from=${new Date(Date.now() - 365 * 86_400_000).toISOString()}&to=${new Date().toISOString()}`;
await load('GET a unit’s shifts for a year', `${base}/api/units/${unitId}/shifts?${year}`, {
  cookie: chefCookie,
});

// Follow-up: a unit's year of indicators as its manager sees it (exact), the municipality's year as
// an analyst sees it (disclosure control over every table), and its units side by side.
const analyst = await signInAs('analytiker@demo.faltlogg.se');
const lastYear = new Date().getUTCFullYear() - 1;
const statisticsYear = `from=${lastYear}-01-01&to=${lastYear}-12-31`;
await load(
  'GET a unit’s indicators for a year',
  `${base}/api/units/${unitId}/statistics/indicators?${statisticsYear}`,
  {
    cookie: chefCookie,
  },
);
await load('GET the municipality’s contacts, year', `${base}/api/statistics/contacts?${statisticsYear}`, {
  cookie: analyst.cookie,
});
await load('GET the municipality’s indicators, year', `${base}/api/statistics/indicators?${statisticsYear}`, {
  cookie: analyst.cookie,
});
await load('GET units side by side, year', `${base}/api/statistics/units?${statisticsYear}`, {
  cookie: analyst.cookie,
});

await load('GET /api/health', `${base}/api/health`, {});
await load('GET /api/auth/session (signed in)', `${base}/api/auth/session`, { cookie });
await load('GET /api/organisation', `${base}/api/organisation`, { cookie });
await load('GET /api/users', `${base}/api/users`, { cookie });

server.close();
await database.db.destroy();
await rm(dataDir, { recursive: true, force: true });

import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app';
import { deleteExpiredSessions } from './auth/session.repository';
import { SignInThrottle } from './auth/sign-in-throttle';
import { ensureDefaultCategories } from './categories/category.service';
import { loadConfig } from './config';
import { openDatabase } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { DEMO_PASSWORD } from './demo/demo-organisation';
import { hasAnyMunicipality, seedDemoData } from './demo/demo-seed';
import { seedDemoShifts } from './demo/demo-shifts';
import { createMetrics } from './health/metrics';
import { startRetentionSchedule } from './privacy/retention-schedule';

const started = performance.now();
const config = loadConfig();
const logger = pino({ level: config.logLevel });
const database = await openDatabase(config.database, (error) =>
  logger.warn({ err: error }, 'database connection dropped; the pool reconnects'),
);
const applied = await migrateToLatest(database.db);
if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

// Municipalities created before categories existed get the defaults.
await ensureDefaultCategories(database.db);

if (config.seedDemoData && !(await hasAnyMunicipality(database.db))) {
  console.log(
    'First start: creating Demo stad with a year of field-log data (takes about 10 seconds, once)…',
  );
  const { logins, municipalityId } = await seedDemoData(database.db);
  const shifts = await seedDemoShifts(database.db, municipalityId);
  logger.info({ shifts }, 'demo shifts for the past year written');
  const lines = logins.map((login) => `  ${login.email.padEnd(36)} ${login.roles.join(', ')}`);
  console.log(
    `\nDemo data created (Demo stad). Sign in with any of these, password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n`,
  );
}

const app = createApp({
  db: database.db,
  dbKind: database.kind,
  config,
  logger,
  metrics: createMetrics(),
  signInThrottle: new SignInThrottle(),
  now: () => new Date(),
});

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  const where = config.database.kind === 'pglite' ? `PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  logger.info(
    { port: info.port, database: where, startupMs: Math.round(performance.now() - started) },
    `Fältlogg is running on http://localhost:${info.port}`,
  );
});

const sweep = setInterval(() => {
  const now = new Date();
  const idleCutoff = new Date(now.getTime() - config.session.idleMinutes * 60_000);
  deleteExpiredSessions(database.db, now, idleCutoff).catch((error: unknown) =>
    logger.warn({ err: error }, 'could not delete expired sessions'),
  );
}, 15 * 60_000);
sweep.unref();

// Scheduled deletion (gallring) of personal records that are due, now and every interval.
startRetentionSchedule(database.db, config.retentionIntervalMinutes, logger);

/** Finish requests in flight, then close the database cleanly (PGlite must flush to disk). */
async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  server.close();
  await database.db.destroy();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));

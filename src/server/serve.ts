import { serve } from '@hono/node-server';
import type { Logger } from 'pino';
import { createApp } from './app';
import { deleteIdlePairs } from './auth/account-throttle';
import { deleteExpiredSessions } from './auth/session.repository';
import { SignInThrottle } from './auth/sign-in-throttle';
import { ensureDefaultCategories } from './categories/category.service';
import type { Config } from './config';
import type { DatabaseHandle } from './db/connect';
import { migrateToLatest } from './db/migrate';
import { DEMO_PASSWORD } from './demo/demo-organisation';
import { hasAnyMunicipality, seedDemo } from './demo/demo-seed';
import { createMetrics } from './health/metrics';
import { startRetentionSchedule } from './privacy/retention-schedule';
import { healRollups } from './statistics/rollup-health';

/**
 * Everything a start does once the database answers: migrate, seed the demo on a first start,
 * check the rollups, serve, and keep the housekeeping timers. main.ts loads this only after the
 * database check, so a start that cannot work ends before the app's modules are even loaded.
 */
export async function serveApp(config: Config, logger: Logger, database: DatabaseHandle, started: number) {
  const applied = await migrateToLatest(database.db);
  if (applied.length > 0) logger.info({ migrations: applied }, 'database migrated');

  // Municipalities created before categories existed get the defaults.
  await ensureDefaultCategories(database.db);

  if (config.seedDemoData && !(await hasAnyMunicipality(database.db))) {
    console.log(
      'First start: creating Demo stad with a year of field-log data (takes about 10 seconds, once)…',
    );
    const { logins, shifts } = await seedDemo(database.db);
    logger.info({ shifts }, 'demo shifts for the past year written');
    const lines = logins.map((login) => `  ${login.email.padEnd(36)} ${login.roles.join(', ')}`);
    console.log(
      `\nDemo data created (Demo stad). Sign in with any of these, password "${DEMO_PASSWORD}":\n${lines.join('\n')}\n`,
    );
  }

  // Rollups that disagree with the field log (a crash mid-import, a hand edit) are rebuilt before serving.
  await healRollups(database.db, logger);

  const signInThrottle = new SignInThrottle();
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    config,
    logger,
    metrics: createMetrics(),
    signInThrottle,
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
    signInThrottle
      .deleteExpired(database.db, now)
      .catch((error: unknown) => logger.warn({ err: error }, 'could not forget old sign-in attempts'));
    deleteIdlePairs(database.db, now).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not forget old failed sign-ins'),
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
}

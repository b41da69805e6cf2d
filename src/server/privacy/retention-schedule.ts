import type { Logger } from 'pino';
import type { Db } from '../db/connect';
import { allMunicipalityIds } from './retention.repository';
import { runRetention } from './retention.service';

/** Runs scheduled deletion for every municipality; one failing municipality does not stop the others. */
export async function runRetentionEverywhere(db: Db, now: Date, logger: Pick<Logger, 'info' | 'error'>) {
  for (const municipalityId of await allMunicipalityIds(db)) {
    try {
      const deleted = await runRetention(db, municipalityId, now, null);
      logger.info({ municipalityId, deleted }, 'scheduled deletion ran');
    } catch (error) {
      logger.error({ err: error, municipalityId }, 'scheduled deletion failed; it runs again next time');
    }
  }
}

/**
 * Starts the schedule: once at start, then every `intervalMinutes`. Deletion is idempotent (what is
 * due is deleted, what is gone stays gone), so a missed or doubled run does no harm.
 */
export function startRetentionSchedule(
  db: Db,
  intervalMinutes: number,
  logger: Pick<Logger, 'info' | 'error'>,
) {
  if (intervalMinutes <= 0) return () => {};
  const run = () => void runRetentionEverywhere(db, new Date(), logger);
  run();
  const timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

import type { Logger } from 'pino';
import type { Db } from '../db/connect';
import { allMunicipalityIds } from './retention.repository';
import { runScheduledRetention } from './retention.service';

const SKIPPED = {
  running_elsewhere: 'scheduled deletion skipped: another instance is running it',
  ran_recently: 'scheduled deletion skipped: it ran less than half an interval ago',
} as const;

/**
 * Runs scheduled deletion for every municipality; one failing municipality does not stop the
 * others. A municipality another instance is running, or ran within `skipIfRanWithinMs`, is
 * skipped, so instances sharing a database delete once per interval between them.
 */
export async function runRetentionEverywhere(
  db: Db,
  now: Date,
  logger: Pick<Logger, 'info' | 'error'>,
  { skipIfRanWithinMs = 0 }: { skipIfRanWithinMs?: number } = {},
) {
  for (const municipalityId of await allMunicipalityIds(db)) {
    try {
      const run = await runScheduledRetention(db, municipalityId, now, skipIfRanWithinMs);
      if (run.ran) logger.info({ municipalityId, deleted: run.deleted }, 'scheduled deletion ran');
      else logger.info({ municipalityId, reason: run.reason }, SKIPPED[run.reason]);
    } catch (error) {
      logger.error({ err: error, municipalityId }, 'scheduled deletion failed; it runs again next time');
    }
  }
}

/**
 * Starts the schedule: once at start, then every `intervalMinutes`. Deletion is idempotent (what is
 * due is deleted, what is gone stays gone), so a missed or doubled run does no harm. With several
 * instances, whichever comes first in each half interval runs, the others skip.
 */
export function startRetentionSchedule(
  db: Db,
  intervalMinutes: number,
  logger: Pick<Logger, 'info' | 'error'>,
) {
  if (intervalMinutes <= 0) return () => {};
  const options = { skipIfRanWithinMs: (intervalMinutes * 60_000) / 2 };
  const run = () => void runRetentionEverywhere(db, new Date(), logger, options);
  run();
  const timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * `npm run retention`: runs scheduled deletion once for every municipality, for deployments that
 * turn the in-process schedule off (RETENTION_INTERVAL_MINUTES=0) and use cron instead.
 */
import pino from 'pino';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { runRetentionEverywhere } from './retention-schedule';

const config = loadConfig();
const logger = pino({ level: config.logLevel });
const database = await openDatabase(config.database);
try {
  await migrateToLatest(database.db);
  await runRetentionEverywhere(database.db, new Date(), logger);
} finally {
  await database.db.destroy();
}

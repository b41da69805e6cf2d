import pino from 'pino';
import { loadConfigOrExit, openDatabaseOrExit } from './startup';

const started = performance.now();
const config = loadConfigOrExit();
const logger = pino({ level: config.logLevel });
// An unreachable or hanging database ends the start here, in one line, within the connect timeout.
const database = await openDatabaseOrExit(config, (error) =>
  logger.warn({ err: error }, 'database connection dropped; the pool reconnects'),
);
// The app itself (routes, services, the web app) only now: a dead database ends the start sooner.
const { serveApp } = await import('./serve');
await serveApp(config, logger, database, started);

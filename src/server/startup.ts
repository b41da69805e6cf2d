import { type Config, loadConfig } from './config';
import { databaseFailure, redactDatabaseUrl } from './db/availability';
import { type DatabaseHandle, openDatabase, pingDatabase } from './db/connect';

/**
 * What `main.ts` does before anything else, so that a start that cannot work ends at once with one
 * line an operator can act on: no stack trace, never a password, exit code 1.
 */
function exitWith(line: string): never {
  // stderr is synchronous for files and pipes, so the line is out before the process ends.
  process.stderr.write(`${line}\n`);
  process.exit(1);
}

/** The configuration, or a message naming every bad variable. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    exitWith(error instanceof Error ? error.message : String(error));
  }
}

/** Takes the password out of anything that might quote the URL. */
function withoutPassword(text: string, url: string): string {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // An unreadable URL has no password to hide either.
  }
  const firstLine = text.split('\n')[0] ?? '';
  return password ? firstLine.replaceAll(password, '***') : firstLine;
}

/** Why the database could not be used, in a few words. */
function reasonOf(error: unknown, config: Config): string {
  const failure = databaseFailure(error);
  if (failure?.reason === 'no answer in time') return `no answer within ${config.timeouts.connectMs} ms`;
  if (failure) return failure.reason;
  return error instanceof Error ? error.message : String(error);
}

/** The one line for a database that cannot be used. */
export function databaseProblemLine(config: Config, error: unknown): string {
  const database = config.database;
  if (database.kind === 'pglite') {
    return `Fältlogg could not open its embedded database in ${database.dataDir} (${reasonOf(error, config)}).`;
  }
  const reason = withoutPassword(reasonOf(error, config), database.url);
  return `Fältlogg could not reach the database at ${redactDatabaseUrl(database.url)} (${reason}). Check DATABASE_URL.`;
}

/** Opens the configured database and checks that it answers within the connect timeout, or exits. */
export async function openDatabaseOrExit(
  config: Config,
  onIdleError: (error: Error) => void,
): Promise<DatabaseHandle> {
  let database: DatabaseHandle;
  try {
    database = await openDatabase(config.database, onIdleError, config.timeouts);
  } catch (error) {
    exitWith(databaseProblemLine(config, error));
  }
  const ping = await pingDatabase(database.db);
  if (!ping.up) exitWith(databaseProblemLine(config, ping.cause));
  return database;
}

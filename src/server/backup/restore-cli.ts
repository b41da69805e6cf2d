/**
 * `npm run restore -- <file> [--replace]`: a backup from `npm run backup` back into the configured
 * database, then a count of its rows and a check of every audit chain. An existing PGlite database
 * is moved aside (never deleted), a PostgreSQL one replaced, and either only with --replace; the
 * server must be stopped. Migrations run at the next start, so an older backup is brought forward
 * then. Exit codes: 0 restored and chains whole, 1 refused or a chain broken, 2 usage or error.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { verifyAllChains } from '../audit/verify-cli';
import { loadConfig } from '../config';
import { openDatabase } from '../db/connect';
import { countRowsByTable, listTables } from './backup.repository';
import { BackupRefused, reportFailure, restorePglite } from './pglite-backup';
import { restorePostgres } from './postgres-backup';

async function main(argv: string[]): Promise<number> {
  let file: string | undefined;
  let replace = false;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { replace: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error('one file');
    file = positionals[0];
    replace = values.replace === true;
  } catch {
    console.error('Användning / usage: npm run restore -- <fil> [--replace]');
    return 2;
  }
  if (!file) return 2;
  const config = loadConfig();
  try {
    if (config.database.kind === 'postgres') {
      const database = await openDatabase(config.database);
      const tables = await listTables(database.db).finally(() => database.db.destroy());
      if (tables.length > 0 && !replace)
        throw new BackupRefused(
          'Databasen är inte tom; lägg till --replace för att ersätta den. / The database is not empty; add --replace to replace it.',
        );
      await restorePostgres(config.database.url, file, { replace });
    } else {
      const { movedAside } = await restorePglite(file, config.database.dataDir, { replace });
      if (movedAside)
        console.log(`Den tidigare databasen ligger kvar i / the previous database is kept in ${movedAside}`);
    }
  } catch (error) {
    return reportFailure(error, 'Återställningen misslyckades / restore failed');
  }
  const database = await openDatabase(config.database);
  try {
    const counts = await countRowsByTable(database.db);
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(`Återställd / restored: ${Object.keys(counts).length} tabeller/tables, ${rows} rader/rows`);
    return await verifyAllChains(database.db, (line) => console.log(`audit ${line}`));
  } finally {
    await database.db.destroy();
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));

/**
 * `npm run backup -- <file>`: the configured database to one file. PGlite (FALTLOGG_DATA_DIR): a
 * gzipped dump of the data directory — stop the server first, the tool refuses while it runs.
 * PostgreSQL (DATABASE_URL): `pg_dump --format=custom` when pg_dump is on PATH. Exit codes: 0 done,
 * 1 refused, 2 usage or error.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../config';
import { backupPglite, reportFailure } from './pglite-backup';
import { backupPostgres } from './postgres-backup';

async function main(argv: string[]): Promise<number> {
  const [file, ...rest] = argv;
  if (!file || rest.length > 0 || file.startsWith('-')) {
    console.error('Användning / usage: npm run backup -- <fil.tar.gz | fil.dump>');
    return 2;
  }
  const config = loadConfig();
  try {
    if (config.database.kind === 'postgres') {
      await backupPostgres(config.database.url, file);
      console.log(`Säkerhetskopian är skriven (pg_dump, custom format) / backup written: ${file}`);
    } else {
      const { bytes } = await backupPglite(config.database.dataDir, file);
      console.log(
        `Säkerhetskopian av ${config.database.dataDir} är skriven / backup written: ${file} (${Math.ceil(bytes / 1024)} KiB)`,
      );
    }
    return 0;
  } catch (error) {
    return reportFailure(error, 'Säkerhetskopieringen misslyckades / backup failed');
  }
}

const invokedDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));

import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataDirInUse, lockDataDir, unlockDataDir } from '../db/data-dir-lock';

/** Why a backup or restore was refused; the message is the line to print. */
export class BackupRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefused';
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

async function isEmptyOrMissing(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

/**
 * Writes the embedded database in `dataDir` to `file` as PGlite's gzipped tar dump. Takes the data
 * directory's lock, so it refuses while the server runs (PGlite allows one process). The file is
 * written beside its name and renamed when complete: a crash never leaves half a backup under it.
 */
export async function backupPglite(dataDir: string, file: string): Promise<{ bytes: number }> {
  if (await isEmptyOrMissing(dataDir))
    throw new BackupRefused(`Ingen databas i ${dataDir}. / No database in ${dataDir}.`);
  await lockDataDir(dataDir);
  const pglite = await PGlite.create({ dataDir });
  let dump: Blob;
  try {
    // A checkpoint first, so the dump's files hold every committed write.
    await pglite.exec('checkpoint');
    dump = await pglite.dumpDataDir('gzip');
  } finally {
    await pglite.close();
  }
  const bytes = Buffer.from(await dump.arrayBuffer());
  const partial = `${file}.partial`;
  await writeFile(partial, bytes, { mode: 0o600 });
  await rename(partial, file);
  return { bytes: bytes.length };
}

/**
 * Restores a backup made by `backupPglite` into `dataDir`. An existing database there is kept,
 * moved aside to `<dataDir>.before-restore-<time>`, and only with `replace`; without it the
 * restore refuses. Refuses, too, while a server has the directory open.
 */
export async function restorePglite(
  file: string,
  dataDir: string,
  options: { replace: boolean; now?: Date },
): Promise<{ movedAside: string | null }> {
  const bytes = await readFile(file).catch(() => {
    throw new BackupRefused(`Kan inte läsa ${file}. / Cannot read ${file}.`);
  });
  if (bytes[0] !== GZIP_MAGIC[0] || bytes[1] !== GZIP_MAGIC[1])
    throw new BackupRefused(
      `${file} är ingen säkerhetskopia från npm run backup. / ${file} is not a backup made by npm run backup.`,
    );
  await lockDataDir(dataDir);
  let movedAside: string | null = null;
  if (!(await isEmptyOrMissing(dataDir))) {
    if (!options.replace) {
      unlockDataDir(dataDir);
      throw new BackupRefused(
        `Det finns redan en databas i ${dataDir}; lägg till --replace för att ersätta den (den flyttas undan, inget raderas). / ` +
          `There is a database in ${dataDir} already; add --replace to replace it (it is moved aside, nothing is deleted).`,
      );
    }
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-');
    movedAside = `${path.resolve(dataDir)}.before-restore-${stamp}`;
    unlockDataDir(dataDir);
    await rename(dataDir, movedAside);
    await lockDataDir(dataDir);
  }
  await mkdir(dataDir, { recursive: true });
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([bytes]) });
  try {
    await pglite.query('select 1');
  } finally {
    await pglite.close();
  }
  if (!(await stat(path.join(dataDir, 'PG_VERSION')).catch(() => null)))
    throw new Error(`The restore wrote no database to ${dataDir}`);
  return { movedAside };
}

/**
 * For the backup and restore commands: prints why `error` stopped them and gives the exit code —
 * 1 for a refusal the operator can act on (a running server, an existing database), 2 otherwise.
 */
export function reportFailure(error: unknown, failed: string): 1 | 2 {
  if (error instanceof BackupRefused) {
    console.error(error.message);
    return 1;
  }
  if (error instanceof DataDirInUse) {
    console.error(`Databasen används / the database is ${error.message}`);
    return 1;
  }
  console.error(`${failed}: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
}

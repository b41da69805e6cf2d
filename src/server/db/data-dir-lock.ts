import { rmSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * PGlite is PostgreSQL in this process, with no server to share: two processes opening one data
 * directory would corrupt it. A lock file beside the directory (not in it, so a backup never
 * carries it) names the process that has it open; the server and every CLI take it.
 */
export class DataDirInUse extends Error {
  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `in use by process ${pid} (is the server running? stop it first; if no such process is Fältlogg, delete ${lockFile})`,
    );
    this.name = 'DataDirInUse';
  }
}

export const lockFileOf = (dataDir: string) => `${path.resolve(dataDir)}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const held = new Set<string>();

/**
 * Takes the data directory for this process, or throws DataDirInUse while another live process
 * holds it. A lock left by a process that is gone (a crash, a power cut) is taken over. Released
 * when the process exits.
 */
export async function lockDataDir(dataDir: string): Promise<void> {
  const lockFile = lockFileOf(dataDir);
  try {
    await writeFile(lockFile, `${process.pid}\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const pid = Number.parseInt(await readFile(lockFile, 'utf8'), 10);
    if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) throw new DataDirInUse(lockFile, pid);
    await writeFile(lockFile, `${process.pid}\n`);
  }
  held.add(lockFile);
  if (held.size === 1) process.once('exit', releaseAll);
}

/** Gives the directory back before the process ends (a restore that moves it aside). */
export function unlockDataDir(dataDir: string): void {
  const lockFile = lockFileOf(dataDir);
  if (!held.delete(lockFile)) return;
  rmSync(lockFile, { force: true });
}

function releaseAll() {
  for (const lockFile of held) rmSync(lockFile, { force: true });
  held.clear();
}

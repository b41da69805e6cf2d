import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir, lockFileOf, unlockDataDir } from './data-dir-lock';

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'faltlogg-lock-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the PGlite data directory lock', () => {
  it('sits beside the directory, names this process, and goes when released', async () => {
    const dir = path.join(work, 'data');
    await lockDataDir(dir);
    expect(lockFileOf(dir)).toBe(`${dir}.lock`);
    expect(await readFile(lockFileOf(dir), 'utf8')).toBe(`${process.pid}\n`);
    await lockDataDir(dir); // this process again: fine
    unlockDataDir(dir);
    await expect(readFile(lockFileOf(dir))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses while another live process holds it, and takes over from one that is gone', async () => {
    const dir = path.join(work, 'other');
    const live = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(lockFileOf(dir), `${live.pid}\n`);
      await expect(lockDataDir(dir)).rejects.toBeInstanceOf(DataDirInUse);
    } finally {
      live.kill();
    }
    const gone = spawnSync('true').pid;
    await writeFile(lockFileOf(dir), `${gone}\n`);
    await lockDataDir(dir);
    expect(await readFile(lockFileOf(dir), 'utf8')).toBe(`${process.pid}\n`);
    unlockDataDir(dir);
  });
});

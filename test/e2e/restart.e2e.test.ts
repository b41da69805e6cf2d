import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/connect';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-organisation';
import { rollupDrift } from '../../src/server/statistics/rollup-drift.repository';
import { freePort, repoRoot, startServer } from './server-process';

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'faltlogg-restart-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** Runs the server on the shared data directory until `work` is done, then stops it. */
async function withServer<T>(work: (base: string) => Promise<T>): Promise<{ result: T; output: string }> {
  const server = await startServer(dataDir, { LOG_LEVEL: 'info' });
  try {
    return { result: await work(server.baseUrl), output: server.output() };
  } finally {
    await server.stop();
  }
}

async function signedInFetch(base: string) {
  const session = await fetch(`${base}/api/auth/session`);
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: `faltlogg_csrf=${csrf}` },
    body: JSON.stringify({ email: 'admin@demo.faltlogg.se', password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const token = ((await signIn.json()) as { csrfToken: string }).csrfToken;
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return (url: string, init: RequestInit = {}) =>
    fetch(`${base}${url}`, {
      ...init,
      headers: { ...init.headers, cookie, 'x-csrf-token': token, 'content-type': 'application/json' },
    });
}

describe('the embedded database across restarts', () => {
  it('seeds Demo stad once, prints the logins, and keeps every change after a restart', async () => {
    const first = await withServer(async (base) => {
      const api = await signedInFetch(base);
      const response = await api('/api/administrations', {
        method: 'POST',
        body: JSON.stringify({ name: 'Kvar efter omstart' }),
      });
      expect(response.status).toBe(201);
    });
    expect(first.output).toContain('admin@demo.faltlogg.se');
    expect(first.output).toContain(DEMO_PASSWORD);

    const second = await withServer(async (base) => {
      const api = await signedInFetch(base);
      const tree = (await (await api('/api/organisation')).json()) as { administrations: { name: string }[] };
      return tree.administrations.map((a) => a.name);
    });
    expect(second.result).toContain('Kvar efter omstart');
    expect(second.result).toHaveLength(4);
    expect(second.output).not.toContain('Demo data created');
  });
});

describe('a first start killed while it seeds the demo', () => {
  it('leaves nothing half-made: the next start seeds Demo stad whole, rollups exact', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'faltlogg-killed-'));
    try {
      // Killed twice, at different moments of the seed (SIGKILL: no chance to tidy up). A machine
      // fast enough to finish the seed before the kill gets a fresh directory and half the delay,
      // so the kill always lands mid-seed instead of the test depending on this machine's speed.
      for (let afterMs of [800, 2_500]) {
        while (await seedFinishedBeforeKill(dir, afterMs)) {
          await rm(dir, { recursive: true, force: true });
          afterMs = Math.floor(afterMs / 2);
          expect(afterMs, 'the seed finishes before any kill can land').toBeGreaterThan(20);
        }
      }
      const server = await startServer(dir, { LOG_LEVEL: 'info' });
      const output = server.output();
      await server.stop();
      expect(output).toContain('Demo data created');
      const database = await openDatabase({ kind: 'pglite', dataDir: dir });
      try {
        const shifts = await database.db
          .selectFrom('shifts')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(shifts.n)).toBeGreaterThan(1000);
        const municipalities = await database.db.selectFrom('municipalities').select('id').execute();
        expect(municipalities).toHaveLength(1);
        expect((await rollupDrift(database.db)).filter((d) => d.cells > 0)).toEqual([]);
      } finally {
        await database.db.destroy();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

/** Starts a first start on `dir`, SIGKILLs it `afterMs` into the seed; true when the seed had already finished. */
async function seedFinishedBeforeKill(dir: string, afterMs: number): Promise<boolean> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', FALTLOGG_DATA_DIR: dir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  while (!output.includes('First start') && child.exitCode === null)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await exited;
  return output.includes('Demo data created');
}

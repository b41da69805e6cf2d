import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, type HangingServer, hangingServer } from '../../test/support/unreachable-database';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'secret-password';

type Outcome = { code: number | null; stdout: string; stderr: string; ms: number };

/** Starts the real server as `npm run serve` does and waits for it to end (it must, by itself). */
function start(env: Record<string, string>): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  // A start that hangs is the failure this guards against: end it, and let the assertions say so.
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) => {
    child.once('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

function expectOneCleanLine(outcome: Outcome) {
  expect(outcome.code, outcome.stderr).toBe(1);
  const lines = outcome.stderr.trimEnd().split('\n');
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(outcome.stderr).not.toMatch(/^\s+at |Error:|node:internal/m);
  expect(outcome.stderr + outcome.stdout).not.toContain(PASSWORD);
  return lines[0] as string;
}

describe('a start that cannot reach its database ends at once, and says why in one line', () => {
  let hanging: HangingServer;
  beforeAll(async () => {
    hanging = await hangingServer();
  });
  afterAll(() => hanging.close());

  it('connection refused', async () => {
    const port = await closedPort();
    const outcome = await start({
      DATABASE_URL: `postgres://faltlogg:${PASSWORD}@127.0.0.1:${port}/faltlogg`,
    });
    const line = expectOneCleanLine(outcome);
    expect(line).toBe(
      `Fältlogg could not reach the database at postgres://faltlogg@127.0.0.1:${port}/faltlogg (connection refused). Check DATABASE_URL.`,
    );
    expect(outcome.ms).toBeLessThan(10_000);
  });

  it('a server that accepts and never answers: within the connect timeout, under 10 s', async () => {
    // 3 s, not the default 5 s: CI runs three suites at once on two cores, and starting Node with
    // tsx alone can take seconds there (quiet, the default 5 s ends the start in about 6.6 s).
    const outcome = await start({
      DATABASE_URL: `postgres://faltlogg:${PASSWORD}@127.0.0.1:${hanging.port}/faltlogg`,
      DATABASE_CONNECT_TIMEOUT_MS: '3000',
    });
    const line = expectOneCleanLine(outcome);
    expect(line).toContain(`127.0.0.1:${hanging.port}/faltlogg (no answer within 3000 ms)`);
    expect(outcome.ms).toBeLessThan(10_000);
    expect(hanging.connections()).toBeGreaterThan(0);
  });

  it('an invalid configuration: the message naming the variable, no stack trace', async () => {
    const outcome = await start({ PORT: 'eighty', DATABASE_CONNECT_TIMEOUT_MS: '-1' });
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(
      /^Invalid configuration:\n {2}PORT: .+\n {2}DATABASE_CONNECT_TIMEOUT_MS: .+\n$/,
    );
    expect(outcome.stderr).not.toMatch(/^\s+at /m);
  });
});

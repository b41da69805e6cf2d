import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot, startServer } from './server-process';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the web app and starts the real server on a fresh PGlite data directory with demo data,
 * as `npm start` does; the browser tests talk to it over HTTP.
 */
export default async function startApp(project: TestProject) {
  if (process.env.FALTLOGG_E2E_SKIP_BUILD !== '1') {
    // FALTLOGG_WEB_DIR (as the server reads it) lets two test runs in one checkout build apart.
    const outDir = process.env.FALTLOGG_WEB_DIR;
    const where = outDir ? ['--outDir', path.resolve(repoRoot, outDir), '--emptyOutDir'] : [];
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', ...where], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'faltlogg-e2e-'));
  const server = await startServer(dataDir);
  project.provide('baseUrl', server.baseUrl);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

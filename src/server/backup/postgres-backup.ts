import { spawn, spawnSync } from 'node:child_process';
import { rename } from 'node:fs/promises';
import { BackupRefused } from './pglite-backup';

/** Whether a PostgreSQL client tool (`pg_dump`, `pg_restore`) is on PATH. */
export function hasTool(tool: 'pg_dump' | 'pg_restore'): boolean {
  return spawnSync(tool, ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The URL without its password, and the password for PGPASSWORD: a password in the command line
 * would show in every `ps` on the machine.
 */
function connection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${tool} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/** `pg_dump --format=custom` of the whole database to `file`, renamed into place when complete. */
export async function backupPostgres(url: string, file: string): Promise<void> {
  if (!hasTool('pg_dump'))
    throw new BackupRefused(
      'pg_dump finns inte på PATH; installera PostgreSQL-klienten (samma huvudversion som servern) eller kör pg_dump själv (docs/operations.md). / ' +
        'pg_dump is not on PATH; install the PostgreSQL client (the server’s major version) or run pg_dump yourself (docs/operations.md).',
    );
  const target = connection(url);
  const partial = `${file}.partial`;
  await run(
    'pg_dump',
    ['--format=custom', '--no-owner', `--file=${partial}`, `--dbname=${target.url}`],
    target.env,
  );
  await rename(partial, file);
}

/**
 * `pg_restore` of a custom-format dump into the database at `url`, in one transaction: it fails
 * whole or succeeds whole. `--clean --if-exists` replaces what the dump holds, so a database that is
 * not empty needs `replace`.
 */
export async function restorePostgres(
  url: string,
  file: string,
  options: { replace: boolean },
): Promise<void> {
  if (!hasTool('pg_restore'))
    throw new BackupRefused(
      'pg_restore finns inte på PATH (docs/operations.md). / pg_restore is not on PATH (docs/operations.md).',
    );
  const target = connection(url);
  const args = ['--no-owner', '--single-transaction', '--exit-on-error', `--dbname=${target.url}`];
  if (options.replace) args.push('--clean', '--if-exists');
  await run('pg_restore', [...args, file], target.env);
}

import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appInstance, TestClock } from '../../../test/support/test-app';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { verifyAuditChain } from '../audit/audit.service';
import { wrapPGlite } from '../db/connect';
import { createFirstMunicipality, SetupRefused } from './first-municipality.service';
import { parseSetupArgs } from './setup-args';

const PASSWORD = 'ett-långt-lösenord';

/** Runs `npm run setup`'s program as an operator would, with the password piped in. */
function runSetup(args: string[], env: Record<string, string>, stdin: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/setup/setup-cli.ts', ...args], {
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe.runIf(process.env.FALTLOGG_TEST_DB !== 'postgres')('npm run setup on an embedded database', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'faltlogg-setup-'));
    // Start from the run's migrated template, as a server that has started once would leave it:
    // creating a PGlite database takes seconds, and the CLI's migrations then have nothing to do.
    const template = await readFile(inject('pgliteTemplatePath'));
    await (await PGlite.create({ dataDir, loadDataDir: new Blob([template]) })).close();
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('creates the municipality and its administrator, who then signs in; a second run is refused', async () => {
    const env = { FALTLOGG_DATA_DIR: dataDir };
    const args = ['--municipality', 'Ekby kommun', '--admin', 'Admin@Ekby.se', '--unit', 'Fältgruppen'];
    const first = await runSetup([...args, '--password-stdin'], env, `${PASSWORD}\n`);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Kommunen "Ekby kommun" är skapad. Logga in som admin@ekby.se');

    const again = await runSetup(
      ['--municipality', 'EKBY kommun', '--admin', 'ny@ekby.se', '--password-stdin'],
      env,
      `${PASSWORD}\n`,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Kommunen "Ekby kommun" finns redan; inget ändrades.');
    const usage = await runSetup(['--admin', 'x@ekby.se'], env, '');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--municipality');

    const database = wrapPGlite(await PGlite.create({ dataDir }));
    try {
      const app = appInstance(database, {}, new TestClock());
      const admin = app.client();
      expect((await admin.signIn('admin@ekby.se', 'fel-lösenord-123')).status).toBe(401);
      const signedIn = await admin.signIn('admin@ekby.se', PASSWORD);
      expect(signedIn.status).toBe(200);
      const users = await (await admin.get('/api/users')).json();
      expect(JSON.stringify(users)).toContain('admin@ekby.se');
      const municipalities = await database.db.selectFrom('municipalities').select('name').execute();
      expect(municipalities.map((m) => m.name)).toEqual(['Ekby kommun']);
      const units = await database.db.selectFrom('units').select('name').execute();
      expect(units.map((u) => u.name)).toEqual(['Fältgruppen']);
    } finally {
      await database.db.destroy();
    }
  }, 60_000);
});

describe('creating the first municipality', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('audits what it creates in the new municipality’s own chain, with no user as actor', async () => {
    const now = new Date('2026-12-04T08:00:00Z');
    const created = await createFirstMunicipality(
      database.db,
      {
        municipality: 'Åby kommun',
        adminEmail: 'it@aby.se',
        adminName: 'IT',
        password: PASSWORD,
        unit: { name: 'Fältgruppen', administration: 'Socialförvaltningen' },
      },
      now,
    );
    const rows = await database.db
      .selectFrom('audit_events')
      .select(['action', 'actor_user_id', 'actor_roles', 'entity_id'])
      .where('municipality_id', '=', created.municipalityId)
      .orderBy('seq')
      .execute();
    expect(rows.map((row) => row.action)).toEqual([
      'municipality.create',
      'administration.create',
      'unit.create',
      'user.create',
    ]);
    expect(rows.every((row) => row.actor_user_id === null && row.actor_roles === 'setup')).toBe(true);
    expect(rows.at(-1)?.entity_id).toBe(created.userId);
    expect((await verifyAuditChain(database.db, created.municipalityId)).ok).toBe(true);
  });

  it('refuses an existing name or e-mail, and a short password, changing nothing', async () => {
    const count = async () => (await database.db.selectFrom('municipalities').select('id').execute()).length;
    const before = await count();
    const attempt = (municipality: string, adminEmail: string, password = PASSWORD) =>
      createFirstMunicipality(
        database.db,
        { municipality, adminEmail, adminName: 'IT', password },
        new Date(),
      );
    await expect(attempt(' åby KOMMUN ', 'ny@aby.se')).rejects.toMatchObject({ code: 'municipality_exists' });
    await expect(attempt('Cby kommun', 'IT@aby.se')).rejects.toMatchObject({ code: 'email_taken' });
    await expect(attempt('Cby kommun', 'c@cby.se', 'kort')).rejects.toBeInstanceOf(SetupRefused);
    expect(await count()).toBe(before);
  });

  it('reads its command line, refusing what it cannot use', () => {
    expect(parseSetupArgs(['--municipality', 'A', '--admin', 'A@B.se'])).toMatchObject({
      ok: true,
      args: {
        municipality: 'A',
        adminEmail: 'a@b.se',
        adminName: 'Administratör',
        unit: undefined,
        passwordStdin: false,
      },
    });
    expect(parseSetupArgs(['--municipality', 'A', '--admin', 'inte-en-adress']).ok).toBe(false);
    expect(parseSetupArgs(['--municipality', 'A', '--admin', 'a@b.se', '--administration', 'F']).ok).toBe(
      false,
    );
    expect(parseSetupArgs(['--municipality', 'A', '--admin', 'a@b.se', '--okänd']).ok).toBe(false);
  });
});

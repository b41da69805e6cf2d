import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appInstance, TestClock } from '../../../test/support/test-app';
import { verifyAuditChain } from '../audit/audit.service';
import { connectPostgres, type Db, openDatabase } from '../db/connect';
import { DataDirInUse, lockFileOf } from '../db/data-dir-lock';
import { seedDemoData } from '../demo/demo-seed';
import { createFirstMunicipality } from '../setup/first-municipality.service';
import { openContact } from '../support/support.fixtures';
import { countRowsByTable } from './backup.repository';
import { BackupRefused, backupPglite, restorePglite } from './pglite-backup';
import { backupPostgres, hasTool, restorePostgres } from './postgres-backup';

const onPostgres = process.env.FALTLOGG_TEST_DB === 'postgres';

/** Demo stad, a second municipality made by setup, and audited work in both: rows in every kind of table. */
async function seed(db: Db) {
  const clock = new TestClock();
  await seedDemoData(db, clock.now());
  await createFirstMunicipality(
    db,
    {
      municipality: 'Ekby kommun',
      adminEmail: 'it@ekby.se',
      adminName: 'IT',
      password: 'ett-långt-lösenord',
    },
    clock.now(),
  );
  const app = appInstance({ db, kind: onPostgres ? 'postgres' : 'pglite' }, {}, clock);
  const fatima = await app.signedIn('falt@demo.faltlogg.se');
  const centre = await db
    .selectFrom('units')
    .select('id')
    .where('name', '=', 'Fältgruppen Centrum')
    .executeTakeFirstOrThrow();
  await openContact(fatima, centre.id, { name: 'Sam' });
}

/** Row counts and, for every municipality, whether its audit chain verifies and how long it is. */
async function state(db: Db) {
  const chains: Record<string, { ok: boolean; checked: number }> = {};
  for (const { id, name } of await db.selectFrom('municipalities').select(['id', 'name']).execute()) {
    const report = await verifyAuditChain(db, id);
    chains[name] = { ok: report.ok, checked: report.checked };
  }
  return { rows: await countRowsByTable(db), chains };
}

function expectFullState(before: Awaited<ReturnType<typeof state>>) {
  expect(Object.keys(before.rows).length).toBeGreaterThan(20);
  expect(before.rows.audit_events).toBeGreaterThan(2);
  expect(before.rows.support_contacts).toBe(1);
  expect(before.chains).toMatchObject({ 'Demo stad': { ok: true }, 'Ekby kommun': { ok: true, checked: 2 } });
}

describe.runIf(!onPostgres)('npm run backup and restore on the embedded database', () => {
  let work: string;
  let source: string;
  let before: Awaited<ReturnType<typeof state>>;
  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'faltlogg-backup-'));
    source = path.join(work, 'data');
    // The run's migrated template as a data directory on disk, as a server would leave it.
    const template = await readFile(inject('pgliteTemplatePath'));
    await (await PGlite.create({ dataDir: source, loadDataDir: new Blob([template]) })).close();
    const database = await openDatabase({ kind: 'pglite', dataDir: source });
    try {
      await seed(database.db);
      before = await state(database.db);
    } finally {
      await database.db.destroy();
    }
  }, 60_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('keeps every row of every table, and every audit chain verifies after the restore', async () => {
    expectFullState(before);
    const file = path.join(work, 'faltlogg.tar.gz');
    const { bytes } = await backupPglite(source, file);
    expect(bytes).toBeGreaterThan(100_000);
    const target = path.join(work, 'restored');
    expect(await restorePglite(file, target, { replace: false })).toEqual({ movedAside: null });
    const restored = await openDatabase({ kind: 'pglite', dataDir: target });
    try {
      expect(await state(restored.db)).toEqual(before);
    } finally {
      await restored.db.destroy();
    }
  }, 60_000);

  it('replaces an existing database only when asked, moving it aside', async () => {
    const file = path.join(work, 'faltlogg.tar.gz');
    const target = path.join(work, 'restored');
    await expect(restorePglite(file, target, { replace: false })).rejects.toBeInstanceOf(BackupRefused);
    const now = new Date('2026-12-04T03:00:00Z');
    const { movedAside } = await restorePglite(file, target, { replace: true, now });
    expect(movedAside).toBe(`${path.resolve(target)}.before-restore-2026-12-04T03-00-00-000Z`);
    expect(await readdir(movedAside as string)).toContain('PG_VERSION');
    await writeFile(path.join(work, 'not-a-backup'), 'hello');
    await expect(
      restorePglite(path.join(work, 'not-a-backup'), path.join(work, 'x'), { replace: false }),
    ).rejects.toThrow(/is not a backup/);
  }, 60_000);

  it('refuses while another process has the database open', async () => {
    const server = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(lockFileOf(source), `${server.pid}\n`);
      await expect(backupPglite(source, path.join(work, 'refused.tar.gz'))).rejects.toBeInstanceOf(
        DataDirInUse,
      );
      await expect(openDatabase({ kind: 'pglite', dataDir: source })).rejects.toThrow(/in use by process/);
    } finally {
      server.kill();
      await rm(lockFileOf(source), { force: true });
    }
    expect(await readdir(work)).not.toContain('refused.tar.gz');
  });
});

describe.runIf(onPostgres && hasTool('pg_dump') && hasTool('pg_restore'))('pg_dump and pg_restore', () => {
  const url = process.env.TEST_DATABASE_URL as string;
  const names = { source: `faltlogg_backup_${randomBytes(4).toString('hex')}`, target: '' };
  names.target = `${names.source}_restored`;
  const at = (name: string) => {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return target.toString();
  };
  let admin: pg.Client;
  let work: string;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${names.source} template ${inject('postgresTemplate')}`);
    await admin.query(`create database ${names.target}`);
    work = await mkdtemp(path.join(tmpdir(), 'faltlogg-pgdump-'));
  });
  afterAll(async () => {
    for (const name of Object.values(names))
      await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    await rm(work, { recursive: true, force: true });
  });

  it('round-trips every row and the audit chains', async () => {
    const source = connectPostgres(at(names.source), 2);
    let before: Awaited<ReturnType<typeof state>>;
    try {
      await seed(source.db);
      before = await state(source.db);
    } finally {
      await source.db.destroy();
    }
    expectFullState(before);
    const file = path.join(work, 'faltlogg.dump');
    await backupPostgres(at(names.source), file);
    await restorePostgres(at(names.target), file, { replace: false });
    const target = connectPostgres(at(names.target), 2);
    try {
      expect(await state(target.db)).toEqual(before);
    } finally {
      await target.db.destroy();
    }
  }, 60_000);
});

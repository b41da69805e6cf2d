import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectPostgres, wrapPGlite } from '../../src/server/db/connect';
import { migrateToLatest } from '../../src/server/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: string;
  }
}

/** Per run, so two test runs on one server (two checkouts, two engineers) do not drop each other's. */
const TEMPLATE_DATABASE = `faltlogg_test_template_${process.pid}`;

/**
 * Creating and migrating a database costs seconds; do it once per run, and let each test file
 * clone the result: PGlite from a dumped data directory, PostgreSQL from a template database.
 */
export default async function setup(project: TestProject) {
  // A project's `env` reaches its test workers, not this setup, so go by the project's name.
  if (project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL as string;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
    const template = new URL(url);
    template.pathname = `/${TEMPLATE_DATABASE}`;
    const { db } = connectPostgres(template.toString(), 1);
    await migrateToLatest(db);
    await db.destroy();
    project.provide('postgresTemplate', TEMPLATE_DATABASE);
    project.provide('pgliteTemplatePath', '');
    return async () => {
      await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
      await admin.end();
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'faltlogg-test-'));
  const pglite = await PGlite.create();
  const { db } = wrapPGlite(pglite);
  await migrateToLatest(db);
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await db.destroy();
  project.provide('pgliteTemplatePath', file);
  project.provide('postgresTemplate', '');
  return async () => rm(dir, { recursive: true, force: true });
}

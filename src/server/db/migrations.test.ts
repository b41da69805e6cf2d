import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { databaseColumns } from './database';
import { MIGRATION_NAMES, migrateToLatest } from './migrate';

/**
 * A released migration never changes: databases have run it, and an edit would reach only new
 * ones (0002 was edited once, and 0015 repairs what that did). Add a new migration's checksum here
 * when you add it; change a released one's never — write a new migration instead.
 */
const RELEASED: Record<string, string> = {
  '0001_foundation': '085cca067d896cdda4e549c95507d15645d09164d095d6d5cad100552cb7af5b',
  '0002_field_log': 'da7283b7664573c5ce688bc69b05e214491d26fca9a23a27e3193006cd6094d4',
  '0003_statistics_rollup': '6aadd58bfd320fe3ff6a2800379cd4a9dbaa1fd15aaee569b4989257ef49f68d',
  '0004_monthly_rollup': 'c5e5267bc16fb71901293184ebb69972d24cfcc1a006ff1858b15f6394fd778c',
  '0005_population': 'e878e72c72f4f6b9edd1d347feea632a6ea1eb5d495af296e2fc32760da379f7',
  '0006_disclosure_threshold': '9786a79d82544cddf1ffc006f1467f580b143b42a161ddaac6387645a743da6a',
  '0007_audit_chain': '0dd6039de458e308b71e9ca5bf9d9c8106ece48ed8e498cee73bcbad8dc8b896',
  '0008_support_contacts': '226dc0e79527bff255c57a9504ecf8c0d5574ebdfba11766a64b89fb35c321f7',
  '0009_reports_of_concern': 'bc42556efa85921cc3e54aff01ca6046d9dc3fe53b0017aafd1158c6609db7c0',
  '0010_guidance_outcomes_and_role_separation':
    '8abfe77fab0dfcad8f2967f4d993ef79f2b51789c93e93cad4cf4c35b82857c0',
  '0011_retention': '6f0f2660354d72d5f38cf216635e3989b99aaf22d28857fecf1f39961538b1ce',
  '0012_cell_keys': 'bed140cc8222786665b96c3be8e9ee24c1afd14ded32cfa48466670a7a361579',
  '0013_rollup_net_upserts': 'fb7e91368d8684263b492806802048f6e5118d7b0547c3a170d90bec2e40b8b0',
  '0014_sign_in_throttle': 'c50049aa8226b531b6109e48054a057792fb47a0b4dd2c17cd0cbfa19b121ced',
  '0015_repair_early_field_log': '15095d46255f6a899208454ebf91a3dd584b22bee0e050a10fc462f26ddc5a50',
  '0016_oidc_sign_in': '8c6b95b59230635a08b69279efd2d97ea8a694c6cd8bac3ecfb3578a5299a420',
  '0017_second_factor': '08fc1d85f0cd004b3315861812176dfaedfc3f98b59ec9b676520852b9010549',
  '0018_sign_in_failures': 'fe323f9ee48fc37c67d2f266a9de4831b02a6930f51113c4816b5dc4797753c1',
  '0019_unit_scoped_ids': '950e16ccd6f6512c1d6633fb60d900f71e719f306b22d8c92fcc3c4ce5300b7a',
  '0020_staff_time': 'ffbf36d90d17cfdb8a2941438cb27d9738eb16fdab9018e33996197de0969f34',
  '0021_competence': '7a02a31d1406921c1b3ffb4db3cce5032e846d7e459c4b2776e99c076112b8b5',
  '0022_plans': '2f8474dd0642d6f55285140a43d2ce9e319d34f00c38d24d55acade1b0bf5b5d',
  '0023_risk_nights': '95e9c7167aba527bf2a95347c0e64c726828a6250aca2ea5c9b8b8b9e37ba661',
};

const folder = path.join(import.meta.dirname, 'migrations');
const checksum = (name: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(folder, `${name}.ts`)))
    .digest('hex');

describe('migrations', () => {
  it('are listed, every file in the folder, in order', () => {
    const files = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATION_NAMES).toEqual(files);
  });

  it('never change once released (each file holds to its checksum)', () => {
    expect(Object.fromEntries(MIGRATION_NAMES.map((name) => [name, checksum(name)]))).toEqual(RELEASED);
  });
});

/** 0015 and what came after it: Kysely runs migrations in order, so later ones run again (idempotent). */

describe('a database made by the first versions of 0002', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('upgrades to exactly the schema a new database gets', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    // Back to what those versions made, and 0015 not yet run.
    for (const statement of [
      'drop table shift_mutations',
      'alter table shifts add column last_mutation_id uuid',
      'alter table observations drop constraint observations_pkey',
      'alter table observations add primary key (municipality_id, id)',
      'create index observations_shift on observations (municipality_id, shift_id)',
      "delete from kysely_migration where name = '0015_repair_early_field_log'",
    ])
      await sql.raw(statement).execute(db);
    // Later migrations have run: only 0015 is run again, out of order.
    expect(await migrateToLatest(db, { allowUnordered: true })).toEqual(['0015_repair_early_field_log']);

    const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'public' and table_name in ('shifts', 'shift_mutations', 'observations')`.execute(
      db,
    );
    const of = (table: string) =>
      columns
        .filter((c) => c.table_name === table)
        .map((c) => c.column_name)
        .sort();
    for (const table of ['shifts', 'shift_mutations', 'observations'] as const)
      expect(of(table), table).toEqual(Object.keys(databaseColumns[table]).sort());
    const { rows: keys } = await sql<{ columns: string }>`
      select string_agg(a.attname, ',' order by k.ordinality) as columns
      from pg_constraint c cross join lateral unnest(c.conkey) with ordinality as k(attnum, ordinality)
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
      where c.conrelid = 'observations'::regclass and c.contype = 'p' group by c.oid`.execute(db);
    expect(keys[0]?.columns).toBe('municipality_id,shift_id,id');
    const { rows: index } =
      await sql`select 1 from pg_indexes where indexname = 'observations_shift'`.execute(db);
    expect(index).toEqual([]);
  });

  it('leaves a database that ran the final 0002 as it was', async () => {
    const db = database.db as unknown as Kysely<unknown>;
    await sql.raw("delete from kysely_migration where name = '0015_repair_early_field_log'").execute(db);
    // Later migrations have run: only 0015 is run again, out of order.
    expect(await migrateToLatest(db, { allowUnordered: true })).toEqual(['0015_repair_early_field_log']);
  });
});

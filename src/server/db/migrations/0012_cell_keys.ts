import { createHmac } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The cell-key method (docs/disclosure.md) replaces per-request suppression. Each municipality gets
 * a secret for record keys; every row that counts young people stores the sum of its records' keys
 * modulo 2^30 (`cell_key`), and every rollup carries that sum beside the count, so a cell has the
 * same key however it is summed. The per-municipality small-figure threshold goes: the ptable's
 * parameters are the same everywhere and published.
 *
 * Existing rows get their keys here. The key derivation is written out in this file, not imported,
 * so the migration keeps doing what it did when it shipped: it must equal
 * disclosure/record-keys.ts as of this migration.
 */
const MODULUS = 2 ** 30;
const recordKey = (secret: Uint8Array, identity: string) =>
  createHmac('sha256', secret).update(identity).digest().readUInt32BE(0) >>> 2;
const tallyKey = (secret: Uint8Array, identity: string, count: number) => {
  let sum = 0;
  for (let ordinal = 1; ordinal <= count; ordinal++)
    sum = (sum + recordKey(secret, `${identity}#${ordinal}`)) % MODULUS;
  return sum;
};

type Row = Record<string, unknown>;
const keyColumn = (column: string) => `${column} integer check (${column} >= 0 and ${column} < ${MODULUS})`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    -- 32 random bytes per municipality (gen_random_uuid draws from the server's strong random source).
    alter table municipalities add column record_key_secret bytea not null
      default decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
    alter table municipalities drop column disclosure_threshold;

    alter table encounter_tallies add column ${keyColumn('cell_key')};
    alter table topic_tallies add column ${keyColumn('cell_key')};
    alter table action_tallies add column ${keyColumn('cell_key')};
    alter table observations add column ${keyColumn('cell_key')};
    alter table support_contacts add column ${keyColumn('cell_key')};
    alter table guidance_outcomes add column ${keyColumn('arrived_key')};
    alter table guidance_outcomes add column ${keyColumn('not_arrived_key')};
    alter table guidance_outcomes add column ${keyColumn('unknown_key')};
  `,
  );

  await backfillCellKeys(db);

  const day = `(s.starts_at at time zone 'Europe/Stockholm')::date`;
  const keySum = (column: string) => `(sum(${column}) % ${MODULUS})::int`;
  await runStatements(
    db,
    `
    alter table encounter_tallies alter column cell_key set not null;
    alter table topic_tallies alter column cell_key set not null;
    alter table action_tallies alter column cell_key set not null;
    alter table observations alter column cell_key set not null;
    alter table support_contacts alter column cell_key set not null;
    alter table guidance_outcomes alter column arrived_key set not null;
    alter table guidance_outcomes alter column not_arrived_key set not null;
    alter table guidance_outcomes alter column unknown_key set not null;

    -- The rollups are rebuilt with their keys: they hold nothing the tallies do not.
    delete from encounter_monthly_municipality;
    delete from encounter_monthly_gender;
    delete from encounter_monthly;
    delete from encounter_daily;
    alter table encounter_daily add column ${keyColumn('cell_key')} not null;
    alter table encounter_monthly add column ${keyColumn('cell_key')} not null;
    alter table encounter_monthly_gender add column ${keyColumn('cell_key')} not null;
    alter table encounter_monthly_municipality add column ${keyColumn('cell_key')} not null;
    -- A cell with no contacts has no records, so no key: anything else is drift, and fails the save.
    alter table encounter_daily add check (contacts > 0 or cell_key = 0);
    alter table encounter_monthly add check (contacts > 0 or cell_key = 0);
    alter table encounter_monthly_gender add check (contacts > 0 or cell_key = 0);
    alter table encounter_monthly_municipality add check (contacts > 0 or cell_key = 0);

    insert into encounter_daily (municipality_id, unit_id, day, gender, age_band_id, depth, contacts, cell_key)
    select s.municipality_id, s.unit_id, ${day}, e.gender, e.age_band_id, e.depth, sum(e.count)::int,
           ${keySum('e.cell_key')}
    from shifts s
    join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
    where s.status = 'done'
    group by 1, 2, 3, 4, 5, 6;

    insert into encounter_monthly (municipality_id, unit_id, month, gender, age_band_id, contacts, cell_key)
    select municipality_id, unit_id, date_trunc('month', day)::date, gender, age_band_id, sum(contacts)::int,
           ${keySum('cell_key')}
    from encounter_daily group by 1, 2, 3, 4, 5;

    insert into encounter_monthly_gender (municipality_id, unit_id, month, gender, contacts, cell_key)
    select municipality_id, unit_id, month, gender, sum(contacts)::int, ${keySum('cell_key')}
    from encounter_monthly group by 1, 2, 3, 4;

    insert into encounter_monthly_municipality (municipality_id, month, gender, age_band_id, contacts, cell_key)
    select municipality_id, month, gender, age_band_id, sum(contacts)::int, ${keySum('cell_key')}
    from encounter_monthly group by 1, 2, 3, 4;
  `,
  );
}

/**
 * Gives every counted row of every municipality its cell key from the municipality's secret.
 * Exported so a test can check that it keys rows exactly as the app does.
 */
export async function backfillCellKeys(db: Kysely<unknown>): Promise<void> {
  const municipalities = await sql<{ id: string; secret: Uint8Array }>`
    select id, record_key_secret as secret from municipalities`.execute(db);
  for (const { id, secret } of municipalities.rows) {
    const key = (identity: string, count = 1) => tallyKey(secret, identity, count);
    await backfill(db, id, 'encounter_tallies', ['shift_id', 'gender', 'age_band_id', 'depth'], (r) => ({
      cell_key: key(`encounter|${r.shift_id}|${r.gender}|${r.age_band_id}|${r.depth}`, r.count as number),
    }));
    await backfill(db, id, 'topic_tallies', ['shift_id', 'topic_id'], (r) => ({
      cell_key: key(`topic|${r.shift_id}|${r.topic_id}`, r.count as number),
    }));
    await backfill(
      db,
      id,
      'action_tallies',
      ['shift_id', 'kind', 'service_id', 'gender', 'age_band_id'],
      (r) => ({
        cell_key: key(
          `action|${r.shift_id}|${r.kind}|${r.service_id ?? ''}|${r.gender}|${r.age_band_id}`,
          r.count as number,
        ),
      }),
    );
    await backfill(db, id, 'observations', ['shift_id', 'id'], (r) => ({
      cell_key: key(`observation|${r.shift_id}|${r.id}`),
    }));
    await backfill(db, id, 'support_contacts', ['id'], (r) => ({ cell_key: key(`support_contact|${r.id}`) }));
    await backfill(db, id, 'guidance_outcomes', ['shift_id', 'service_id', 'gender', 'age_band_id'], (r) => {
      const identity = `outcome|${r.shift_id}|${r.service_id}|${r.gender}|${r.age_band_id}`;
      return {
        arrived_key: key(`${identity}|arrived`, r.arrived as number),
        not_arrived_key: key(`${identity}|not_arrived`, r.not_arrived as number),
        unknown_key: key(`${identity}|unknown`, r.outcome_unknown as number),
      };
    });
  }
}

/** Sets key columns on every row of a table of one municipality, a thousand rows per statement. */
async function backfill(
  db: Kysely<unknown>,
  municipalityId: string,
  table: string,
  identity: readonly string[],
  keysOf: (row: Row) => Record<string, number>,
): Promise<void> {
  const { rows } =
    await sql<Row>`select * from ${sql.table(table)} where municipality_id = ${municipalityId}`.execute(db);
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000).map((row) => ({
      ...Object.fromEntries(identity.map((column) => [column, row[column] ?? null])),
      ...keysOf(row),
    }));
    const keyColumns = Object.keys(batch[0] ?? {}).filter((column) => !identity.includes(column));
    const columns = [
      ...identity.map(
        (column) =>
          `${column} ${column === 'gender' || column === 'depth' || column === 'kind' ? 'text' : 'uuid'}`,
      ),
      ...keyColumns.map((column) => `${column} int`),
    ];
    // An action's service_id is null for every kind but guidance; the other columns are never null.
    const same = (c: string) =>
      c === 'service_id' ? `t.${c} is not distinct from b.${c}` : `t.${c} = b.${c}`;
    await sql`
      update ${sql.table(table)} t set ${sql.raw(keyColumns.map((c) => `${c} = b.${c}`).join(', '))}
      from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as b(${sql.raw(columns.join(', '))})
      where t.municipality_id = ${municipalityId}
        and ${sql.raw(identity.map(same).join(' and '))}
    `.execute(db);
  }
}

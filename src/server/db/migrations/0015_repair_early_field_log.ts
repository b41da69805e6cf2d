import { type Kysely, sql } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * 0002 was edited after databases had run it (before migrations were checksummed:
 * db/migrations.test.ts now holds every released file to its checksum). A database from those
 * first versions has `shifts.last_mutation_id` and no `shift_mutations`, and keys observations by
 * (municipality_id, id) with an extra index. This brings such a database to what 0002 says now, and
 * does nothing to one that ran the final 0002.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table shifts drop column if exists last_mutation_id;
    create table if not exists shift_mutations (
      municipality_id uuid not null,
      mutation_id uuid not null,
      shift_id uuid not null,
      version integer not null,
      applied_at timestamptz not null,
      primary key (municipality_id, mutation_id),
      foreign key (municipality_id, shift_id) references shifts (municipality_id, id) on delete cascade
    );
    drop index if exists observations_shift;
  `,
  );
  const { rows } = await sql<{ columns: string }>`
    select string_agg(a.attname, ',' order by k.ordinality) as columns
    from pg_constraint c
    cross join lateral unnest(c.conkey) with ordinality as k(attnum, ordinality)
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where c.conrelid = 'observations'::regclass and c.contype = 'p'
    group by c.oid`.execute(db);
  if (rows[0]?.columns === 'municipality_id,id') {
    await runStatements(
      db,
      `
      alter table observations drop constraint observations_pkey;
      alter table observations add primary key (municipality_id, shift_id, id);
    `,
    );
  }
}

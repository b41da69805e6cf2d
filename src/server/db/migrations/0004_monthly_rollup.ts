import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Monthly rollups beside the daily one: most units log at most a shift a day, so encounter_daily is
 * nearly as large as the tallies, and a year read from it is barely faster. Each has the grain of
 * one read and no more (depth stays in encounter_daily; carrying it here doubles the rows a year
 * reads): encounter_monthly for a unit's or administration's contact table (gender × age band by
 * month), encounter_monthly_municipality for the municipality's (its units summed, so a year reads
 * just the cells shown), and encounter_monthly_gender for comparisons between units and periods.
 * Kept exact in each shift save's transaction together with encounter_daily (statistics/rollup.ts).
 *
 * The keys lead with (municipality_id, month), so a municipality's or administration's period is one
 * index range, and carry `contacts` (INCLUDE), so reads are index-only scans whatever order saves
 * appended the rows in. That costs HOT updates (a changed count writes index entries too), which
 * vacuum cleans up; reads are far more frequent than saves. encounter_monthly_gender also has an
 * index by month alone for comparisons across all municipalities.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table encounter_monthly (
      municipality_id uuid not null,
      unit_id uuid not null,
      month date not null check (extract(day from month) = 1),
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      contacts integer not null check (contacts >= 0),
      primary key (municipality_id, month, unit_id, gender, age_band_id) include (contacts),
      foreign key (municipality_id, unit_id) references units (municipality_id, id)
    );

    create table encounter_monthly_gender (
      municipality_id uuid not null,
      unit_id uuid not null,
      month date not null check (extract(day from month) = 1),
      gender text not null check (gender in ('girl', 'boy', 'other')),
      contacts integer not null check (contacts >= 0),
      primary key (municipality_id, month, unit_id, gender) include (contacts),
      foreign key (municipality_id, unit_id) references units (municipality_id, id)
    );
    create index encounter_monthly_gender_month on encounter_monthly_gender (month)
      include (municipality_id, unit_id, gender, contacts);

    create table encounter_monthly_municipality (
      municipality_id uuid not null references municipalities (id),
      month date not null check (extract(day from month) = 1),
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      contacts integer not null check (contacts >= 0),
      primary key (municipality_id, month, gender, age_band_id) include (contacts)
    );

    insert into encounter_monthly (municipality_id, unit_id, month, gender, age_band_id, contacts)
    select municipality_id, unit_id, date_trunc('month', day)::date, gender, age_band_id, sum(contacts)::int
    from encounter_daily
    group by 1, 2, 3, 4, 5;

    insert into encounter_monthly_gender (municipality_id, unit_id, month, gender, contacts)
    select municipality_id, unit_id, month, gender, sum(contacts)::int
    from encounter_monthly
    group by 1, 2, 3, 4;

    insert into encounter_monthly_municipality (municipality_id, month, gender, age_band_id, contacts)
    select municipality_id, month, gender, age_band_id, sum(contacts)::int
    from encounter_monthly
    group by 1, 2, 3, 4;
  `,
  );
}

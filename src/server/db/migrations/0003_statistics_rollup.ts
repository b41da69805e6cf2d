import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * Daily contact counts per unit, gender, age band and depth: the rollup dashboards read instead of
 * scanning every tally. Kept exact inside each shift save's transaction (see statistics/rollup.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table encounter_daily (
      municipality_id uuid not null,
      unit_id uuid not null,
      day date not null,
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age_band_id uuid not null,
      depth text not null check (depth in ('brief', 'conversation', 'support')),
      -- Zero only between a decrement and its clean-up; below zero would mean drift, and fails the save.
      contacts integer not null check (contacts >= 0),
      primary key (municipality_id, unit_id, day, gender, age_band_id, depth),
      foreign key (municipality_id, unit_id) references units (municipality_id, id)
    );
    create index encounter_daily_day on encounter_daily (municipality_id, day);

    insert into encounter_daily (municipality_id, unit_id, day, gender, age_band_id, depth, contacts)
    select s.municipality_id, s.unit_id, (s.starts_at at time zone 'Europe/Stockholm')::date,
           e.gender, e.age_band_id, e.depth, sum(e.count)::int
    from shifts s
    join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
    where s.status = 'done'
    group by 1, 2, 3, 4, 5, 6;
  `,
  );
}

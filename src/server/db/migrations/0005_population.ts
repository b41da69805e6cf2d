import type { Kysely } from 'kysely';
import { runStatements } from '../sql-script';

/**
 * The youth population by area, gender and single year of age, as imported by an administrator
 * (e.g. from Statistics Sweden): the denominators for contacts per 1,000 young people. One import
 * replaces a whole year for the municipality.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table youth_population (
      municipality_id uuid not null references municipalities (id),
      year integer not null check (year between 1900 and 2200),
      area_id uuid not null,
      gender text not null check (gender in ('girl', 'boy', 'other')),
      age integer not null check (age between 0 and 120),
      population integer not null check (population >= 0),
      imported_at timestamptz not null,
      imported_by uuid not null,
      primary key (municipality_id, year, area_id, gender, age),
      foreign key (municipality_id, area_id) references areas (municipality_id, id),
      foreign key (municipality_id, imported_by) references users (municipality_id, id)
    );
  `,
  );
}

import { type Kysely, sql, type Transaction } from 'kysely';
import type { Gender } from '../../shared/field-log';
import type { Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export type PopulationRow = { areaId: string; gender: Gender; age: number; population: number };

/** Rows per insert: well below PostgreSQL's 65,535 parameters at eight columns a row. */
const INSERT_CHUNK = 1000;

export async function countYearRows(db: Reader, municipalityId: string, year: number): Promise<number> {
  const row = await db
    .selectFrom('youth_population')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Replaces the municipality's population for one year; returns how many rows it replaced. */
export async function replaceYear(
  trx: Transaction<Database>,
  municipalityId: string,
  year: number,
  rows: readonly PopulationRow[],
  imported: { at: Date; by: string },
): Promise<number> {
  const deleted = await trx
    .deleteFrom('youth_population')
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', year)
    .executeTakeFirst();
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await trx
      .insertInto('youth_population')
      .values(
        rows.slice(start, start + INSERT_CHUNK).map((row) => ({
          municipality_id: municipalityId,
          year,
          area_id: row.areaId,
          gender: row.gender,
          age: row.age,
          population: row.population,
          imported_at: imported.at,
          imported_by: imported.by,
        })),
      )
      .execute();
  }
  return Number(deleted.numDeletedRows);
}

/** Every imported year's figures by area and gender, with the ages they cover. */
export async function populationByYearAreaGender(db: Reader, municipalityId: string) {
  return db
    .selectFrom('youth_population')
    .select([
      'year',
      'area_id',
      'gender',
      sql<number>`sum(population)::int`.as('population'),
      sql<number>`min(age)`.as('min_age'),
      sql<number>`max(age)`.as('max_age'),
    ])
    .where('municipality_id', '=', municipalityId)
    .groupBy(['year', 'area_id', 'gender'])
    .execute();
}

/** When each year was imported, and by whom (one import writes a whole year). */
export async function importsByYear(db: Reader, municipalityId: string) {
  return db
    .selectFrom('youth_population as p')
    .leftJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'p.municipality_id').onRef('u.id', '=', 'p.imported_by'),
    )
    .select([
      'p.year',
      sql<Date>`max(p.imported_at)`.as('imported_at'),
      sql<string | null>`max(u.display_name)`.as('imported_by'),
    ])
    .where('p.municipality_id', '=', municipalityId)
    .groupBy('p.year')
    .orderBy('p.year', 'desc')
    .execute();
}

export type AreaYouth = Record<Gender | 'total', number>;

/**
 * Young people per area in an age range (bounds inclusive, null for open), from the latest year
 * imported up to `year`: the denominators for contacts per 1,000. Areas imported for that year but
 * without anyone in the range count as zero. Null when no year up to `year` was imported.
 */
export async function populationByArea(
  db: Reader,
  municipalityId: string,
  range: { year: number; minAge?: number | null; maxAge?: number | null },
): Promise<{ year: number; byArea: Map<string, AreaYouth> } | null> {
  const latest = await db
    .selectFrom('youth_population')
    .select(sql<number | null>`max(year)`.as('year'))
    .where('municipality_id', '=', municipalityId)
    .where('year', '<=', range.year)
    .executeTakeFirst();
  if (latest?.year == null) return null;
  const minAge = range.minAge ?? 0;
  const maxAge = range.maxAge ?? 1000;
  const rows = await db
    .selectFrom('youth_population')
    .select([
      'area_id',
      'gender',
      sql<number>`coalesce(sum(population) filter (where age between ${minAge} and ${maxAge}), 0)::int`.as(
        'population',
      ),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('year', '=', latest.year)
    .groupBy(['area_id', 'gender'])
    .execute();
  const byArea = new Map<string, AreaYouth>();
  for (const row of rows) {
    const area = byArea.get(row.area_id) ?? { girl: 0, boy: 0, other: 0, total: 0 };
    area[row.gender] += row.population;
    area.total += row.population;
    byArea.set(row.area_id, area);
  }
  return { year: Number(latest.year), byArea };
}

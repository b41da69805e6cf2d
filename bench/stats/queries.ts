/**
 * The dashboard queries, each two ways: the plain GROUP BY over shifts ⋈ encounter_tallies, and
 * the form the app runs (statistics.repository's contactCounts / contactsByGender over the rollups).
 * Neither sorts in SQL; answers are sorted only to compare them.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/connect';
import { cellOf } from '../../src/server/disclosure/cells';
import { KEY_MODULUS } from '../../src/server/disclosure/record-keys';
import type { DayRange } from '../../src/server/statistics/period-split';
import {
  contactCounts,
  contactsByGender,
  type StatisticsScope,
} from '../../src/server/statistics/statistics.repository';

type Row = Record<string, unknown>;
type Unit = { municipality_id: string; unit_id: string; administration_id: string };
/** Where a contact table is asked for: a municipality, and the scope within it. */
type Place = { municipalityId: string; scope: StatisticsScope };

/** One dashboard query: `i` picks its parameters, so runs rotate over municipalities and units. */
export type BenchQuery = {
  key: string;
  title: string;
  plain: (i: number) => Promise<Row[]>;
  app: (i: number) => Promise<Row[]>;
};

/** A Stockholm day range as the instants it spans: [from 00:00, the day after `to` 00:00). */
const instants = (range: DayRange) => {
  const after = new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return sql`s.starts_at >= (${range.from}::timestamp at time zone 'Europe/Stockholm')
    and s.starts_at < (${after}::timestamp at time zone 'Europe/Stockholm')`;
};

/** The cell keys summed, as every rollup carries them: checked along with the counts. */
const cellKeySum = (alias?: string) =>
  sql.raw(`(sum(${alias ? `${alias}.` : ''}cell_key) % ${KEY_MODULUS})::int`);
type CellRow = { contacts: number; cell_key: number };

/** contactCounts' answer straight from the tallies: gender × age band × month ('YYYY-MM'). */
async function plainContacts(db: Db, { municipalityId, scope }: Place, range: DayRange) {
  const within =
    scope.kind === 'unit'
      ? sql`and s.unit_id = ${scope.id}`
      : scope.kind === 'administration'
        ? sql`and s.unit_id in (select id from units where municipality_id = ${municipalityId} and administration_id = ${scope.id})`
        : sql``;
  const { rows } = await sql<Row>`
    select e.gender, e.age_band_id, to_char(s.starts_at at time zone 'Europe/Stockholm', 'YYYY-MM') as month,
           sum(e.count)::int as contacts, ${cellKeySum('e')} as cell_key
    from shifts s
    join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
    where s.municipality_id = ${municipalityId} ${within} and s.status = 'done' and ${instants(range)}
    group by 1, 2, 3`.execute(db);
  return rows;
}

const appContacts = (db: Db, { municipalityId, scope }: Place, range: DayRange) =>
  contactCounts(db, municipalityId, scope, range);

const municipalityOf = (unit: Unit): Place => ({
  municipalityId: unit.municipality_id,
  scope: { kind: 'municipality', id: unit.municipality_id },
});
const unitOf = (unit: Unit): Place => ({
  municipalityId: unit.municipality_id,
  scope: { kind: 'unit', id: unit.unit_id },
});

export type QueryParameters = { units: Unit[]; year: number; weekFrom: string };

export function dashboardQueries(db: Db, { units, year, weekFrom }: QueryParameters): BenchQuery[] {
  // One unit per municipality stands for it, so municipalities rotate like units do.
  const municipalities = [...new Map(units.map((u) => [u.municipality_id, u])).values()].map(municipalityOf);
  const pick = <T>(list: T[], i: number): T => list[(i * 37) % list.length] as T;
  const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  const week = {
    from: weekFrom,
    to: new Date(Date.parse(`${weekFrom}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10),
  };
  return [
    {
      key: 'q1',
      title: `(1) one municipality's year ${year} by month × gender × age band`,
      plain: (i) => plainContacts(db, pick(municipalities, i), wholeYear),
      app: (i) => appContacts(db, pick(municipalities, i), wholeYear),
    },
    {
      key: 'q2',
      // Across municipalities, so not an app route: the same monthly-gender rollup that
      // contactsByGender reads for whole months, through its index by month.
      title: `(2) national unit comparison ${year}: contacts per unit by gender`,
      plain: async () =>
        (
          await sql<Row>`
            select s.municipality_id, s.unit_id, e.gender, sum(e.count)::int as contacts,
                   ${cellKeySum('e')} as cell_key
            from shifts s
            join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
            where s.status = 'done' and ${instants(wholeYear)}
            group by 1, 2, 3`.execute(db)
        ).rows,
      app: async () =>
        (
          await sql<Row>`
            select municipality_id, unit_id, gender, sum(contacts)::int as contacts,
                   ${cellKeySum()} as cell_key
            from encounter_monthly_gender
            where month between ${`${year}-01-01`} and ${`${year}-12-01`}
            group by 1, 2, 3`.execute(db)
        ).rows,
    },
    {
      key: 'q3',
      title: `(3) one unit's week from ${week.from} by gender × age band`,
      plain: (i) => plainContacts(db, unitOf(pick(units, i)), week),
      app: (i) => appContacts(db, unitOf(pick(units, i)), week),
    },
  ];
}

/**
 * The other paths through contactCounts and contactsByGender, checked but not timed: an
 * administration's year (encounter_monthly), partial months at both edges of a municipality's
 * period, by gender too, and a unit's week across a month end.
 */
export function edgeChecks(db: Db, { units, year }: QueryParameters): BenchQuery[] {
  const unit = units[0] as Unit;
  const municipality = municipalityOf(unit);
  const administration: Place = {
    municipalityId: unit.municipality_id,
    scope: { kind: 'administration', id: unit.administration_id },
  };
  const wholeYear = { from: `${year}-01-01`, to: `${year}-12-31` };
  const spring = { from: `${year}-03-15`, to: `${year}-06-10` };
  const acrossMonthEnd = { from: `${year}-09-29`, to: `${year}-10-05` };
  const byGender = (rows: Row[]) => {
    const of = (gender: string) => cellOf(rows.filter((row) => row.gender === gender) as CellRow[]);
    return [{ girl: of('girl'), boy: of('boy'), other: of('other') }];
  };
  return [
    {
      key: 'administration',
      title: `an administration's ${year}`,
      plain: () => plainContacts(db, administration, wholeYear),
      app: () => appContacts(db, administration, wholeYear),
    },
    {
      key: 'edges',
      title: `a municipality's ${spring.from}..${spring.to}`,
      plain: () => plainContacts(db, municipality, spring),
      app: () => appContacts(db, municipality, spring),
    },
    {
      key: 'edges by gender',
      title: `a municipality's ${spring.from}..${spring.to} by gender`,
      plain: async () => byGender(await plainContacts(db, municipality, spring)),
      app: async () => [await contactsByGender(db, municipality.municipalityId, municipality.scope, spring)],
    },
    {
      key: 'week across a month end',
      title: `a unit's ${acrossMonthEnd.from}..${acrossMonthEnd.to}`,
      plain: () => plainContacts(db, unitOf(unit), acrossMonthEnd),
      app: () => appContacts(db, unitOf(unit), acrossMonthEnd),
    },
  ];
}

/** Rows as sorted plain JSON, so answers from different sources compare value for value. */
export function canonical(rows: Row[]): string {
  const values = (row: Row) =>
    Object.keys(row)
      .sort()
      .map((key) => [key, typeof row[key] === 'number' ? row[key] : String(row[key])]);
  return JSON.stringify(rows.map((row) => JSON.stringify(values(row))).sort());
}

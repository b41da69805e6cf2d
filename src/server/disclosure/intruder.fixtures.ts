import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import type { TestApp, TestClient } from '../../../test/support/test-app';
import { DEPTHS, GENDERS } from '../../shared/field-log';
import { fieldLogSv } from '../../shared/field-log.sv';
import type { Indicators } from '../statistics/indicators.schema';
import type { ContactStatistics } from '../statistics/statistics.schema';
import type { UnitComparison } from '../statistics/unit-comparison.schema';
import { type Interval, IntruderSystem } from './intruder-bounds';
import { PTABLE } from './parameters';
import { possibleCounts } from './ptable';

/**
 * What the intruder suite works with: figures as the API publishes them and the truth behind
 * them, both as maps from the same figure names ("contacts|girl|<age band>", "actions|guidance|boy"),
 * so that an attack can name a figure once and look up both.
 */
export type Figures = Map<string, number>;
export type Range = { from: string; to: string };
export type Place = { kind: 'unit' | 'administration' | 'municipality'; id: string };

/** The figure names of the tables the suite attacks (contacts and indicators about young people). */
const INDICATOR_TABLES = new Set([
  'topics',
  'observations',
  'actions',
  'guidanceByService',
  'guidanceOutcomes',
]);

export function contactFigures(body: ContactStatistics): Figures {
  const figures: Figures = new Map();
  body.byGenderAndAge.forEach((row) => {
    row.cells.forEach((v, a) => {
      figures.set(`contacts|${row.gender}|${body.ageBands[a]?.id}`, v);
    });
    figures.set(`contacts|${row.gender}|total`, row.total);
  });
  body.ageTotals.forEach((v, a) => {
    figures.set(`contacts|total|${body.ageBands[a]?.id}`, v);
  });
  figures.set('contacts|total|total', body.total);
  body.byGenderAndDepth.forEach((row) => {
    row.cells.forEach((v, d) => {
      figures.set(`depth|${row.gender}|${DEPTHS[d]}`, v);
    });
  });
  body.depthTotals.forEach((v, d) => {
    figures.set(`depth|total|${DEPTHS[d]}`, v);
  });
  return figures;
}

export function indicatorFigures(body: Indicators): Figures {
  const figures: Figures = new Map();
  for (const table of body.tables) {
    if (!INDICATOR_TABLES.has(table.id)) continue;
    table.rows.forEach((row, r) => {
      table.columns.forEach((column, c) => {
        figures.set(`${table.id}|${row.key}|${column.key}`, table.cells[r]?.[c] as number);
      });
    });
    table.columns.forEach((column, c) => {
      figures.set(`${table.id}|total|${column.key}`, table.totals?.[c] as number);
    });
  }
  return figures;
}

/** Every counted record of the demo municipality's done shifts, by unit and Stockholm day. */
export async function loadTruth(t: TestApp) {
  const m = t.ids.municipalityId;
  const ofShifts = (table: string, columns: string) =>
    sql.raw(`
      select s.id as shift_id, s.unit_id, u.administration_id, ${columns}
      from shifts s join units u on u.municipality_id = s.municipality_id and u.id = s.unit_id
      join ${table} x on x.municipality_id = s.municipality_id and x.shift_id = s.id
      where s.status = 'done' and s.municipality_id = '${m}'`);
  type Base = { shift_id: string; unit_id: string; administration_id: string; day: string };
  const run = async <R>(query: ReturnType<typeof sql.raw>) =>
    (await sql<R & Base>`${query}`.execute(t.db)).rows;
  const dayColumn = `to_char((s.starts_at at time zone 'Europe/Stockholm')::date, 'YYYY-MM-DD') as day`;
  return {
    encounters: await run<{ gender: string; age_band_id: string; depth: string; count: number }>(
      ofShifts('encounter_tallies', `${dayColumn}, x.gender, x.age_band_id, x.depth, x.count`),
    ),
    topics: await run<{ topic_id: string; count: number }>(
      ofShifts('topic_tallies', `${dayColumn}, x.topic_id, x.count`),
    ),
    actions: await run<{ kind: string; service_id: string | null; gender: string; count: number }>(
      ofShifts('action_tallies', `${dayColumn}, x.kind, x.service_id, x.gender, x.count`),
    ),
    observations: await run<{ type_id: string; severity: string }>(
      ofShifts('observations', `${dayColumn}, x.type_id, x.severity`),
    ),
    outcomes: await run<{ gender: string; arrived: number; not_arrived: number; outcome_unknown: number }>(
      ofShifts('guidance_outcomes', `${dayColumn}, x.gender, x.arrived, x.not_arrived, x.outcome_unknown`),
    ),
  };
}
export type Truth = Awaited<ReturnType<typeof loadTruth>>;

/** The true figures of a place and period, named as the published ones are. */
export function trueFigures(truth: Truth, place: Place, range: Range, shiftId?: string): Figures {
  const inside = (row: { unit_id: string; administration_id: string; day: string; shift_id: string }) =>
    row.day >= range.from &&
    row.day <= range.to &&
    (shiftId === undefined || row.shift_id === shiftId) &&
    (place.kind === 'municipality' ||
      (place.kind === 'unit' ? row.unit_id === place.id : row.administration_id === place.id));
  const figures: Figures = new Map();
  const add = (name: string, count: number) => figures.set(name, (figures.get(name) ?? 0) + count);
  for (const e of truth.encounters.filter(inside)) {
    for (const g of [e.gender, 'total'])
      for (const a of [e.age_band_id, 'total']) add(`contacts|${g}|${a}`, e.count);
    for (const g of [e.gender, 'total']) add(`depth|${g}|${e.depth}`, e.count);
  }
  for (const topic of truth.topics.filter(inside)) {
    add(`topics|${topic.topic_id}|count`, topic.count);
    add('topics|total|count', topic.count);
  }
  for (const o of truth.observations.filter(inside))
    for (const type of [o.type_id, 'total'])
      for (const severity of [o.severity, 'total']) add(`observations|${type}|${severity}`, 1);
  for (const a of truth.actions.filter(inside)) {
    for (const kind of [a.kind, 'total'])
      for (const g of [a.gender, 'total']) add(`actions|${kind}|${g}`, a.count);
    if (a.kind === 'guidance')
      for (const service of [a.service_id, 'total'])
        for (const g of [a.gender, 'total']) add(`guidanceByService|${service}|${g}`, a.count);
  }
  // Guidance outcomes: followed up by gender; what is not is the guided count less the outcomes.
  for (const g of [...GENDERS, 'total']) {
    const mine = truth.outcomes.filter((o) => inside(o) && (g === 'total' || o.gender === g));
    const arrived = mine.reduce((s, o) => s + o.arrived, 0);
    const notArrived = mine.reduce((s, o) => s + o.not_arrived, 0);
    const unknown = mine.reduce((s, o) => s + o.outcome_unknown, 0);
    const guided = figures.get(`actions|guidance|${g}`) ?? 0;
    add(`guidanceOutcomes|arrived|${g}`, arrived);
    add(`guidanceOutcomes|not_arrived|${g}`, notArrived);
    add(`guidanceOutcomes|unknown|${g}`, unknown);
    add(`guidanceOutcomes|not_followed_up|${g}`, guided - arrived - notArrived - unknown);
  }
  return figures;
}

/** The margin equations of the attacked tables, for figure names under `prefix`. */
export function tableEquations(names: Iterable<string>): { total: string; parts: string[] }[] {
  const byTable = new Map<string, Set<string>>();
  const split = (name: string) => {
    const [table, row, column] = name.split('|') as [string, string, string];
    return { table, row, column };
  };
  for (const name of names) {
    const { table } = split(name);
    byTable.set(table, (byTable.get(table) ?? new Set()).add(name));
  }
  const equations: { total: string; parts: string[] }[] = [];
  for (const [table, members] of byTable) {
    const cells = [...members].map(split);
    const rows = [...new Set(cells.map((c) => c.row))].filter((r) => r !== 'total');
    const columns = [...new Set(cells.map((c) => c.column))].filter((c) => c !== 'total');
    const name = (row: string, column: string) => `${table}|${row}|${column}`;
    // Topics have one column: the rows add up to the total row. Depth shares the gender totals of contacts.
    if (table === 'topics') {
      equations.push({ total: name('total', 'count'), parts: rows.map((r) => name(r, 'count')) });
      continue;
    }
    const rowTotal = (row: string) => (table === 'depth' ? `contacts|${row}|total` : name(row, 'total'));
    for (const row of [...rows, 'total'])
      equations.push({ total: rowTotal(row), parts: columns.map((c) => name(row, c)) });
    for (const column of columns)
      equations.push({ total: name('total', column), parts: rows.map((r) => name(r, column)) });
    if (table !== 'depth')
      equations.push({ total: name('total', 'total'), parts: rows.map((r) => name(r, 'total')) });
  }
  return equations;
}

/**
 * One attack: published figures with the truth behind them, the equations the intruder knows, and
 * afterwards every true value in 1..4 checked against what the intruder can prove.
 */
export class Attack {
  readonly system = new IntruderSystem();
  private readonly truths = new Map<string, number>();

  constructor(readonly label: string) {}

  /** A figure as published, with its truth; what the public ptable lets anyone conclude from it alone. */
  published(name: string, shown: number, truth: number): void {
    const { min, max } = possibleCounts(PTABLE, shown);
    this.system.variable(name, { lo: min, hi: max });
    this.truths.set(name, truth);
  }

  /** A figure the intruder knows exactly (as a unit's own staff see their unit). */
  exact(name: string, value: number, truth: number): void {
    this.system.variable(name, { lo: value, hi: value });
    this.truths.set(name, truth);
  }

  /** A count the intruder wants but nobody published (the day between two periods). */
  unpublished(name: string, truth: number): void {
    this.system.variable(name, null);
    this.truths.set(name, truth);
  }

  sum(total: string, parts: readonly string[]): void {
    this.system.sum(total, parts);
  }

  /** Every true value in 1..4 with the interval the intruder can prove for it. */
  evaluate(): { name: string; truth: number; proven: Interval }[] {
    const targets = [...this.truths].filter(([, truth]) => truth >= 1 && truth <= 4).map(([name]) => name);
    if (targets.length === 0) return [];
    const proven = this.system.bounds(targets);
    return targets.map((name) => ({
      name: `${this.label}: ${name}`,
      truth: this.truths.get(name) as number,
      proven: proven.get(name) as Interval,
    }));
  }
}

/** GET a statistic once per URL: pages the intruder reads again answer from memory. */
export function cachedReader(client: TestClient) {
  const cache = new Map<string, unknown>();
  return async <T>(url: string): Promise<T> => {
    if (!cache.has(url)) {
      const response = await client.get(url);
      if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      cache.set(url, await response.json());
    }
    return cache.get(url) as T;
  };
}

export const statisticsUrl = (place: Place, statistic: 'contacts' | 'indicators' | 'units', range: Range) => {
  const query = `from=${range.from}&to=${range.to}`;
  if (place.kind === 'unit') return `/api/units/${place.id}/statistics/${statistic}?${query}`;
  if (place.kind === 'administration')
    return `/api/administrations/${place.id}/statistics/${statistic}?${query}`;
  return `/api/statistics/${statistic}?${query}`;
};

export type { UnitComparison };

/** The research export's Kontakter sheet as figures per exported shift number. */
export async function exportedContacts(client: TestClient, range: Range, ageBandLabels: Map<string, string>) {
  const response = await client.get(`/api/statistics/research-export?from=${range.from}&to=${range.to}`);
  if (response.status !== 200) throw new Error(`export: ${response.status}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Kontakter');
  if (!sheet) throw new Error('no Kontakter sheet');
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const inverse = (words: Record<string, string>) => new Map(Object.entries(words).map(([k, v]) => [v, k]));
  const genderOf = inverse({ ...fieldLogSv.genders, total: 'Alla' });
  const depthOf = inverse(fieldLogSv.depths);
  const byShift = new Map<number, Figures>();
  sheet.eachRow((row, r) => {
    if (r === 1) return;
    const values = (row.values as unknown[]).slice(1);
    const shift = Number(values[0]);
    const gender = genderOf.get(String(values[1])) ?? String(values[1]);
    const figures = byShift.get(shift) ?? new Map<string, number>();
    header.forEach((column, c) => {
      const value = Number(values[c] ?? 0);
      if (column === 'Kontakter totalt') figures.set(`contacts|${gender}|total`, value);
      else if (column.startsWith('Ålder: ')) {
        const band = ageBandLabels.get(column.slice('Ålder: '.length));
        if (band) figures.set(`contacts|${gender}|${band}`, value);
      } else if (column.startsWith('Djup: ')) {
        const depth = depthOf.get(column.slice('Djup: '.length));
        if (depth) figures.set(`depth|${gender}|${depth}`, value);
      }
    });
    byShift.set(shift, figures);
  });
  return byShift;
}

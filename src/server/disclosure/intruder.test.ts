/**
 * The intruder suite: replays, against the published statistics of a year of demo data, the attacks
 * that broke per-request suppression (issue 9), as an analyst of the whole municipality would. For
 * every true value from 1 to 4 behind the figures an attack combines, it computes what the intruder
 * can prove (intruder-bounds.ts: the exact bounds given the public ptable and the equations tying the
 * figures) and fails if any such value is pinned exactly. It prints how many attacks it ran.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/support/test-app';
import { GENDERS } from '../../shared/field-log';
import { seedDemoShifts } from '../demo/demo-shifts';
import type { Indicators } from '../statistics/indicators.schema';
import type { ContactStatistics } from '../statistics/statistics.schema';
import type { UnitComparison } from '../statistics/unit-comparison.schema';
import {
  Attack,
  cachedReader,
  contactFigures,
  exportedContacts,
  type Figures,
  indicatorFigures,
  loadTruth,
  type Place,
  type Range,
  statisticsUrl,
  type Truth,
  tableEquations,
  trueFigures,
} from './intruder.fixtures';
import type { Interval } from './intruder-bounds';

let t: TestApp;
let truth: Truth;
let read: ReturnType<typeof cachedReader>;
let units: { id: string; administration_id: string }[];
let administrations: string[];

type Outcome = { name: string; truth: number; proven: Interval };
const tally = new Map<string, { attacks: number; targets: number; pinned: Outcome[]; widths: number[] }>();

/** Runs an attack and files what it proved; a true value outside its proven interval is a model bug. */
function judge(family: string, attack: Attack): Outcome[] {
  const outcomes = attack.evaluate();
  const entry = tally.get(family) ?? { attacks: 0, targets: 0, pinned: [], widths: [] };
  entry.attacks++;
  entry.targets += outcomes.length;
  for (const outcome of outcomes) {
    expect(outcome.truth, outcome.name).toBeGreaterThanOrEqual(outcome.proven.lo);
    expect(outcome.truth, outcome.name).toBeLessThanOrEqual(outcome.proven.hi);
    entry.widths.push(outcome.proven.hi - outcome.proven.lo);
    if (outcome.proven.lo === outcome.proven.hi) entry.pinned.push(outcome);
  }
  tally.set(family, entry);
  return outcomes;
}

const pinnedIn = (family: string) => (tally.get(family)?.pinned ?? []).map((o) => `${o.name} = ${o.truth}`);

const DAY_MS = 86_400_000;
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
const monthRange = (month: string): Range => ({
  from: `${month}-01`,
  to: new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10),
});
const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2025, 3 + i, 1)).toISOString().slice(0, 7),
);

/** Published and true figures of a place and period: contacts, and the indicator tables if asked. */
async function figuresAt(place: Place, range: Range, withIndicators: boolean) {
  const published = contactFigures(await read<ContactStatistics>(statisticsUrl(place, 'contacts', range)));
  if (withIndicators)
    for (const [name, value] of indicatorFigures(
      await read<Indicators>(statisticsUrl(place, 'indicators', range)),
    ))
      published.set(name, value);
  return { published, truth: trueFigures(truth, place, range) };
}

/** A figure in an attack: as published, or — a row a table leaves out — known to be zero. */
function see(attack: Attack, name: string, label: string, at: { published: Figures; truth: Figures }) {
  const shown = at.published.get(name);
  const real = at.truth.get(name) ?? 0;
  if (shown === undefined) {
    expect(real, `${label} ${name} is left out, so it must be zero`).toBe(0);
    attack.system.variable(`${label}|${name}`, { lo: 0, hi: 0 });
  } else attack.published(`${label}|${name}`, shown, real);
}

const unitPlace = (id: string): Place => ({ kind: 'unit', id });

beforeAll(async () => {
  t = await createTestApp();
  await seedDemoShifts(t.db, t.ids.municipalityId, t.clock.now());
  const analyst: TestClient = await t.signedIn('analytiker@demo.faltlogg.se');
  read = cachedReader(analyst);
  truth = await loadTruth(t);
  units = await t.db
    .selectFrom('units')
    .select(['id', 'administration_id'])
    .where('municipality_id', '=', t.ids.municipalityId)
    .orderBy('name')
    .execute();
  administrations = [...new Set(units.map((u) => u.administration_id))];
}, 120_000);

afterAll(async () => {
  const total = { attacks: 0, targets: 0, pinned: 0 };
  const lines = [...tally].map(([family, entry]) => {
    total.attacks += entry.attacks;
    total.targets += entry.targets;
    total.pinned += entry.pinned.length;
    const narrow = entry.widths.length > 0 ? Math.min(...entry.widths) : '–';
    const mean =
      entry.widths.length > 0
        ? (entry.widths.reduce((a, b) => a + b, 0) / entry.widths.length).toFixed(1)
        : '–';
    return `  ${family.padEnd(52)} ${String(entry.attacks).padStart(6)} attacks ${String(entry.targets).padStart(6)} values 1–4   pinned ${entry.pinned.length}   narrowest interval ${narrow}, mean width ${mean}`;
  });
  console.log(
    `Intruder suite: ${total.attacks} attacks, ${total.targets} true values in 1–4 attacked, ${total.pinned} pinned exactly\n${lines.join('\n')}`,
  );
  await t.close();
});

describe('the intruder suite', () => {
  it('cannot pin a small figure by differencing a week and the week with one more day', async () => {
    const places: [Place, boolean][] = [
      [unitPlace(t.ids.unit.centre), true],
      [{ kind: 'administration', id: t.ids.administration.north }, false],
    ];
    for (const [place, withIndicators] of places) {
      for (let w = 0; w < 28; w++) {
        const monday = addDays('2025-09-01', 7 * w);
        const week = await figuresAt(place, { from: monday, to: addDays(monday, 6) }, withIndicators);
        const longer = await figuresAt(place, { from: monday, to: addDays(monday, 7) }, withIndicators);
        const day = await figuresAt(
          place,
          { from: addDays(monday, 7), to: addDays(monday, 7) },
          withIndicators,
        );
        for (const name of new Set([...longer.published.keys(), ...week.published.keys()])) {
          const attack = new Attack(`${place.kind} week of ${monday}`);
          see(attack, name, 'week', week);
          see(attack, name, 'week+1', longer);
          see(attack, name, 'day', day);
          attack.sum(`week+1|${name}`, [`week|${name}`, `day|${name}`]);
          judge('a week against the week and one day', attack);
        }
      }
    }
    expect(pinnedIn('a week against the week and one day')).toEqual([]);
  });

  it('cannot pin a day from a period growing one day at a time', async () => {
    const place = unitPlace(t.ids.unit.centre);
    for (const start of ['2025-10-06', '2025-11-03', '2026-01-12', '2026-02-09']) {
      const grown = [];
      const days = [];
      for (let k = 0; k < 14; k++) {
        grown.push(await figuresAt(place, { from: start, to: addDays(start, k) }, true));
        days.push(await figuresAt(place, { from: addDays(start, k), to: addDays(start, k) }, true));
      }
      const names = new Set(grown.flatMap((g) => [...g.published.keys()]));
      for (const name of names) {
        const attack = new Attack(`growing from ${start}`);
        grown.forEach((g, k) => {
          see(attack, name, `to day ${k}`, g);
        });
        days.forEach((d, k) => {
          see(attack, name, `day ${k}`, d);
        });
        attack.sum(`to day 0|${name}`, [`day 0|${name}`]);
        for (let k = 1; k < 14; k++)
          attack.sum(`to day ${k}|${name}`, [`to day ${k - 1}|${name}`, `day ${k}|${name}`]);
        judge('a period growing a day at a time', attack);
      }
    }
    expect(pinnedIn('a period growing a day at a time')).toEqual([]);
  });

  it('cannot pin a unit’s figure by subtracting the other units from their administration', async () => {
    for (const month of MONTHS) {
      const range = monthRange(month);
      const municipality = await figuresAt({ kind: 'municipality', id: t.ids.municipalityId }, range, true);
      const admins = new Map<string, Awaited<ReturnType<typeof figuresAt>>>();
      for (const id of administrations)
        admins.set(id, await figuresAt({ kind: 'administration', id }, range, true));
      const unitFigures = new Map<string, Awaited<ReturnType<typeof figuresAt>>>();
      for (const unit of units) unitFigures.set(unit.id, await figuresAt(unitPlace(unit.id), range, true));
      for (const name of municipality.published.keys()) {
        const attack = new Attack(`places in ${month}`);
        see(attack, name, 'municipality', municipality);
        for (const [id, figures] of admins) see(attack, name, `administration ${id}`, figures);
        for (const [id, figures] of unitFigures) see(attack, name, `unit ${id}`, figures);
        attack.sum(
          `municipality|${name}`,
          administrations.map((id) => `administration ${id}|${name}`),
        );
        for (const id of administrations)
          attack.sum(
            `administration ${id}|${name}`,
            units.filter((u) => u.administration_id === id).map((u) => `unit ${u.id}|${name}`),
          );
        judge('an administration minus its other units', attack);
      }
    }
    expect(pinnedIn('an administration minus its other units')).toEqual([]);
  });

  it('shows every cell of the unit comparison as the places’ own pages show it, and they pin nothing together', async () => {
    const periods = [
      ...MONTHS.map(monthRange),
      ...Array.from({ length: 12 }, (_, w) => ({
        from: addDays('2025-09-01', 7 * w),
        to: addDays('2025-09-07', 7 * w),
      })),
    ];
    for (const range of periods) {
      const month = range.from;
      const comparison = await read<UnitComparison>(
        statisticsUrl({ kind: 'municipality', id: t.ids.municipalityId }, 'units', range),
      );
      const attack = new Attack(`comparison of ${month}`);
      const municipality = await figuresAt({ kind: 'municipality', id: t.ids.municipalityId }, range, false);
      for (const unit of units) {
        const own = await figuresAt(unitPlace(unit.id), range, false);
        const row = comparison.units.find((u) => u.id === unit.id);
        for (const gender of GENDERS) {
          // The same cell, the same records, the same key: the same figure on both pages.
          expect(row?.contacts[gender], `${month} ${unit.id} ${gender}`).toBe(
            own.published.get(`contacts|${gender}|total`),
          );
          see(attack, `contacts|${gender}|total`, `unit ${unit.id}`, own);
        }
        expect(row?.total).toBe(own.published.get('contacts|total|total'));
        see(attack, 'contacts|total|total', `unit ${unit.id}`, own);
        attack.sum(
          `unit ${unit.id}|contacts|total|total`,
          GENDERS.map((g) => `unit ${unit.id}|contacts|${g}|total`),
        );
      }
      for (const gender of GENDERS) {
        expect(comparison.totals.contacts[gender]).toBe(
          municipality.published.get(`contacts|${gender}|total`),
        );
        see(attack, `contacts|${gender}|total`, 'municipality', municipality);
      }
      see(attack, 'contacts|total|total', 'municipality', municipality);
      for (const id of administrations) {
        const admin = await figuresAt({ kind: 'administration', id }, range, false);
        const mine = units.filter((u) => u.administration_id === id);
        for (const g of [...GENDERS, 'total']) {
          see(attack, `contacts|${g}|total`, `administration ${id}`, admin);
          attack.sum(
            `administration ${id}|contacts|${g}|total`,
            mine.map((u) => `unit ${u.id}|contacts|${g}|total`),
          );
        }
        attack.sum(
          `administration ${id}|contacts|total|total`,
          GENDERS.map((g) => `administration ${id}|contacts|${g}|total`),
        );
      }
      for (const g of [...GENDERS, 'total'])
        attack.sum(
          `municipality|contacts|${g}|total`,
          administrations.map((id) => `administration ${id}|contacts|${g}|total`),
        );
      attack.sum(
        'municipality|contacts|total|total',
        GENDERS.map((g) => `municipality|contacts|${g}|total`),
      );
      judge('a page against the unit comparison', attack);
    }
    expect(pinnedIn('a page against the unit comparison')).toEqual([]);
  });

  it('cannot pin a cell from the margins of its own tables', async () => {
    const views: [Place, Range][] = [
      ...units.flatMap((unit) =>
        MONTHS.map((month): [Place, Range] => [unitPlace(unit.id), monthRange(month)]),
      ),
      ...administrations.map((id): [Place, Range] => [
        { kind: 'administration', id },
        { from: '2025-04-01', to: '2026-03-31' },
      ]),
      [
        { kind: 'municipality', id: t.ids.municipalityId },
        { from: '2025-04-01', to: '2026-03-31' },
      ],
    ];
    // Tables that share figures are attacked together: contacts with depth; actions with guidance and its outcomes.
    const groups = [
      ['contacts', 'depth'],
      ['actions', 'guidanceByService', 'guidanceOutcomes'],
      ['topics'],
      ['observations'],
    ];
    for (const [place, range] of views) {
      const figures = await figuresAt(place, range, true);
      for (const group of groups) {
        const names = [...figures.published.keys()].filter((name) =>
          group.includes(name.split('|')[0] as string),
        );
        if (names.length === 0) continue;
        const attack = new Attack(`${place.kind} ${place.id} ${range.from}`);
        for (const name of names) see(attack, name, 'page', figures);
        for (const equation of tableEquations(names))
          attack.sum(
            `page|${equation.total}`,
            equation.parts.map((part) => `page|${part}`),
          );
        judge('the margins of one page’s tables', attack);
      }
    }
    expect(pinnedIn('the margins of one page’s tables')).toEqual([]);
  });

  it('cannot pin a shift’s or a week’s figure by joining the research export with the dashboards', async () => {
    const range = { from: '2026-02-01', to: '2026-02-28' };
    const bands = await t.db
      .selectFrom('categories')
      .select(['id', 'label_sv'])
      .where('municipality_id', '=', t.ids.municipalityId)
      .where('kind', '=', 'age_band')
      .execute();
    const municipalityAnalyst = await t.signedIn('analytiker@demo.faltlogg.se');
    const exported = await exportedContacts(
      municipalityAnalyst,
      range,
      new Map(bands.map((b) => [b.label_sv, b.id])),
    );
    // The export numbers the period's done shifts in start order: the same order, read from the database.
    const shifts = await t.db
      .selectFrom('shifts')
      .select(['id', 'unit_id', 'starts_at'])
      .where('municipality_id', '=', t.ids.municipalityId)
      .where('status', '=', 'done')
      .where('starts_at', '>=', new Date('2026-01-31T23:00:00Z'))
      .where('starts_at', '<', new Date('2026-02-28T23:00:00Z'))
      .orderBy('starts_at')
      .orderBy('id')
      .execute();
    expect(exported.size).toBe(shifts.length);
    const weeks = ['2026-02-02', '2026-02-09', '2026-02-16'];
    for (const unit of units) {
      for (const monday of weeks) {
        const week = { from: monday, to: addDays(monday, 6) };
        const dashboard = await figuresAt(unitPlace(unit.id), week, false);
        const inWeek = shifts
          .map((shift, i) => ({ ...shift, number: i + 1 }))
          .filter(
            (s) =>
              s.unit_id === unit.id &&
              trueFiguresDay(s.starts_at) >= week.from &&
              trueFiguresDay(s.starts_at) <= week.to,
          );
        for (const name of dashboard.published.keys()) {
          const attack = new Attack(`export ⋈ ${unit.id} week ${monday}`);
          see(attack, name, 'week', dashboard);
          for (const shift of inWeek) {
            const published = exported.get(shift.number) ?? new Map();
            see(attack, name, `shift ${shift.number}`, {
              published,
              truth: trueFigures(truth, unitPlace(unit.id), range, shift.id),
            });
          }
          attack.sum(
            `week|${name}`,
            inWeek.map((s) => `shift ${s.number}|${name}`),
          );
          judge('the research export joined with the dashboards', attack);
        }
        // A week with a single shift: that shift's cells are the week's cells, published the same.
        if (inWeek.length === 1)
          for (const [name, value] of exported.get(inWeek[0]?.number ?? 0) ?? new Map())
            expect(value, name).toBe(dashboard.published.get(name));
      }
    }
    expect(pinnedIn('the research export joined with the dashboards')).toEqual([]);
  });

  it('pins small values at once when the same attacks meet exact figures (why those stay in the unit)', async () => {
    const manager = cachedReader(await t.signedIn('chef@demo.faltlogg.se'));
    const place = unitPlace(t.ids.unit.centre);
    let pinned = 0;
    for (let w = 0; w < 4; w++) {
      const monday = addDays('2025-09-01', 7 * w);
      const at = async (range: Range) => ({
        published: contactFigures(await manager<ContactStatistics>(statisticsUrl(place, 'contacts', range))),
        truth: trueFigures(truth, place, range),
      });
      const week = await at({ from: monday, to: addDays(monday, 6) });
      const longer = await at({ from: monday, to: addDays(monday, 7) });
      for (const name of longer.published.keys()) {
        const attack = new Attack(`exact week of ${monday}`);
        attack.exact(`week|${name}`, week.published.get(name) ?? 0, week.truth.get(name) ?? 0);
        attack.exact(`week+1|${name}`, longer.published.get(name) ?? 0, longer.truth.get(name) ?? 0);
        attack.unpublished(`day|${name}`, (longer.truth.get(name) ?? 0) - (week.truth.get(name) ?? 0));
        attack.sum(`week+1|${name}`, [`week|${name}`, `day|${name}`]);
        for (const outcome of attack.evaluate()) if (outcome.proven.lo === outcome.proven.hi) pinned++;
      }
    }
    expect(pinned).toBeGreaterThan(0);
  });
});

/** A shift's Stockholm start day, as the statistics date it. */
function trueFiguresDay(startsAt: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(startsAt);
}

import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import { inTransaction } from '../db/in-transaction';
import { KEY_MODULUS } from '../disclosure/record-keys';
import {
  type DailyDelta,
  projectDelta,
  ROLLUPS,
  type Rollup,
  type RollupCell,
  type RollupColumn,
} from './rollup';

const COLUMN_TYPES: Record<RollupColumn, string> = {
  day: 'date',
  month: 'date',
  unit_id: 'uuid',
  gender: 'text',
  age_band_id: 'uuid',
  depth: 'text',
};

const columnList = (columns: readonly string[]) => sql.raw(columns.join(', '));

/** The cells as a table `d` with the rollup's column names, from one JSON parameter. */
function cellsTable(rollup: Rollup, cells: readonly RollupCell[]): RawBuilder<unknown> {
  const rows = cells.map((cell) => ({ ...cell.key, contacts: cell.contacts, cell_key: cell.cellKey }));
  const columns = [
    ...rollup.key.map((column) => `${column} ${COLUMN_TYPES[column]}`),
    'contacts int',
    'cell_key int',
  ];
  return sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as d(${sql.raw(columns.join(', '))})`;
}

/** `t`'s key equals `d`'s. */
const sameCell = (rollup: Rollup) =>
  sql.raw(rollup.key.map((column) => `t.${column} = d.${column}`).join(' and '));

/** A cell's key plus a delta's, modulo the key modulus (deltas are stored as their non-negative residue). */
const keySum = (a: string, b: string) => sql.raw(`((${a}::bigint + ${b}) % ${KEY_MODULUS})::int`);

/**
 * One rollup table's share of a save: the net change of every cell in ONE upsert, in key order, so
 * concurrent saves lock rows in the same order (no deadlocks: docs/statistics-storage.md). The rows
 * it returns are checked: a cell may never go below zero, and one left with no contacts must have no
 * key left either; anything else means the rollup is out of step with the tallies, and the save
 * fails. Emptied cells are then deleted (rows this transaction already holds).
 */
async function applyCells(
  trx: Transaction<Database>,
  municipalityId: string,
  rollup: Rollup,
  cells: readonly RollupCell[],
): Promise<void> {
  const table = sql.table(rollup.table);
  const columns = columnList(rollup.key);
  const { rows } = await sql<{ contacts: number; cell_key: number }>`
    insert into ${table} as t (municipality_id, ${columns}, contacts, cell_key)
    select ${municipalityId}::uuid, ${columns}, contacts, cell_key from ${cellsTable(rollup, cells)}
    order by ${columns}
    on conflict (municipality_id, ${columns}) do update
      set contacts = t.contacts + excluded.contacts, cell_key = ${keySum('t.cell_key', 'excluded.cell_key')}
    returning t.contacts, t.cell_key
  `.execute(trx);
  if (rows.some((row) => row.contacts < 0 || (row.contacts === 0 && row.cell_key !== 0))) {
    throw new Error(`Rollup out of step: ${rollup.table} would hold a cell below zero`);
  }
  if (rows.some((row) => row.contacts === 0)) {
    await sql`
      delete from ${table} t using ${cellsTable(rollup, cells)}
      where t.municipality_id = ${municipalityId} and ${sameCell(rollup)} and t.contacts = 0
    `.execute(trx);
  }
}

/**
 * Applies a save's delta to every rollup in the save's own transaction, so no rollup is ever out of
 * step with the tallies. The coarser rollups get the daily delta projected onto their cells. Tables
 * go in one fixed order (ROLLUPS), cells in key order within each: every save takes the rollups'
 * row locks in the same global order. Call it last in the transaction, so the most shared rows (a
 * municipality's month) are held only until the commit.
 */
export async function applyRollupDelta(
  trx: Transaction<Database>,
  municipalityId: string,
  deltas: readonly DailyDelta[],
): Promise<void> {
  for (const rollup of ROLLUPS) {
    const cells = projectDelta(deltas, rollup);
    if (cells.length > 0) await applyCells(trx, municipalityId, rollup, cells);
  }
}

/**
 * Fills one rollup table (assumed empty for the municipality, or for all when `municipalityId` is
 * null) from its source: the daily one from the tallies, each coarser one from a finer rollup,
 * which is exact and far smaller than the tallies. Rows go in key order, so a unit's days share
 * pages as the cells of one save do (not in hash-aggregate order).
 */
export async function fillRollup(
  db: Kysely<Database>,
  rollup: Rollup,
  municipalityId: string | null,
): Promise<void> {
  const fromTallies = rollup.source === null;
  const value = (column: RollupColumn) => {
    if (fromTallies) {
      if (column === 'day') return `(s.starts_at at time zone 'Europe/Stockholm')::date`;
      return column === 'unit_id' ? 's.unit_id' : `e.${column}`;
    }
    return column === 'month' && rollup.source === 'encounter_daily'
      ? `date_trunc('month', s.day)::date`
      : `s.${column}`;
  };
  const from = rollup.source
    ? sql`${sql.table(rollup.source)} s where true`
    : sql`shifts s join encounter_tallies e on e.municipality_id = s.municipality_id and e.shift_id = s.id
          where s.status = 'done'`;
  const only = municipalityId === null ? sql`` : sql`and s.municipality_id = ${municipalityId}`;
  const positions = rollup.key.map((_, i) => i + 2).join(', ');
  await sql`
    insert into ${sql.table(rollup.table)} (municipality_id, ${columnList(rollup.key)}, contacts, cell_key)
    select s.municipality_id, ${sql.raw(rollup.key.map(value).join(', '))},
           sum(${sql.raw(fromTallies ? 'e.count' : 's.contacts')})::int,
           (sum(${sql.raw(fromTallies ? 'e.cell_key' : 's.cell_key')}) % ${sql.raw(String(KEY_MODULUS))})::int
    from ${from} ${only}
    group by 1, ${sql.raw(positions)}
    order by 1, ${sql.raw(positions)}
  `.execute(db);
}

/**
 * Recomputes one municipality's rollups from its tallies: for bulk loads (the demo year) where one
 * delta per save would be thousands of round trips.
 */
export async function rebuildRollup(db: Kysely<Database>, municipalityId: string): Promise<void> {
  await inTransaction(db, async (trx) => {
    for (const rollup of ROLLUPS) {
      await trx.deleteFrom(rollup.table).where('municipality_id', '=', municipalityId).execute();
      await fillRollup(trx, rollup, municipalityId);
    }
  });
}

import { sql } from 'kysely';
import type { Db } from '../../src/server/db/connect';
import { rollupDrift } from '../../src/server/statistics/rollup-drift.repository';
import type { Acknowledged } from './traffic';

/**
 * What must hold after any load, however the requests interleaved: every shift's version is the
 * number of changes applied to it (one revision each), every save the server acknowledged is
 * recorded, and every rollup equals a recomputation from the tallies (counts and cell keys).
 */
export async function checkInvariants(db: Db, acknowledged: readonly Acknowledged[]): Promise<string[]> {
  const problems: string[] = [];
  const versions = await sql<{ id: string; version: number; revisions: number }>`
    select s.id, s.version, (select count(*)::int from shift_revisions r
      where r.municipality_id = s.municipality_id and r.shift_id = s.id) as revisions
    from shifts s`.execute(db);
  const wrong = versions.rows.filter((row) => row.version !== row.revisions);
  if (wrong.length > 0)
    problems.push(
      `${wrong.length} shifts whose version is not their number of applied changes, e.g. ${wrong[0]?.id}`,
    );

  const recorded = await sql<{ mutation_id: string; shift_id: string }>`
    select mutation_id, shift_id from shift_mutations`.execute(db);
  const applied = new Set(recorded.rows.map((row) => `${row.shift_id}|${row.mutation_id}`));
  const missing = acknowledged.filter((ack) => !applied.has(`${ack.shiftId}|${ack.mutationId}`));
  if (missing.length > 0)
    problems.push(`${missing.length} acknowledged saves missing, e.g. ${JSON.stringify(missing[0])}`);

  for (const { table, cells } of await rollupDrift(db))
    if (cells > 0) problems.push(`${table}: ${cells} cells differ from a recomputation`);
  return problems;
}

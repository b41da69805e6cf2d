import type { Kysely, Transaction } from 'kysely';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import type { AreaRow, Database } from '../db/database';
import { AppError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { listAreas } from '../organisation/organisation.repository';
import { presentPopulation } from './population.present';
import * as repo from './population.repository';
import type { PopulationImportDto, PopulationYearDto } from './population.schema';
import {
  areaKey,
  capIssues,
  duplicateIssues,
  type PopulationCsvRow,
  type PopulationIssue,
  parsePopulationCsv,
} from './population-csv';

type Reader = Kysely<Database> | Transaction<Database>;

/**
 * A population file that cannot be imported: 422 with one issue per problem. An issue's path is
 * `line.<n>.<field>` (field: area, gender, age, count, year, row or file), so the web app can say
 * where, in its own words, from the code.
 */
export class InvalidPopulationFile extends AppError {
  constructor(issues: PopulationIssue[]) {
    super(
      422,
      'population_file_invalid',
      `The file cannot be imported: ${issues[0]?.message ?? 'no rows'}`,
      issues.map((issue) => ({
        path: `line.${issue.line}.${issue.field}`,
        code: issue.code,
        message: issue.message,
      })),
    );
  }
}

/**
 * The file's rows with the municipality's area ids: an area is named as in the organisation (any
 * case) or by its id. One issue per unknown name, at its first line.
 */
export function matchAreas(
  rows: readonly PopulationCsvRow[],
  areas: readonly Pick<AreaRow, 'id' | 'name'>[],
): { rows: (repo.PopulationRow & { line: number })[]; issues: PopulationIssue[] } {
  const byKey = new Map<string, string>();
  for (const area of areas) {
    byKey.set(areaKey(area.name), area.id);
    byKey.set(area.id.toLowerCase(), area.id);
  }
  const unknown = new Map<string, { line: number; rows: number; name: string }>();
  const matched: (repo.PopulationRow & { line: number })[] = [];
  for (const row of rows) {
    const areaId = byKey.get(areaKey(row.area));
    if (areaId)
      matched.push({ line: row.line, areaId, gender: row.gender, age: row.age, population: row.population });
    else {
      const seen = unknown.get(areaKey(row.area));
      unknown.set(areaKey(row.area), {
        line: seen?.line ?? row.line,
        rows: (seen?.rows ?? 0) + 1,
        name: row.area,
      });
    }
  }
  const issues: PopulationIssue[] = [...unknown.values()].map((area) => ({
    line: area.line,
    field: 'area',
    code: 'unknown_area',
    message: `No area is called "${area.name}" (${area.rows} rows)`,
  }));
  // Rows naming one area by name and another by id are the same people twice.
  issues.push(...duplicateIssues(matched, (row) => `${row.areaId}|${row.gender}|${row.age}`));
  return { rows: matched, issues };
}

/**
 * Checks a population file and, unless it is a dry run, replaces the year's figures with it in one
 * transaction, audited. Answers the preview either way.
 */
export async function importPopulation(
  db: Db,
  ctx: RequestContext,
  input: { year: number; csv: string; dryRun?: boolean | undefined },
): Promise<PopulationImportDto> {
  requirePermission(ctx.actor, 'population.manage');
  const municipalityId = ctx.actor.municipalityId;
  const parsed = parsePopulationCsv(input.csv, { year: input.year });
  if (!parsed.ok) throw new InvalidPopulationFile(parsed.issues);

  const run = async (trx: Reader, save: (rows: repo.PopulationRow[]) => Promise<number>) => {
    const areas = await listAreas(trx, municipalityId, true);
    const matched = matchAreas(parsed.rows, areas);
    if (matched.issues.length > 0) throw new InvalidPopulationFile(capIssues(matched.issues));
    const replacedRows = await save(matched.rows);
    const names = new Map(areas.map((area) => [area.id, area.name]));
    const present = new Set(matched.rows.map((row) => row.areaId));
    return {
      year: input.year,
      saved: !input.dryRun,
      rows: matched.rows.length,
      skippedOtherYears: parsed.skippedOtherYears,
      replacedRows,
      ...presentPopulation(
        matched.rows.map((row) => ({ ...row, minAge: row.age, maxAge: row.age })),
        (id) => names.get(id) ?? '',
      ),
      missingAreas: areas
        .filter((area) => area.active && !present.has(area.id))
        .map((area) => ({ id: area.id, name: area.name })),
    };
  };

  if (input.dryRun) return run(db, () => repo.countYearRows(db, municipalityId, input.year));
  return db.transaction().execute((trx) =>
    run(trx, async (rows) => {
      const replacedRows = await repo.replaceYear(trx, municipalityId, input.year, rows, {
        at: ctx.now,
        by: ctx.actor.userId,
      });
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'population.import',
        entityType: 'population',
        entityId: null,
        details: {
          year: input.year,
          rows: rows.length,
          replacedRows,
          total: rows.reduce((sum, row) => sum + row.population, 0),
        },
      });
      return replacedRows;
    }),
  );
}

/** The years imported, newest first, each with its figures per area and gender. */
export async function listPopulation(db: Db, actor: Actor): Promise<{ years: PopulationYearDto[] }> {
  requirePermission(actor, 'population.manage');
  const municipalityId = actor.municipalityId;
  const [imports, sums, areas] = await Promise.all([
    repo.importsByYear(db, municipalityId),
    repo.populationByYearAreaGender(db, municipalityId),
    listAreas(db, municipalityId, true),
  ]);
  const names = new Map(areas.map((area) => [area.id, area.name]));
  return {
    years: imports.map((entry) => ({
      year: entry.year,
      importedAt: new Date(entry.imported_at).toISOString(),
      importedBy: entry.imported_by,
      ...presentPopulation(
        sums
          .filter((sum) => sum.year === entry.year)
          .map((sum) => ({
            areaId: sum.area_id,
            gender: sum.gender,
            population: sum.population,
            minAge: sum.min_age,
            maxAge: sum.max_age,
          })),
        (id) => names.get(id) ?? '',
      ),
    })),
  };
}

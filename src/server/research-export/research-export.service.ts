import { writeWorkbook } from '../../shared/xlsx';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { canAcrossMunicipality, requirePermission } from '../auth/actor';
import { listCategories } from '../categories/category.repository';
import type { Db } from '../db/connect';
import { protectionForRelease } from '../disclosure/disclosure.service';
import { Forbidden } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { findMunicipality } from '../organisation/organisation.repository';
import { dictionarySheet } from './research-export.dictionary';
import {
  type DayRange,
  exportActions,
  exportAreas,
  exportArenas,
  exportEncounters,
  exportObservations,
  exportShifts,
  exportTopics,
} from './research-export.repository';
import { dataSheets } from './research-export.sheets';

export type ResearchExportFile = { fileName: string; file: Uint8Array<ArrayBuffer> };

/**
 * The anonymous research export of the whole municipality's done shifts in a period, as an Excel
 * workbook. Read in one snapshot together with the audit row that records who took it.
 */
export async function researchExport(
  db: Db,
  ctx: RequestContext,
  range: DayRange,
): Promise<ResearchExportFile> {
  requirePermission(ctx.actor, 'statistics.export');
  // The export spans every unit: an analyst of one administration must not get it.
  if (!canAcrossMunicipality(ctx.actor, 'statistics.export')) throw new Forbidden();
  const municipalityId = ctx.actor.municipalityId;
  const { municipality, data } = await db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const [found, shifts, areas, arenas, encounters, topics, actions, observations, categories] =
        await Promise.all([
          findMunicipality(trx, municipalityId),
          exportShifts(trx, municipalityId, range),
          exportAreas(trx, municipalityId, range),
          exportArenas(trx, municipalityId, range),
          exportEncounters(trx, municipalityId, range),
          exportTopics(trx, municipalityId, range),
          exportActions(trx, municipalityId, range),
          exportObservations(trx, municipalityId, range),
          listCategories(trx, municipalityId, { includeRetired: true }),
        ]);
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'statistics.research_export',
        entityType: 'municipality',
        entityId: municipalityId,
        details: { from: range.from, to: range.to, shifts: shifts.length },
      });
      const data = {
        shifts,
        areas,
        arenas,
        encounters,
        topics,
        actions,
        observations,
        categories,
      };
      return { municipality: found?.name ?? '', data };
    });
  // Built after the transaction: on PGlite an open one holds the only database session.
  const sheets = await dataSheets(data, protectionForRelease());
  const dictionary = dictionarySheet(
    {
      municipality,
      ...range,
      exportedAt: ctx.now,
      shifts: data.shifts.length,
    },
    sheets,
  );
  return {
    fileName: `faltlogg-forskningsexport-${range.from}-${range.to}.xlsx`,
    file: writeWorkbook([...sheets.map((sheet) => sheet.spec), dictionary]),
  };
}

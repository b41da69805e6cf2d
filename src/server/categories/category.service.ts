import type { CategoryKind } from '../../shared/field-log';
import { uuidv7 } from '../../shared/uuidv7';
import { auditFrom, recordAudit } from '../audit/audit.repository';
import { type Actor, requirePermission } from '../auth/actor';
import type { Db } from '../db/connect';
import { isUniqueViolation } from '../db/errors';
import { Conflict, NotFound, ValidationError } from '../http/errors';
import type { RequestContext } from '../http/request-context';
import { presentCategory } from './category.present';
import * as repo from './category.repository';
import { DEFAULT_CATEGORIES } from './default-categories';

export async function listCategories(
  db: Db,
  actor: Actor,
  filter: { kind?: CategoryKind | undefined; includeRetired: boolean },
) {
  requirePermission(actor, 'categories.read');
  const rows = await repo.listCategories(db, actor.municipalityId, filter);
  return { categories: rows.map(presentCategory) };
}

/** A machine name from a Swedish label: "Livet på nätet" → "livet_pa_natet". */
export function codeFromLabel(label: string): string {
  const code = label
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return code || 'category';
}

/** Two categories in use of one kind may not share a Swedish name: a field worker could not tell them apart. */
async function assertLabelFree(
  db: Parameters<typeof repo.listCategories>[0],
  municipalityId: string,
  kind: CategoryKind,
  labelSv: string,
  exceptId?: string,
) {
  const active = await repo.listCategories(db, municipalityId, { kind, includeRetired: false });
  const wanted = labelSv.trim().toLocaleLowerCase('sv');
  if (
    active.some(
      (category) => category.id !== exceptId && category.label_sv.toLocaleLowerCase('sv') === wanted,
    )
  ) {
    throw new Conflict('label_taken', 'A category of this kind in use already has that name');
  }
}

async function freeCode(
  db: Parameters<typeof repo.listCategories>[0],
  municipalityId: string,
  kind: CategoryKind,
  wanted: string,
) {
  const taken = new Set(
    (await repo.listCategories(db, municipalityId, { kind, includeRetired: true })).map(
      (category) => category.code,
    ),
  );
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted.slice(0, 36)}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

function checkAges(kind: CategoryKind, minAge: number | null | undefined, maxAge: number | null | undefined) {
  if (kind !== 'age_band' && (minAge != null || maxAge != null)) {
    throw new ValidationError('Only age bands have ages', [
      { path: 'minAge', code: 'not_age_band', message: 'Only age bands have ages' },
    ]);
  }
  if (minAge != null && maxAge != null && minAge > maxAge) {
    throw new ValidationError('The lowest age is above the highest', [
      { path: 'maxAge', code: 'age_range', message: 'maxAge must be at least minAge' },
    ]);
  }
}

export async function createCategory(
  db: Db,
  ctx: RequestContext,
  input: {
    kind: CategoryKind;
    code?: string | undefined;
    labelSv: string;
    labelEn: string;
    sortOrder?: number | undefined;
    minAge?: number | null | undefined;
    maxAge?: number | null | undefined;
  },
) {
  requirePermission(ctx.actor, 'categories.manage');
  checkAges(input.kind, input.minAge, input.maxAge);
  const municipalityId = ctx.actor.municipalityId;
  return db
    .transaction()
    .execute(async (trx) => {
      await assertLabelFree(trx, municipalityId, input.kind, input.labelSv);
      const sortOrder = input.sortOrder ?? (await repo.maxSortOrder(trx, municipalityId, input.kind)) + 10;
      // A code given by the caller must be free; one made from the label gets a suffix if needed,
      // since administrators never see codes (a renamed or retired category may hold the plain one).
      const code =
        input.code ?? (await freeCode(trx, municipalityId, input.kind, codeFromLabel(input.labelSv)));
      const [row] = await repo.insertCategories(trx, [
        {
          id: uuidv7(),
          municipalityId,
          kind: input.kind,
          code,
          labelSv: input.labelSv,
          labelEn: input.labelEn,
          sortOrder,
          minAge: input.minAge ?? null,
          maxAge: input.maxAge ?? null,
          now: ctx.now,
        },
      ]);
      if (!row) throw new Error('Insert returned no row');
      await recordAudit(trx, {
        ...auditFrom(ctx),
        action: 'category.create',
        entityType: 'category',
        entityId: row.id,
        details: { kind: row.kind, code: row.code },
      });
      return presentCategory(row);
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new Conflict('code_taken', 'A category of this kind already has that code');
      throw error;
    });
}

export async function updateCategory(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: {
    labelSv?: string | undefined;
    labelEn?: string | undefined;
    sortOrder?: number | undefined;
    minAge?: number | null | undefined;
    maxAge?: number | null | undefined;
    retired?: boolean | undefined;
  },
) {
  requirePermission(ctx.actor, 'categories.manage');
  const municipalityId = ctx.actor.municipalityId;
  return db.transaction().execute(async (trx) => {
    const before = await repo.findCategory(trx, municipalityId, id);
    if (!before) throw new NotFound('Category');
    const reinstated = input.retired === false && before.retired_at !== null;
    if (input.labelSv !== undefined || reinstated) {
      await assertLabelFree(trx, municipalityId, before.kind, input.labelSv ?? before.label_sv, id);
    }
    checkAges(
      before.kind,
      input.minAge === undefined ? before.min_age : input.minAge,
      input.maxAge === undefined ? before.max_age : input.maxAge,
    );
    const row = await repo.updateCategory(trx, municipalityId, id, {
      ...(input.labelSv !== undefined ? { label_sv: input.labelSv } : {}),
      ...(input.labelEn !== undefined ? { label_en: input.labelEn } : {}),
      ...(input.sortOrder !== undefined ? { sort_order: input.sortOrder } : {}),
      ...(input.minAge !== undefined ? { min_age: input.minAge } : {}),
      ...(input.maxAge !== undefined ? { max_age: input.maxAge } : {}),
      // Retiring keeps the row: shifts and statistics that used it still name it.
      ...(input.retired !== undefined
        ? { retired_at: input.retired ? (before.retired_at ?? ctx.now) : null }
        : {}),
      updated_at: ctx.now,
    });
    await recordAudit(trx, {
      ...auditFrom(ctx),
      action: 'category.update',
      entityType: 'category',
      entityId: id,
      details: { before: presentCategory(before), after: presentCategory(row) },
    });
    return presentCategory(row);
  });
}

/** Gives every municipality without categories the defaults; returns how many municipalities got them. */
export async function ensureDefaultCategories(db: Db, now: Date = new Date()): Promise<number> {
  const missing = await repo.municipalitiesWithoutCategories(db);
  for (const municipalityId of missing) {
    await repo.insertCategories(
      db,
      DEFAULT_CATEGORIES.map((category, index) => ({
        id: uuidv7(),
        municipalityId,
        kind: category.kind,
        code: category.code,
        labelSv: category.sv,
        labelEn: category.en,
        sortOrder: (index + 1) * 10,
        minAge: category.minAge ?? null,
        maxAge: category.maxAge ?? null,
        now,
      })),
    );
  }
  return missing.length;
}

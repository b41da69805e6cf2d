import type { Kysely, Transaction } from 'kysely';
import type { CategoryKind } from '../../shared/field-log';
import type { CategoryRow, Database } from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

export async function listCategories(
  db: Reader,
  municipalityId: string,
  filter: { kind?: CategoryKind | undefined; includeRetired: boolean },
): Promise<CategoryRow[]> {
  let query = db.selectFrom('categories').selectAll().where('municipality_id', '=', municipalityId);
  if (filter.kind) query = query.where('kind', '=', filter.kind);
  if (!filter.includeRetired) query = query.where('retired_at', 'is', null);
  return query.orderBy('kind').orderBy('sort_order').orderBy('label_sv').execute();
}

export async function findCategory(db: Reader, municipalityId: string, id: string) {
  return db
    .selectFrom('categories')
    .selectAll()
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertCategories(
  db: Reader,
  rows: {
    id: string;
    municipalityId: string;
    kind: CategoryKind;
    code: string;
    labelSv: string;
    labelEn: string;
    sortOrder: number;
    minAge: number | null;
    maxAge: number | null;
    now: Date;
  }[],
): Promise<CategoryRow[]> {
  if (rows.length === 0) return [];
  return db
    .insertInto('categories')
    .values(
      rows.map((row) => ({
        id: row.id,
        municipality_id: row.municipalityId,
        kind: row.kind,
        code: row.code,
        label_sv: row.labelSv,
        label_en: row.labelEn,
        sort_order: row.sortOrder,
        min_age: row.minAge,
        max_age: row.maxAge,
        updated_at: row.now,
      })),
    )
    .returningAll()
    .execute();
}

export async function updateCategory(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  changes: Partial<
    Pick<CategoryRow, 'label_sv' | 'label_en' | 'sort_order' | 'min_age' | 'max_age' | 'retired_at'>
  > & {
    updated_at: Date;
  },
): Promise<CategoryRow> {
  return trx
    .updateTable('categories')
    .set(changes)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function maxSortOrder(db: Reader, municipalityId: string, kind: CategoryKind): Promise<number> {
  const row = await db
    .selectFrom('categories')
    .select((eb) => eb.fn.max<number | null>('sort_order').as('max'))
    .where('municipality_id', '=', municipalityId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return Number(row?.max ?? 0);
}

/** Municipalities that have no categories yet (created before the field log existed). */
export async function municipalitiesWithoutCategories(db: Reader): Promise<string[]> {
  const rows = await db
    .selectFrom('municipalities as m')
    .select('m.id')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('categories as c').select('c.id').whereRef('c.municipality_id', '=', 'm.id'))),
    )
    .execute();
  return rows.map((row) => row.id);
}

import type { CategoryRow } from '../db/database';
import type { CategoryDto } from './category.schema';

export function presentCategory(row: CategoryRow): CategoryDto {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    labelSv: row.label_sv,
    labelEn: row.label_en,
    sortOrder: row.sort_order,
    minAge: row.min_age,
    maxAge: row.max_age,
    retired: row.retired_at !== null,
  };
}

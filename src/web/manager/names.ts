import { api, call } from '../api/client';
import type { Area, UnitMember } from '../api/types';
import type { Locale } from '../i18n/i18n';
import type { Category } from './types';

/** What the review page needs to show ids as names: categories, areas and the unit's staff. */
export type Names = {
  categories: Map<string, Category>;
  areas: Map<string, Area>;
  people: Map<string, string>;
};

export async function loadNames(unitId: string): Promise<Names> {
  const [categories, areas, members] = await Promise.all([
    call(api.api.categories.$get({ query: { includeRetired: 'true' } })),
    call(api.api.areas.$get({ query: { includeInactive: 'true' } })),
    call(api.api.units[':unitId'].members.$get({ param: { unitId } })),
  ]);
  return {
    categories: new Map(categories.categories.map((category) => [category.id, category])),
    areas: new Map(areas.areas.map((area) => [area.id, area])),
    people: new Map(members.members.map((member: UnitMember) => [member.id, member.displayName])),
  };
}

export function categoryLabel(category: Category, locale: Locale): string {
  return locale === 'en' ? category.labelEn : category.labelSv;
}

/** The categories of one kind, in the administrators' order, for table columns and the like. */
export function categoriesOfKind(names: Names, kind: Category['kind']): Category[] {
  return [...names.categories.values()]
    .filter((category) => category.kind === kind)
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

import type { CategoryKind } from '../../shared/field-log';
import type { Area, UnitMember } from '../api/types';
import type { Locale } from '../i18n/i18n';
import { readCached, writeCached } from '../outbox/reference-cache';
import { fetchAreas, fetchCategories, fetchMembers } from './api';
import type { Category } from './model';
import { type Cached, useCached } from './useCached';

/** What the editor names things with: categories, areas and the unit's staff, all cached on the phone. */
export type Reference = { categories: Category[]; areas: Area[]; members: UnitMember[] };

export function useReference(
  userId: string,
  unitId: string,
): { reference: Reference | undefined; error: unknown; offline: boolean } {
  const categories = useCached(`${userId}:categories`, fetchCategories);
  const areas = useCached(`${userId}:areas`, fetchAreas);
  const members = useCached(`${userId}:members:${unitId}`, () => fetchMembers(unitId));
  const all: Cached<unknown>[] = [categories, areas, members];
  const reference =
    categories.data && areas.data && members.data
      ? { categories: categories.data, areas: areas.data, members: members.data }
      : undefined;
  const error = all.find((resource) => resource.error && !resource.data)?.error ?? null;
  return { reference, error: reference ? null : error, offline: all.some((r) => r.offline) };
}

export function categoryLabel(category: Category, locale: Locale): string {
  return locale === 'en' ? category.labelEn : category.labelSv;
}

/**
 * The categories of a kind to choose from, in display order: the active ones, and retired ones only
 * where the shift already has them.
 */
export function choices(categories: readonly Category[], kind: CategoryKind, keep: readonly string[] = []) {
  return categories
    .filter((c) => c.kind === kind && (!c.retired || keep.includes(c.id)))
    .sort((a, b) => a.sortOrder - b.sortOrder || a.labelSv.localeCompare(b.labelSv, 'sv'));
}

/** The unit's active areas first (its own), then the municipality's others. */
export function areaChoices(areas: readonly Area[], unitId: string, keep: readonly string[] = []) {
  const usable = areas.filter((area) => area.active || keep.includes(area.id));
  const byName = (a: Area, b: Area) => a.name.localeCompare(b.name, 'sv');
  return {
    own: usable.filter((area) => area.unitId === unitId).sort(byName),
    others: usable.filter((area) => area.unitId !== unitId).sort(byName),
  };
}

const WARM_AFTER_MS = 6 * 3_600_000;

/**
 * Fills the phone's cache with what the editor needs, so a shift can be logged offline even if the
 * editor was never opened online. Only what is missing or older than a few hours is fetched.
 */
export async function warmReference(userId: string, unitIds: readonly string[]): Promise<void> {
  const loads: [key: string, load: () => Promise<unknown>][] = [
    [`${userId}:categories`, fetchCategories],
    [`${userId}:areas`, fetchAreas],
    ...unitIds.map((unitId): [string, () => Promise<unknown>] => [
      `${userId}:members:${unitId}`,
      () => fetchMembers(unitId),
    ]),
  ];
  await Promise.all(
    loads.map(async ([key, load]) => {
      const cached = await readCached(key);
      if (cached && Date.now() - Date.parse(cached.savedAt) < WARM_AFTER_MS) return;
      try {
        await writeCached(key, await load());
      } catch {
        // Offline or refused: the editor tries again when it opens.
      }
    }),
  );
}

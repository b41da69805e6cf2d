import type { Gender } from '../../shared/field-log';
import type { AreaPopulationDto, PopulationCountsDto } from './population.schema';

/** Some of an area's young people of one gender, and the ages they span. */
export type PopulationPart = {
  areaId: string;
  gender: Gender;
  population: number;
  minAge: number;
  maxAge: number;
};

const emptyCounts = (): PopulationCountsDto => ({
  girl: 0,
  boy: 0,
  other: 0,
  total: 0,
  minAge: Number.POSITIVE_INFINITY,
  maxAge: Number.NEGATIVE_INFINITY,
});

function add(counts: PopulationCountsDto, part: PopulationPart): void {
  counts[part.gender] += part.population;
  counts.total += part.population;
  counts.minAge = Math.min(counts.minAge, part.minAge);
  counts.maxAge = Math.max(counts.maxAge, part.maxAge);
}

/** Totals per area (by name) and for all areas, from rows or from the database's sums alike. */
export function presentPopulation(
  parts: readonly PopulationPart[],
  areaName: (areaId: string) => string,
): { totals: PopulationCountsDto; areas: AreaPopulationDto[] } {
  const totals = emptyCounts();
  const byArea = new Map<string, PopulationCountsDto>();
  for (const part of parts) {
    const counts = byArea.get(part.areaId) ?? emptyCounts();
    add(counts, part);
    add(totals, part);
    byArea.set(part.areaId, counts);
  }
  if (parts.length === 0) Object.assign(totals, { minAge: 0, maxAge: 0 });
  const areas = [...byArea]
    .map(([areaId, counts]) => ({ areaId, areaName: areaName(areaId), ...counts }))
    .sort((a, b) => a.areaName.localeCompare(b.areaName, 'sv'));
  return { totals, areas };
}

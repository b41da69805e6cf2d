import type { InferResponseType } from 'hono/client';
import { api, call } from '../api/client';
import type { Scope } from './scopes';

export type ContactStatistics = InferResponseType<typeof api.api.statistics.contacts.$get, 200>;
export type GenderRow = ContactStatistics['byGenderAndAge'][number];
export type Gender = GenderRow['gender'];
export type MonthRow = ContactStatistics['byMonth'][number];

/** Contacts by gender, age and month for one place and period, protected as the reader needs. */
export function loadContactStatistics(
  scope: Pick<Scope, 'kind' | 'id'>,
  period: { from: string; to: string },
): Promise<ContactStatistics> {
  const query = { from: period.from, to: period.to };
  switch (scope.kind) {
    case 'unit':
      return call(api.api.units[':unitId'].statistics.contacts.$get({ param: { unitId: scope.id }, query }));
    case 'administration':
      return call(
        api.api.administrations[':administrationId'].statistics.contacts.$get({
          param: { administrationId: scope.id },
          query,
        }),
      );
    case 'municipality':
      return call(api.api.statistics.contacts.$get({ query }));
  }
}

/** The indicator catalogue for one place and period. */
export function loadIndicators(scope: Pick<Scope, 'kind' | 'id'>, period: { from: string; to: string }) {
  const query = { from: period.from, to: period.to };
  switch (scope.kind) {
    case 'unit':
      return call(
        api.api.units[':unitId'].statistics.indicators.$get({ param: { unitId: scope.id }, query }),
      );
    case 'administration':
      return call(
        api.api.administrations[':administrationId'].statistics.indicators.$get({
          param: { administrationId: scope.id },
          query,
        }),
      );
    case 'municipality':
      return call(api.api.statistics.indicators.$get({ query }));
  }
}

export type UnitComparison = InferResponseType<typeof api.api.statistics.units.$get, 200>;

/** Units side by side, for an administration or the whole municipality. */
export function loadUnitComparison(
  scope: Pick<Scope, 'kind' | 'id'>,
  period: { from: string; to: string },
): Promise<UnitComparison> {
  const query = { from: period.from, to: period.to };
  if (scope.kind === 'administration')
    return call(
      api.api.administrations[':administrationId'].statistics.units.$get({
        param: { administrationId: scope.id },
        query,
      }),
    );
  return call(api.api.statistics.units.$get({ query }));
}

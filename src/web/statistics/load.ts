import type { InferResponseType } from 'hono/client';
import { api, call } from '../api/client';
import type { Scope } from './scopes';

export type ContactStatistics = InferResponseType<typeof api.api.statistics.contacts.$get, 200>;
export type GenderRow = ContactStatistics['byGenderAndAge'][number];
export type Gender = GenderRow['gender'];
export type MonthRow = ContactStatistics['byMonth'][number];

/** Contacts by gender, age and month for one place and period; the server hides small figures as needed. */
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

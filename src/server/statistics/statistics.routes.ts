import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { acrossMunicipality, defineRoute, inAdministration, inUnit } from '../http/route';
import { ContactStatisticsSchema, StatisticsQuery } from './statistics.schema';
import { contactStatistics } from './statistics.service';

const tags = ['Statistics'];
const description =
  'Contacts (not unique persons) by gender × age band and by month × gender. Exact for a unit’s own ' +
  'staff; for everyone else disclosure control hides figures below the threshold (null) and any ' +
  'figure that would let a hidden one be recomputed from the totals of either table.';
const responses = { 200: jsonContent(ContactStatisticsSchema, 'Published figures'), ...commonErrors };

const unitContacts = defineRoute({
  method: 'get',
  path: '/api/units/{unitId}/statistics/contacts',
  tags,
  summary: 'A unit’s contacts in a period',
  description,
  access: inUnit('statistics.read'),
  request: { params: idParam('unitId'), query: StatisticsQuery },
  responses,
});

const administrationContacts = defineRoute({
  method: 'get',
  path: '/api/administrations/{administrationId}/statistics/contacts',
  tags,
  summary: 'An administration’s contacts in a period (all its units)',
  description,
  access: inAdministration('statistics.read'),
  request: { params: idParam('administrationId'), query: StatisticsQuery },
  responses,
});

const municipalityContacts = defineRoute({
  method: 'get',
  path: '/api/statistics/contacts',
  tags,
  summary: 'The whole municipality’s contacts in a period',
  description,
  access: acrossMunicipality('statistics.read'),
  request: { query: StatisticsQuery },
  responses,
});

export const statisticsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(unitContacts, async (c) => {
    const { actor } = requestContext(c);
    const scope = { kind: 'unit' as const, id: c.req.valid('param').unitId };
    return c.json(await contactStatistics(c.var.deps.db, actor, scope, c.req.valid('query')), 200);
  })
  .openapi(administrationContacts, async (c) => {
    const { actor } = requestContext(c);
    const scope = { kind: 'administration' as const, id: c.req.valid('param').administrationId };
    return c.json(await contactStatistics(c.var.deps.db, actor, scope, c.req.valid('query')), 200);
  })
  .openapi(municipalityContacts, async (c) => {
    const { actor } = requestContext(c);
    const scope = { kind: 'municipality' as const, id: actor.municipalityId };
    return c.json(await contactStatistics(c.var.deps.db, actor, scope, c.req.valid('query')), 200);
  });

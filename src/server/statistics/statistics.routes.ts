import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { acrossMunicipality, defineRoute, inAdministration, inUnit } from '../http/route';
import { IndicatorsSchema } from './indicators.schema';
import { indicatorStatistics } from './indicators.service';
import type { StatisticsScope } from './statistics.repository';
import { ContactStatisticsSchema, StatisticsQuery } from './statistics.schema';
import { contactStatistics } from './statistics.service';
import { UnitComparisonSchema } from './unit-comparison.schema';
import { unitComparison } from './unit-comparison.service';

const tags = ['Statistics'];

type RouteText<S extends z.ZodType> = { what: string; description: string; schema: S };
const responsesFor = <S extends z.ZodType>(schema: S) => ({
  200: jsonContent(schema, 'Published figures'),
  ...commonErrors,
});

const unitRoute = <const Name extends string, S extends z.ZodType>(name: Name, text: RouteText<S>) =>
  defineRoute({
    method: 'get',
    path: `/api/units/{unitId}/statistics/${name}`,
    tags,
    summary: `A unit’s ${text.what} in a period`,
    description: text.description,
    access: inUnit('statistics.read'),
    request: { params: idParam('unitId'), query: StatisticsQuery },
    responses: responsesFor(text.schema),
  });

const administrationRoute = <const Name extends string, S extends z.ZodType>(
  name: Name,
  text: RouteText<S>,
) =>
  defineRoute({
    method: 'get',
    path: `/api/administrations/{administrationId}/statistics/${name}`,
    tags,
    summary: `An administration’s ${text.what} in a period (all its units)`,
    description: text.description,
    access: inAdministration('statistics.read'),
    request: { params: idParam('administrationId'), query: StatisticsQuery },
    responses: responsesFor(text.schema),
  });

const municipalityRoute = <const Name extends string, S extends z.ZodType>(name: Name, text: RouteText<S>) =>
  defineRoute({
    method: 'get',
    path: `/api/statistics/${name}`,
    tags,
    summary: `The whole municipality’s ${text.what} in a period`,
    description: text.description,
    access: acrossMunicipality('statistics.read'),
    request: { query: StatisticsQuery },
    responses: responsesFor(text.schema),
  });

/** One statistic for each kind of place: a unit, an administration (all its units), the municipality. */
const scopedRoutes = <const Name extends string, S extends z.ZodType>(name: Name, text: RouteText<S>) => ({
  unit: unitRoute(name, text),
  administration: administrationRoute(name, text),
  municipality: municipalityRoute(name, text),
});

const contacts = scopedRoutes('contacts', {
  what: 'contacts',
  description:
    'Contacts (not unique persons) by gender × age band, month × gender and gender × depth. Exact for a ' +
    'unit’s own staff; for everyone else disclosure control hides figures below the threshold (null) and ' +
    'any figure that would let a hidden one be recomputed from the totals of any of the tables.',
  schema: ContactStatisticsSchema,
});
const indicators = scopedRoutes('indicators', {
  what: 'indicators',
  description:
    'The indicator catalogue (docs/indicators.md): shifts and hours exactly; topics, observations, actions, ' +
    'guidance and contacts per hour under the same disclosure control as the contacts.',
  schema: IndicatorsSchema,
});

const unitsText = {
  what: 'units side by side',
  description:
    'Each unit’s done shifts, field hours, contacts by gender, contacts per field hour and girls’ share, ' +
    'for comparing units (likställighet). Contacts are under disclosure control; the totals keep the state ' +
    'the place’s own contacts statistics publish, so the two together reveal nothing either hides.',
  schema: UnitComparisonSchema,
};
const comparison = {
  administration: administrationRoute('units', unitsText),
  municipality: municipalityRoute('units', unitsText),
};

const unitScope = (unitId: string): StatisticsScope => ({ kind: 'unit', id: unitId });
const administrationScope = (id: string): StatisticsScope => ({ kind: 'administration', id });

export const statisticsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(contacts.unit, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(
      await contactStatistics(
        c.var.deps.db,
        requestContext(c).actor,
        unitScope(unitId),
        c.req.valid('query'),
      ),
      200,
    );
  })
  .openapi(contacts.administration, async (c) => {
    const scope = administrationScope(c.req.valid('param').administrationId);
    return c.json(
      await contactStatistics(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  })
  .openapi(contacts.municipality, async (c) => {
    const scope: StatisticsScope = { kind: 'municipality', id: requestContext(c).actor.municipalityId };
    return c.json(
      await contactStatistics(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  })
  .openapi(indicators.unit, async (c) => {
    const { unitId } = c.req.valid('param');
    return c.json(
      await indicatorStatistics(
        c.var.deps.db,
        requestContext(c).actor,
        unitScope(unitId),
        c.req.valid('query'),
      ),
      200,
    );
  })
  .openapi(indicators.administration, async (c) => {
    const scope = administrationScope(c.req.valid('param').administrationId);
    return c.json(
      await indicatorStatistics(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  })
  .openapi(indicators.municipality, async (c) => {
    const scope: StatisticsScope = { kind: 'municipality', id: requestContext(c).actor.municipalityId };
    return c.json(
      await indicatorStatistics(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  })
  .openapi(comparison.administration, async (c) => {
    const scope = { kind: 'administration' as const, id: c.req.valid('param').administrationId };
    return c.json(
      await unitComparison(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  })
  .openapi(comparison.municipality, async (c) => {
    const scope = { kind: 'municipality' as const, id: requestContext(c).actor.municipalityId };
    return c.json(
      await unitComparison(c.var.deps.db, requestContext(c).actor, scope, c.req.valid('query')),
      200,
    );
  });

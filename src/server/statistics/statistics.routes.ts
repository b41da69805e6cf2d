import { OpenAPIHono, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/connect';
import type { AppEnv } from '../http/app-env';
import { commonErrors, idParam, jsonContent } from '../http/openapi';
import { requestContext } from '../http/request-context';
import { acrossMunicipality, defineRoute, inAdministration, inMunicipality, inUnit } from '../http/route';
import { IndicatorsSchema } from './indicators.schema';
import { indicatorStatistics } from './indicators.service';
import { StaffTimeSchema } from './staff-time.schema';
import { staffTimeStatistics } from './staff-time.service';
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
    'unit’s own staff; for everyone else every figure is perturbed by the cell-key method ' +
    '(GET /api/disclosure/method): small figures are approximate and parts need not add up to totals.',
  schema: ContactStatisticsSchema,
});
const indicators = scopedRoutes('indicators', {
  what: 'indicators',
  description:
    'The indicator catalogue (docs/indicators.md): shifts and hours exactly; topics, observations, actions, ' +
    'guidance, support contacts and the rates made from contacts under the same cell-key method as the contacts.',
  schema: IndicatorsSchema,
});

const unitsText = {
  what: 'units side by side',
  description:
    'Each unit’s done shifts, field hours, contacts by gender, contacts per field hour and girls’ share, ' +
    'for comparing units (likställighet). Contacts are perturbed by the cell-key method for every reader; ' +
    'each figure equals the same cell on the unit’s or the place’s own contacts statistics.',
  schema: UnitComparisonSchema,
};
const staffTime = defineRoute({
  method: 'get',
  path: '/api/statistics/staff-time',
  tags,
  summary: 'Share of staff time by time use per month, in the caller’s units and the whole municipality',
  description:
    'Staff hours (each person’s time on done shifts, split as the shift says, and work outside ' +
    'shifts) per time use and month. About staff, not young people: exact. A unit-level reader ' +
    'gets their own units and the municipality; a municipality-wide reader every unit.',
  access: inMunicipality('statistics.read'),
  request: { query: StatisticsQuery },
  responses: responsesFor(StaffTimeSchema),
});

const comparison = {
  administration: administrationRoute('units', unitsText),
  municipality: municipalityRoute('units', unitsText),
};

type Range = { from: string; to: string };
type Scoped<S, T> = (db: Db, actor: Actor, scope: S, range: Range) => Promise<T>;

/** Runs a statistic for the request's actor; the municipality scope always comes from the session. */
function run<S, T>(c: Context<AppEnv>, statistic: Scoped<S, T>, scope: S, range: Range): Promise<T> {
  return statistic(c.var.deps.db, requestContext(c).actor, scope, range);
}
const unit = (id: string) => ({ kind: 'unit' as const, id });
const administration = (id: string) => ({ kind: 'administration' as const, id });
const municipality = (c: Context<AppEnv>) => ({
  kind: 'municipality' as const,
  id: requestContext(c).actor.municipalityId,
});

export const statisticsRoutes = new OpenAPIHono<AppEnv>()
  .openapi(contacts.unit, async (c) =>
    c.json(await run(c, contactStatistics, unit(c.req.valid('param').unitId), c.req.valid('query')), 200),
  )
  .openapi(contacts.administration, async (c) =>
    c.json(
      await run(
        c,
        contactStatistics,
        administration(c.req.valid('param').administrationId),
        c.req.valid('query'),
      ),
      200,
    ),
  )
  .openapi(contacts.municipality, async (c) =>
    c.json(await run(c, contactStatistics, municipality(c), c.req.valid('query')), 200),
  )
  .openapi(indicators.unit, async (c) =>
    c.json(await run(c, indicatorStatistics, unit(c.req.valid('param').unitId), c.req.valid('query')), 200),
  )
  .openapi(indicators.administration, async (c) =>
    c.json(
      await run(
        c,
        indicatorStatistics,
        administration(c.req.valid('param').administrationId),
        c.req.valid('query'),
      ),
      200,
    ),
  )
  .openapi(indicators.municipality, async (c) =>
    c.json(await run(c, indicatorStatistics, municipality(c), c.req.valid('query')), 200),
  )
  .openapi(comparison.administration, async (c) =>
    c.json(
      await run(
        c,
        unitComparison,
        administration(c.req.valid('param').administrationId),
        c.req.valid('query'),
      ),
      200,
    ),
  )
  .openapi(comparison.municipality, async (c) =>
    c.json(await run(c, unitComparison, municipality(c), c.req.valid('query')), 200),
  )
  .openapi(staffTime, async (c) =>
    c.json(await staffTimeStatistics(c.var.deps.db, requestContext(c).actor, c.req.valid('query')), 200),
  );

import { z } from '@hono/zod-openapi';
import { queryFlag } from '../http/openapi';

const name = z.string().trim().min(1).max(120);

export const UnitSchema = z
  .object({ id: z.uuid(), administrationId: z.uuid(), name: z.string(), active: z.boolean() })
  .openapi('Unit');

export const AdministrationSchema = z
  .object({ id: z.uuid(), name: z.string(), active: z.boolean(), units: z.array(UnitSchema) })
  .openapi('Administration');

export const OrganisationTreeSchema = z
  .object({
    municipality: z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable() }),
    administrations: z.array(AdministrationSchema),
  })
  .openapi('OrganisationTree');

export const AREA_KINDS = [
  'district',
  'square',
  'shopping_centre',
  'transport_hub',
  'school_area',
  'park',
  'other',
] as const;

export const AreaSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(AREA_KINDS),
    unitId: z.uuid().nullable(),
    active: z.boolean(),
    geometry: z
      .object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()) })
      .nullable()
      .openapi({ description: 'GeoJSON geometry in WGS 84' }),
  })
  .openapi('Area');

export const AreaListSchema = z.object({ areas: z.array(AreaSchema) }).openapi('AreaList');

export const CreateAdministrationSchema = z.strictObject({ name }).openapi('CreateAdministration');
export const UpdateAdministrationSchema = z
  .strictObject({ name: name.optional(), active: z.boolean().optional() })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateAdministration');

export const CreateUnitSchema = z.strictObject({ administrationId: z.uuid(), name }).openapi('CreateUnit');
export const UpdateUnitSchema = z
  .strictObject({
    name: name.optional(),
    administrationId: z.uuid().optional(),
    active: z.boolean().optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateUnit');

export const IncludeInactiveQuery = z.object({
  includeInactive: queryFlag(),
});

export type OrganisationTree = z.infer<typeof OrganisationTreeSchema>;
export type Area = z.infer<typeof AreaSchema>;
export type UnitDto = z.infer<typeof UnitSchema>;
export type AdministrationDto = Omit<z.infer<typeof AdministrationSchema>, 'units'>;

import { z } from '@hono/zod-openapi';

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
      enrolmentRequired: z.boolean().optional().openapi({
        description:
          'With second_factor_required: the user has no second factor yet and must add one (Säkerhet) first',
      }),
    }),
  })
  .openapi('Error');

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** The error responses every protected route can give, for the OpenAPI document. */
export const commonErrors = {
  400: errorResponse('Invalid input'),
  401: errorResponse('Not signed in'),
  403: errorResponse('Signed in, but without the permission this needs'),
  404: errorResponse('Not found, or outside the caller’s scope'),
} as const;

export const conflictError = { 409: errorResponse('Conflicts with existing data') } as const;

export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { content: { 'application/json': { schema } }, required: true } };
}

/** A path parameter holding a UUID, e.g. `idParam('unitId')` for `/api/units/{unitId}`. */
export function idParam<K extends string>(param: K) {
  const shape = { [param]: z.uuid().openapi({ param: { name: param, in: 'path' } }) } as Record<K, z.ZodUUID>;
  return z.object(shape);
}

/** An optional true/false query parameter (`?includeInactive=true`), false when left out. */
export function queryFlag() {
  return z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true');
}

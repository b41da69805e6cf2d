import { z } from '@hono/zod-openapi';

export const RoleSeparationSchema = z
  .strictObject({
    fieldWorkersDoAuthorityTasks: z.boolean().openapi({
      description:
        'Whether field workers may also carry out authority tasks (myndighetsutövning). Off: a shift ' +
        'may not be tagged with the time use authority (authority_tasks_not_allowed).',
    }),
  })
  .openapi('RoleSeparation');
export type RoleSeparation = z.infer<typeof RoleSeparationSchema>;

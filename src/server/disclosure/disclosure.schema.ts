import { z } from '@hono/zod-openapi';

export const DisclosureMethodSchema = z
  .object({
    method: z.literal('cell-key'),
    parameters: z.object({
      maxDeviation: z
        .number()
        .int()
        .openapi({ description: 'D: no published figure is further than this from the true count' }),
      variance: z
        .number()
        .openapi({ description: 'V: the variance of the noise added to every non-zero count' }),
      js: z.number().int().openapi({ description: 'No published figure lies in 1..js' }),
      keyModulus: z
        .number()
        .int()
        .openapi({ description: 'Record and cell keys are whole numbers modulo this' }),
    }),
    ptable: z
      .array(
        z.object({
          count: z.number().int(),
          noises: z.array(z.object({ noise: z.number().int(), probability: z.number() })),
        }),
      )
      .openapi({
        description:
          'The perturbation table: per true count, each noise and its probability; the last row serves every larger count',
      }),
  })
  .openapi('DisclosureMethod');

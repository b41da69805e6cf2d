import { z } from '@hono/zod-openapi';

const months = z.number().int().min(1).max(120);

export const RetentionMonthsSchema = z
  .object({
    support_contact: months.openapi({
      description: 'Months after the last contact (or closing) a support contact is kept',
    }),
    report_of_concern: months.openapi({
      description: 'Months after the reception acknowledged it a report of concern is kept',
    }),
  })
  .openapi('RetentionMonths');

const deleted = z.record(z.string(), z.number().int());

export const RetentionOverviewSchema = z
  .object({
    months: RetentionMonthsSchema,
    runs: z.array(
      z.object({
        startedAt: z.string(),
        trigger: z.enum(['schedule', 'administrator']),
        deleted: deleted.openapi({
          description: 'How many records of each kind the run deleted (no identities)',
        }),
      }),
    ),
  })
  .openapi('RetentionOverview');

export const RetentionRunSchema = z.object({ deleted }).openapi('RetentionRun');

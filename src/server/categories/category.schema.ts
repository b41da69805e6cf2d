import { z } from '@hono/zod-openapi';
import { CATEGORY_KINDS } from '../../shared/field-log';
import { queryFlag } from '../http/openapi';

export const CategoryKindSchema = z.enum(CATEGORY_KINDS).openapi('CategoryKind');
const label = z.string().trim().min(1).max(80);
const age = z.number().int().min(0).max(120);

export const CategorySchema = z
  .object({
    id: z.uuid(),
    kind: CategoryKindSchema,
    code: z.string(),
    labelSv: z.string(),
    labelEn: z.string(),
    sortOrder: z.number().int(),
    minAge: z.number().int().nullable(),
    maxAge: z.number().int().nullable(),
    retired: z.boolean(),
  })
  .openapi('Category');

export const CategoryListSchema = z.object({ categories: z.array(CategorySchema) }).openapi('CategoryList');

export const CategoryListQuery = z.object({
  kind: CategoryKindSchema.optional(),
  includeRetired: queryFlag(),
});

export const CreateCategorySchema = z
  .strictObject({
    kind: CategoryKindSchema,
    code: z
      .string()
      .regex(/^[a-z0-9_]{1,40}$/)
      .optional()
      .openapi({ description: 'Stable machine name; made from the Swedish label when left out' }),
    labelSv: label,
    labelEn: label,
    sortOrder: z.number().int().min(0).max(10_000).optional(),
    minAge: age.nullish(),
    maxAge: age.nullish(),
  })
  .openapi('CreateCategory');

export const UpdateCategorySchema = z
  .strictObject({
    labelSv: label.optional(),
    labelEn: label.optional(),
    sortOrder: z.number().int().min(0).max(10_000).optional(),
    minAge: age.nullish(),
    maxAge: age.nullish(),
    retired: z
      .boolean()
      .optional()
      .openapi({ description: 'Retired categories stay in history and statistics' }),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateCategory');

export type CategoryDto = z.infer<typeof CategorySchema>;

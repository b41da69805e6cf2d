import { z } from '@hono/zod-openapi';
import { GrantSchema, LocaleSchema } from '../users/users.schema';
import { PERMISSIONS, type Permission } from './permissions';

export const SignInSchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1000),
  })
  .openapi('SignIn');

export const SessionUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: LocaleSchema,
    municipality: z.object({ id: z.uuid(), name: z.string() }),
    roles: z.array(GrantSchema),
    permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [Permission, ...Permission[]])),
  })
  .openapi('SessionUser');

export const SessionSchema = z
  .object({
    csrfToken: z.string().openapi({ description: 'Send as the X-CSRF-Token header on every change' }),
    user: SessionUserSchema.nullable(),
  })
  .openapi('Session');

export const SignOutSchema = SessionSchema.extend({
  providerLogoutUrl: z
    .string()
    .nullable()
    .openapi({ description: 'The OpenID provider’s logout page for a session it opened, else null' }),
}).openapi('SignOut');

export const UpdateMeSchema = z.strictObject({ locale: LocaleSchema }).openapi('UpdateMe');

export type SessionUser = z.infer<typeof SessionUserSchema>;

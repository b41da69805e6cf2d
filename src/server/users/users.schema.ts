import { z } from '@hono/zod-openapi';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth/password';
import { PARTNER_KINDS, ROLE_SCOPES, ROLES } from '../auth/permissions';
import { queryFlag } from '../http/openapi';

export const RoleSchema = z.enum(ROLES).openapi('Role');
export const PartnerKindSchema = z.enum(PARTNER_KINDS).openapi('PartnerKind');
export const LocaleSchema = z.enum(['sv', 'en']).openapi('Locale');

const email = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());
const displayName = z.string().trim().min(1).max(120);
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

export const GrantInputSchema = z
  .strictObject({
    role: RoleSchema,
    unitId: z.uuid().nullish(),
    administrationId: z.uuid().nullish(),
    partnerKind: PartnerKindSchema.nullish(),
  })
  .superRefine((grant, ctx) => {
    const scopes = ROLE_SCOPES[grant.role];
    const scope = grant.unitId ? 'unit' : grant.administrationId ? 'administration' : 'municipality';
    if (grant.unitId && grant.administrationId) {
      ctx.addIssue({ code: 'custom', message: 'Give a unit or an administration, not both' });
    } else if (!scopes.includes(scope)) {
      ctx.addIssue({ code: 'custom', message: `Role ${grant.role} is assigned at: ${scopes.join(' or ')}` });
    }
    if ((grant.role === 'partner') !== Boolean(grant.partnerKind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['partnerKind'],
        message: 'Partners, and only partners, have a kind',
      });
    }
  })
  .openapi('GrantInput');

const grants = z.array(GrantInputSchema).min(1).max(20);

export const CreateUserSchema = z
  .strictObject({ email, displayName, password, locale: LocaleSchema.optional(), roles: grants })
  .openapi('CreateUser');

export const UpdateUserSchema = z
  .strictObject({
    email: email.optional(),
    displayName: displayName.optional(),
    locale: LocaleSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Give at least one field to change')
  .openapi('UpdateUser');

export const SetRolesSchema = z.strictObject({ roles: grants }).openapi('SetRoles');
export const SetPasswordSchema = z.strictObject({ password }).openapi('SetPassword');

export const GrantSchema = z
  .object({
    role: RoleSchema,
    unitId: z.uuid().nullable(),
    unitName: z.string().nullable(),
    administrationId: z.uuid().nullable(),
    administrationName: z.string().nullable(),
    partnerKind: PartnerKindSchema.nullable(),
  })
  .openapi('Grant');

export const UserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    locale: LocaleSchema,
    active: z.boolean(),
    locked: z.boolean().openapi({
      description:
        'Wrong passwords hold back sign-in to this account from at least one address for now; ' +
        'the account itself is never locked, and sign-in from other addresses works',
    }),
    lastSignInAt: z.iso.datetime().nullable(),
    deactivatedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    roles: z.array(GrantSchema),
  })
  .openapi('User');

export const UserListSchema = z.object({ users: z.array(UserSchema) }).openapi('UserList');

export const UserListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  includeInactive: queryFlag(),
});

export const UnitMembersSchema = z
  .object({
    members: z.array(
      z.object({
        id: z.uuid(),
        displayName: z.string(),
        roles: z.array(z.enum(['field_worker', 'unit_manager'])),
      }),
    ),
  })
  .openapi('UnitMembers');

export type GrantInput = z.infer<typeof GrantInputSchema>;
export type GrantDto = z.infer<typeof GrantSchema>;
export type UserDto = z.infer<typeof UserSchema>;

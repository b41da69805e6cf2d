import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from './client';

/** Shapes the web app shows, all inferred from the server's routes. */
export type Session = InferResponseType<typeof api.api.auth.session.$get, 200>;
export type SessionUser = NonNullable<Session['user']>;
export type Grant = SessionUser['roles'][number];
export type Role = Grant['role'];
export type PartnerKind = NonNullable<Grant['partnerKind']>;
export type Permission = SessionUser['permissions'][number];
export type Locale = SessionUser['locale'];

export type OrganisationTree = InferResponseType<typeof api.api.organisation.$get, 200>;
export type Administration = OrganisationTree['administrations'][number];
export type Unit = Administration['units'][number];
export type Area = InferResponseType<typeof api.api.areas.$get, 200>['areas'][number];
export type AreaKind = Area['kind'];

export type User = InferResponseType<typeof api.api.users.$get, 200>['users'][number];
export type NewUser = InferRequestType<typeof api.api.users.$post>['json'];
export type GrantInput = NewUser['roles'][number];
export type UnitMember = InferResponseType<
  (typeof api.api.units)[':unitId']['members']['$get'],
  200
>['members'][number];

export { PARTNER_KINDS, ROLES } from '../../shared/roles';

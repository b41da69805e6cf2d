/** The roles a user can hold, in the order the UI lists them. Server and web share this list. */
export const ROLES = [
  'field_worker',
  'unit_manager',
  'analyst',
  'reception',
  'partner',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Kinds of collaboration partner (samverkanspartner). */
export const PARTNER_KINDS = ['school', 'police', 'youth_centre', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

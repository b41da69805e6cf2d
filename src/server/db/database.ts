import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Timestamps are written as Date or ISO strings and always read back as Date. */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

import type { ActivityKind, ActivityPartner, TimeUse } from '../../shared/field-log';
import type { PlanGoal } from '../../shared/plan-targets';
import type { PartnerKind, Role } from '../../shared/roles';
import type { CloseReason, ConsentParty } from '../../shared/support-contacts';

export type { PartnerKind, Role };
export type Locale = 'sv' | 'en';

export interface MunicipalitiesTable {
  id: string;
  name: string;
  code: string | null;
  /** The secret record keys are made from (cell-key method); never leaves the server. */
  record_key_secret: ColumnType<Uint8Array, Uint8Array | undefined, never>;
  /** Whether field workers may also carry out authority tasks (myndighetsutövning); off by default. */
  field_workers_do_authority_tasks: ColumnType<boolean, boolean | undefined, boolean>;
  /** Whether personal data needs a session with a second factor (migration 0017); off by default. */
  require_second_factor: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: CreatedAt;
}

export interface AdministrationsTable {
  id: string;
  municipality_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UnitsTable {
  id: string;
  municipality_id: string;
  administration_id: string;
  name: string;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface AreasTable {
  id: string;
  municipality_id: string;
  unit_id: string | null;
  name: string;
  kind: 'district' | 'square' | 'shopping_centre' | 'transport_hub' | 'school_area' | 'park' | 'other';
  /** GeoJSON Polygon or MultiPolygon geometry (WGS 84). */
  geometry: ColumnType<unknown, string | null, string | null> | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: string;
  municipality_id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: Generated<Locale>;
  active: Generated<boolean>;
  last_sign_in_at: Timestamp | null;
  deactivated_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface RoleAssignmentsTable {
  id: string;
  municipality_id: string;
  user_id: string;
  role: Role;
  administration_id: string | null;
  unit_id: string | null;
  partner_kind: PartnerKind | null;
  created_at: CreatedAt;
}

export interface SessionsTable {
  /** SHA-256 of the cookie token: a leaked table does not leak sign-ins. */
  token_hash: string;
  municipality_id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
  /** How the OpenID provider authenticated the user (migration 0016); null for password sign-in. */
  acr: ColumnType<string | null, string | null | undefined, never>;
  amr: ColumnType<string[] | null, string[] | null | undefined, never>;
  auth_time: ColumnType<Date | null, Date | null | undefined, never>;
  oidc_provider_id: ColumnType<string | null, string | null | undefined, never>;
  /** Kept only to name this session when signing out at the provider (id_token_hint). */
  oidc_id_token: ColumnType<string | null, string | null | undefined, never>;
  /** The provider's acr/amr say a second factor was used (see oidc/provider-mfa.ts). */
  mfa_by_provider: ColumnType<boolean, boolean | undefined, boolean>;
  /** When this session last proved a second factor (step-up), and with what (migration 0017). */
  second_factor_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  second_factor_method: ColumnType<
    SecondFactorMethod | null,
    SecondFactorMethod | null | undefined,
    SecondFactorMethod | null
  >;
}

export type SecondFactorMethod = 'passkey' | 'totp' | 'recovery_code';

/** A user's WebAuthn credential (migration 0017). */
export interface PasskeysTable {
  id: string;
  municipality_id: string;
  user_id: string;
  /** base64url, as the browser names it. */
  credential_id: string;
  /** COSE public key. */
  public_key: Uint8Array;
  /** bigint: a string from `pg`, a number from PGlite; the repository turns it into a number. */
  counter: ColumnType<string | number, number, number>;
  transports: ColumnType<string[], string[] | undefined, string[]>;
  nickname: string;
  created_at: CreatedAt;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A user's TOTP secret; active once confirmed with one valid code (migration 0017). */
export interface TotpCredentialsTable {
  municipality_id: string;
  user_id: string;
  /** base32; never returned after enrolment. */
  secret: string;
  confirmed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The 30-second step of the last accepted code: a code is good once. */
  last_used_step: ColumnType<number | null, number | null | undefined, number | null>;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  created_at: CreatedAt;
}

/** Single-use recovery codes, stored as SHA-256 of a high-entropy code (migration 0017). */
export interface RecoveryCodesTable {
  municipality_id: string;
  user_id: string;
  code_hash: string;
  created_at: CreatedAt;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

/** A pending WebAuthn challenge, one per session and purpose, single-use (migration 0017). */
export interface SecondFactorChallengesTable {
  municipality_id: string;
  session_token_hash: string;
  purpose: 'registration' | 'authentication';
  challenge: string;
  expires_at: Timestamp;
}

/** A municipality's OpenID provider (migration 0016). */
export interface OidcProvidersTable {
  id: string;
  municipality_id: string;
  issuer: string;
  client_id: string;
  /** Never leaves the server: the API says only whether one is saved. */
  client_secret: string;
  scopes: string;
  subject_claim: Generated<string>;
  email_claim: Generated<string>;
  name_claim: Generated<string>;
  button_label: string;
  create_users: Generated<boolean>;
  /** acr values that mean the provider used a second factor, whatever amr says. */
  mfa_acr_values: ColumnType<string[], string[] | undefined, string[]>;
  enabled: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A sign-in between leaving for the provider and coming back; used once (migration 0016). */
export interface OidcLoginsTable {
  state_hash: string;
  municipality_id: string;
  provider_id: string;
  nonce: string;
  code_verifier: string;
  return_path: string;
  created_at: Timestamp;
  expires_at: Timestamp;
}

/** An account's stable subject at its municipality's provider (migration 0016). */
export interface UserOidcSubjectsTable {
  municipality_id: string;
  issuer: string;
  subject: string;
  user_id: string;
  created_at: CreatedAt;
}

/** Recent sign-in attempts per client address, shared by every instance (migration 0014). */
export interface SignInThrottleTable {
  /** A client address, an IPv6 /64, or `unknown` when the request had none. */
  address: string;
  /** The latest attempts inside the window, oldest first: failed, or still being checked. */
  attempted_at: ColumnType<Date[], Date[], Date[]>;
  last_attempt_at: Timestamp;
}

/** Failed sign-ins per account × client address, with their back-off (migration 0018). */
export interface SignInFailuresTable {
  /** The user's id, or `unknown:` and a hash of an e-mail no account has. */
  account: string;
  /** The throttle's address key (an address, an IPv6 /64, or `unknown`). */
  address: string;
  /** The account's municipality; null for an unknown e-mail. */
  municipality_id: string | null;
  failures: number;
  last_failure_at: Timestamp;
  blocked_until: Timestamp | null;
}

export interface RetentionPoliciesTable {
  municipality_id: string;
  record_kind: 'support_contact' | 'report_of_concern';
  months: number;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface RetentionRunsTable {
  id: string;
  municipality_id: string;
  started_at: Timestamp;
  trigger: 'schedule' | 'administrator';
  deleted: ColumnType<Record<string, number>, string, never>;
}

export interface AuditEventsTable {
  id: string;
  municipality_id: string;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor_roles: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: ColumnType<Record<string, unknown>, string, never>;
  ip: string | null;
  /** 1, 2, 3 … per municipality: the event's place in the hash chain (src/server/audit/audit-chain.ts). */
  seq: number;
  prev_hash: string;
  /** Hex SHA-256 of the event's canonical content and `prev_hash`. */
  hash: string;
}

/** The newest link of each municipality's audit chain; appends lock this row, so they never fork. */
export interface AuditChainHeadsTable {
  municipality_id: string;
  seq: number;
  hash: string;
}

export type CategoryKind =
  | 'topic'
  | 'observation_type'
  | 'service'
  | 'arena'
  | 'age_band'
  | 'risk_factor'
  | 'protective_factor';
export type ShiftStatus = 'planned' | 'done' | 'cancelled';
export type ShiftKind = 'outreach' | 'school' | 'youth_centre' | 'risk_night' | 'digital' | 'collaboration';
export type { TimeUse } from '../../shared/field-log';
export type PreventionLevel = 'universal' | 'selective' | 'indicated';
export type Gender = 'girl' | 'boy' | 'other';
export type Depth = 'brief' | 'conversation' | 'support';
export type ActionKind =
  | 'guidance'
  | 'guardian_contact'
  | 'report_of_concern'
  | 'emergency_call'
  | 'safe_transport';
export type Severity = 'low' | 'medium' | 'high';

export interface CategoriesTable {
  id: string;
  municipality_id: string;
  kind: CategoryKind;
  code: string;
  label_sv: string;
  label_en: string;
  sort_order: Generated<number>;
  min_age: number | null;
  max_age: number | null;
  retired_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ShiftsTable {
  id: string;
  /** The id the phone made and the API addresses the shift by; unique within its unit. */
  public_id: string;
  municipality_id: string;
  unit_id: string;
  status: ShiftStatus;
  kind: ShiftKind;
  title: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  time_use: TimeUse;
  prevention_level: PreventionLevel | null;
  partners: string[];
  notes: string | null;
  version: number;
  created_by: string;
  updated_by: string;
  reviewed_by: string | null;
  reviewed_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ShiftLinkTable {
  municipality_id: string;
  shift_id: string;
}

export interface ShiftStaffTable extends ShiftLinkTable {
  user_id: string;
  /** This person's own minutes on the shift; null: the shift's span. */
  minutes: number | null;
}
/** Minutes of a shift's span on a time use other than its main one. */
export interface ShiftTimeUsesTable extends ShiftLinkTable {
  time_use: TimeUse;
  minutes: number;
}
export interface ShiftAreasTable extends ShiftLinkTable {
  area_id: string;
}
export interface ShiftCategoriesTable extends ShiftLinkTable {
  category_id: string;
}

export interface EncounterTalliesTable extends ShiftLinkTable {
  gender: Gender;
  age_band_id: string;
  depth: Depth;
  count: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

export interface TopicTalliesTable extends ShiftLinkTable {
  topic_id: string;
  count: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

export interface ActionTalliesTable extends ShiftLinkTable {
  kind: ActionKind;
  service_id: string | null;
  gender: Gender;
  age_band_id: string;
  count: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

export interface ObservationsTable extends ShiftLinkTable {
  id: string;
  type_id: string;
  area_id: string | null;
  latitude: number | null;
  longitude: number | null;
  observed_at: Timestamp;
  severity: Severity;
  estimated_size: number | null;
  note: string | null;
  /** The observation's record key (disclosure/record-keys.ts). */
  cell_key: number;
}

export interface ShiftMutationsTable extends ShiftLinkTable {
  mutation_id: string;
  version: number;
  applied_at: Timestamp;
}

export interface ShiftRevisionsTable extends ShiftLinkTable {
  id: string;
  version: number;
  changed_by: string;
  changed_by_roles: string;
  changed_at: Timestamp;
  changes: ColumnType<ShiftChangeList, string, never>;
}

/** What one revision changed: field names with their values before and after. */
export type ShiftChangeList = { field: string; before: unknown; after: unknown }[];

export interface EncounterDailyTable {
  municipality_id: string;
  unit_id: string;
  /** A Stockholm calendar day, as 'YYYY-MM-DD'. */
  day: ColumnType<string, string, string>;
  gender: Gender;
  age_band_id: string;
  depth: Depth;
  contacts: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

export interface EncounterMonthlyTable extends Omit<EncounterDailyTable, 'day' | 'depth'> {
  /** The first day of a Stockholm calendar month, as 'YYYY-MM-01'. */
  month: ColumnType<string, string, string>;
}

export interface EncounterMonthlyGenderTable {
  municipality_id: string;
  unit_id: string;
  /** The first day of a Stockholm calendar month, as 'YYYY-MM-01'. */
  month: ColumnType<string, string, string>;
  gender: Gender;
  contacts: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

/** A municipality's contacts by month, gender and age band: encounter_monthly summed over units. */
export interface EncounterMonthlyMunicipalityTable {
  municipality_id: string;
  /** The first day of a Stockholm calendar month, as 'YYYY-MM-01'. */
  month: ColumnType<string, string, string>;
  gender: Gender;
  age_band_id: string;
  contacts: number;
  /** The sum of its records' keys modulo 2^30 (disclosure/record-keys.ts). */
  cell_key: number;
}

/** A later follow-up of one guidance cell of a shift: how many arrived, did not, or are not known. */
export interface GuidanceOutcomesTable extends ShiftLinkTable {
  service_id: string;
  gender: Gender;
  age_band_id: string;
  arrived: number;
  not_arrived: number;
  outcome_unknown: number;
  /** The keys of the arrived, not-arrived and unknown records (disclosure/record-keys.ts). */
  arrived_key: number;
  not_arrived_key: number;
  unknown_key: number;
  updated_by: string;
  updated_at: Timestamp;
}

export interface GuidanceOutcomeMutationsTable extends ShiftLinkTable {
  mutation_id: string;
  applied_at: Timestamp;
}

/** People living in an area, by gender and single year of age, for one year (denominators for rates). */
export interface YouthPopulationTable {
  municipality_id: string;
  year: number;
  area_id: string;
  gender: Gender;
  age: number;
  population: number;
  imported_at: Timestamp;
  imported_by: string;
}

export type ConcernUrgency = 'immediate' | 'urgent' | 'normal';
export type GuardianInformed = 'yes' | 'no' | 'unknown';
export type ConcernStatus = 'sent' | 'acknowledged';
export type ConcernFeedback = 'received' | 'investigation_opened' | 'no_action';

/**
 * A report of concern (orosanmälan) sent to the reception. Every piece of personal data of a report
 * is in this row, so the scheduled deletion (by `acknowledged_at`) deletes all of it.
 */
export interface ReportsOfConcernTable {
  id: string;
  /** The sending browser's id for this send: a resend with it is recognised (unique per unit × reporter). */
  send_id: string;
  municipality_id: string;
  unit_id: string;
  shift_id: string | null;
  reporter_user_id: string;
  reporter_name: string;
  reporter_role: string;
  reporter_phone: string;
  child_name: string | null;
  child_personal_number: string | null;
  /** A calendar date, as 'YYYY-MM-DD'. */
  child_birth_date: ColumnType<string | null, string | null, string | null>;
  child_address: string | null;
  child_school: string | null;
  child_description: string | null;
  guardians: string | null;
  concern: string;
  seen_and_heard: string;
  place: string | null;
  occurred_at: Timestamp | null;
  urgency: ConcernUrgency;
  emergency_contacted: boolean | null;
  guardian_informed: GuardianInformed;
  guardian_not_informed_reason: string | null;
  status: ConcernStatus;
  sent_at: Timestamp;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  feedback: ConcernFeedback | null;
  feedback_message: string | null;
  feedback_at: Timestamp | null;
  feedback_by: string | null;
  created_at: CreatedAt;
}

/** A calendar day, 'YYYY-MM-DD': both drivers return `date` columns as this text (db/type-oids.ts). */
type Day = ColumnType<string, string, string>;

/** One young person's consented support contact, with the consent record; all personal data. */
export interface SupportContactsTable {
  id: string;
  municipality_id: string;
  unit_id: string;
  /** A pseudonym or first name. */
  name: string;
  birth_year: number;
  gender: Gender;
  area_id: string | null;
  plan: string | null;
  consent_young_person: boolean;
  consent_guardian: boolean;
  consented_on: Day;
  consent_scope: string;
  consent_withdrawn_at: Timestamp | null;
  consent_withdrawn_by: ConsentParty | null;
  responsible_user_id: string;
  /** The latest contact logged, or the consent's day while none is: the retention clock. */
  last_contact_on: Day;
  opened_at: Timestamp;
  closed_at: Timestamp | null;
  close_reason: CloseReason | null;
  /** The contact's record key, for counting it in statistics (disclosure/record-keys.ts). */
  cell_key: number;
  version: number;
  created_by: string;
  updated_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface SupportContactLogTable {
  id: string;
  municipality_id: string;
  support_contact_id: string;
  contact_on: Day;
  kind: 'preventive';
  note: string | null;
  shift_id: string | null;
  created_by: string;
  created_at: Timestamp;
}

export type SupportContactEventKind = 'opened' | 'handed_over' | 'closed';

export interface SupportContactEventsTable {
  id: string;
  municipality_id: string;
  support_contact_id: string;
  unit_id: string;
  kind: SupportContactEventKind;
  occurred_at: Timestamp;
  actor_user_id: string;
  from_user_id: string | null;
  to_user_id: string | null;
  close_reason: CloseReason | null;
}

/** An assignment elsewhere in the municipality, from the unit manager's list. */
export interface MunicipalAssignmentsTable {
  id: string;
  municipality_id: string;
  unit_id: string;
  name: string;
  retired_at: Timestamp | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Work outside shifts: one person's minutes on one day. Its id is the phone's, unique in the unit. */
export interface ActivitiesTable {
  id: string;
  municipality_id: string;
  unit_id: string;
  user_id: string;
  kind: ActivityKind;
  assignment_id: string | null;
  /** A Stockholm calendar day, YYYY-MM-DD. */
  day: string;
  minutes: number;
  partners: ActivityPartner[];
  version: number;
  created_by: string;
  updated_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** One course or training a staff member took, as the competence record keeps it. */
export type Course = { name: string; completedOn: string; hours: number | null };

/** A staff member's competence record (introduction, education, courses). */
export interface StaffCompetenceTable {
  municipality_id: string;
  user_id: string;
  /** A calendar day, YYYY-MM-DD. */
  introduction_done_on: string | null;
  introduction_name: string | null;
  social_work_education: boolean;
  courses: ColumnType<Course[], string, string>;
  version: number;
  updated_by: string;
  updated_at: Timestamp;
}

/** A unit's plan for a year; its goals live in versions. */
export interface PlansTable {
  municipality_id: string;
  id: string;
  unit_id: string;
  year: number;
  closed_at: Timestamp | null;
  closed_by: string | null;
  created_at: Generated<Timestamp>;
}

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';

/** One version of a plan: its goals as drafted, and the administration's decision on it. */
export interface PlanVersionsTable {
  municipality_id: string;
  plan_id: string;
  version: number;
  status: PlanStatus;
  goals: ColumnType<PlanGoal[], string, string>;
  drafted_by: string;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  decision_comment: string | null;
}

/** A date the city or an administration puts out as a risk night (riskkväll). */
export interface RiskNightsTable {
  id: string;
  municipality_id: string;
  /** Null for the whole municipality; otherwise only that administration's units are asked. */
  administration_id: string | null;
  /** A Stockholm calendar day, YYYY-MM-DD. */
  day: string;
  name: string;
  /** Wall-clock time HH:MM:SS; an end at or before the start is on the next morning. */
  starts_at: ColumnType<string, string | undefined, string>;
  ends_at: ColumnType<string, string | undefined, string>;
  note: string | null;
  version: number;
  created_by: string;
  created_at: CreatedAt;
  updated_at: Timestamp;
  removed_at: Date | null;
}

/** A unit's answer to a risk night: the staff it plans, and the planned shift it became. */
export interface RiskNightAnswersTable {
  municipality_id: string;
  risk_night_id: string;
  unit_id: string;
  planned_staff: number;
  comment: string | null;
  version: number;
  answered_by: string;
  answered_at: Timestamp;
  shift_id: string | null;
  shift_mutation_id: string | null;
}

export interface Database {
  municipalities: MunicipalitiesTable;
  administrations: AdministrationsTable;
  units: UnitsTable;
  areas: AreasTable;
  users: UsersTable;
  role_assignments: RoleAssignmentsTable;
  sessions: SessionsTable;
  passkeys: PasskeysTable;
  totp_credentials: TotpCredentialsTable;
  recovery_codes: RecoveryCodesTable;
  second_factor_challenges: SecondFactorChallengesTable;
  oidc_providers: OidcProvidersTable;
  oidc_logins: OidcLoginsTable;
  user_oidc_subjects: UserOidcSubjectsTable;
  sign_in_throttle: SignInThrottleTable;
  sign_in_failures: SignInFailuresTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  retention_policies: RetentionPoliciesTable;
  retention_runs: RetentionRunsTable;
  categories: CategoriesTable;
  shifts: ShiftsTable;
  shift_staff: ShiftStaffTable;
  shift_time_uses: ShiftTimeUsesTable;
  shift_areas: ShiftAreasTable;
  shift_categories: ShiftCategoriesTable;
  encounter_tallies: EncounterTalliesTable;
  topic_tallies: TopicTalliesTable;
  action_tallies: ActionTalliesTable;
  observations: ObservationsTable;
  shift_mutations: ShiftMutationsTable;
  shift_revisions: ShiftRevisionsTable;
  encounter_daily: EncounterDailyTable;
  encounter_monthly: EncounterMonthlyTable;
  encounter_monthly_gender: EncounterMonthlyGenderTable;
  encounter_monthly_municipality: EncounterMonthlyMunicipalityTable;
  youth_population: YouthPopulationTable;
  support_contacts: SupportContactsTable;
  support_contact_log: SupportContactLogTable;
  support_contact_events: SupportContactEventsTable;
  guidance_outcomes: GuidanceOutcomesTable;
  guidance_outcome_mutations: GuidanceOutcomeMutationsTable;
  reports_of_concern: ReportsOfConcernTable;
  municipal_assignments: MunicipalAssignmentsTable;
  activities: ActivitiesTable;
  staff_competence: StaffCompetenceTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  risk_nights: RiskNightsTable;
  risk_night_answers: RiskNightAnswersTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type RoleAssignmentRow = Selectable<RoleAssignmentsTable>;
export type SessionRow = Selectable<SessionsTable>;
export type OidcProviderRow = Selectable<OidcProvidersTable>;
export type AdministrationRow = Selectable<AdministrationsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type AreaRow = Selectable<AreasTable>;
export type CategoryRow = Selectable<CategoriesTable>;
export type ShiftRow = Selectable<ShiftsTable>;
export type ObservationRow = Selectable<ObservationsTable>;
export type ReportOfConcernRow = Selectable<ReportsOfConcernTable>;

/**
 * Every column of every table, checked by the compiler against the interfaces above (a missing or
 * extra key fails `tsc`) and by `schema.test.ts` against the migrated database.
 */
export const databaseColumns: { [T in keyof Database]: Record<keyof Database[T], true> } = {
  municipalities: {
    id: true,
    name: true,
    code: true,
    record_key_secret: true,
    field_workers_do_authority_tasks: true,
    require_second_factor: true,
    created_at: true,
  },
  administrations: {
    id: true,
    municipality_id: true,
    name: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  units: {
    id: true,
    municipality_id: true,
    administration_id: true,
    name: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  areas: {
    id: true,
    municipality_id: true,
    unit_id: true,
    name: true,
    kind: true,
    geometry: true,
    active: true,
    created_at: true,
    updated_at: true,
  },
  users: {
    id: true,
    municipality_id: true,
    email: true,
    display_name: true,
    password_hash: true,
    locale: true,
    active: true,
    last_sign_in_at: true,
    deactivated_at: true,
    created_at: true,
    updated_at: true,
  },
  role_assignments: {
    id: true,
    municipality_id: true,
    user_id: true,
    role: true,
    administration_id: true,
    unit_id: true,
    partner_kind: true,
    created_at: true,
  },
  sessions: {
    token_hash: true,
    municipality_id: true,
    user_id: true,
    csrf_token: true,
    created_at: true,
    last_seen_at: true,
    expires_at: true,
    ip: true,
    user_agent: true,
    acr: true,
    amr: true,
    auth_time: true,
    oidc_provider_id: true,
    oidc_id_token: true,
    mfa_by_provider: true,
    second_factor_at: true,
    second_factor_method: true,
  },
  passkeys: {
    id: true,
    municipality_id: true,
    user_id: true,
    credential_id: true,
    public_key: true,
    counter: true,
    transports: true,
    nickname: true,
    created_at: true,
    last_used_at: true,
  },
  totp_credentials: {
    municipality_id: true,
    user_id: true,
    secret: true,
    confirmed_at: true,
    last_used_step: true,
    failed_attempts: true,
    locked_until: true,
    created_at: true,
  },
  recovery_codes: {
    municipality_id: true,
    user_id: true,
    code_hash: true,
    created_at: true,
    used_at: true,
  },
  second_factor_challenges: {
    municipality_id: true,
    session_token_hash: true,
    purpose: true,
    challenge: true,
    expires_at: true,
  },
  oidc_providers: {
    id: true,
    municipality_id: true,
    issuer: true,
    client_id: true,
    client_secret: true,
    scopes: true,
    subject_claim: true,
    email_claim: true,
    name_claim: true,
    button_label: true,
    create_users: true,
    mfa_acr_values: true,
    enabled: true,
    created_at: true,
    updated_at: true,
  },
  oidc_logins: {
    state_hash: true,
    municipality_id: true,
    provider_id: true,
    nonce: true,
    code_verifier: true,
    return_path: true,
    created_at: true,
    expires_at: true,
  },
  user_oidc_subjects: { municipality_id: true, issuer: true, subject: true, user_id: true, created_at: true },
  sign_in_throttle: { address: true, attempted_at: true, last_attempt_at: true },
  sign_in_failures: {
    account: true,
    address: true,
    municipality_id: true,
    failures: true,
    last_failure_at: true,
    blocked_until: true,
  },
  retention_policies: {
    municipality_id: true,
    record_kind: true,
    months: true,
    updated_at: true,
    updated_by: true,
  },
  retention_runs: { id: true, municipality_id: true, started_at: true, trigger: true, deleted: true },
  audit_events: {
    id: true,
    municipality_id: true,
    occurred_at: true,
    actor_user_id: true,
    actor_roles: true,
    action: true,
    entity_type: true,
    entity_id: true,
    details: true,
    ip: true,
    seq: true,
    prev_hash: true,
    hash: true,
  },
  audit_chain_heads: { municipality_id: true, seq: true, hash: true },
  categories: {
    id: true,
    municipality_id: true,
    kind: true,
    code: true,
    label_sv: true,
    label_en: true,
    sort_order: true,
    min_age: true,
    max_age: true,
    retired_at: true,
    created_at: true,
    updated_at: true,
  },
  shifts: {
    id: true,
    public_id: true,
    municipality_id: true,
    unit_id: true,
    status: true,
    kind: true,
    title: true,
    starts_at: true,
    ends_at: true,
    time_use: true,
    prevention_level: true,
    partners: true,
    notes: true,
    version: true,
    created_by: true,
    updated_by: true,
    reviewed_by: true,
    reviewed_at: true,
    created_at: true,
    updated_at: true,
  },
  shift_staff: { municipality_id: true, shift_id: true, user_id: true, minutes: true },
  shift_time_uses: { municipality_id: true, shift_id: true, time_use: true, minutes: true },
  shift_areas: { municipality_id: true, shift_id: true, area_id: true },
  shift_categories: { municipality_id: true, shift_id: true, category_id: true },
  encounter_tallies: {
    cell_key: true,
    municipality_id: true,
    shift_id: true,
    gender: true,
    age_band_id: true,
    depth: true,
    count: true,
  },
  topic_tallies: { municipality_id: true, shift_id: true, topic_id: true, count: true, cell_key: true },
  action_tallies: {
    cell_key: true,
    municipality_id: true,
    shift_id: true,
    kind: true,
    service_id: true,
    gender: true,
    age_band_id: true,
    count: true,
  },
  observations: {
    cell_key: true,
    id: true,
    municipality_id: true,
    shift_id: true,
    type_id: true,
    area_id: true,
    latitude: true,
    longitude: true,
    observed_at: true,
    severity: true,
    estimated_size: true,
    note: true,
  },
  shift_mutations: {
    municipality_id: true,
    mutation_id: true,
    shift_id: true,
    version: true,
    applied_at: true,
  },
  shift_revisions: {
    id: true,
    municipality_id: true,
    shift_id: true,
    version: true,
    changed_by: true,
    changed_by_roles: true,
    changed_at: true,
    changes: true,
  },
  encounter_daily: {
    cell_key: true,
    municipality_id: true,
    unit_id: true,
    day: true,
    gender: true,
    age_band_id: true,
    depth: true,
    contacts: true,
  },
  encounter_monthly: {
    cell_key: true,
    municipality_id: true,
    unit_id: true,
    month: true,
    gender: true,
    age_band_id: true,
    contacts: true,
  },
  encounter_monthly_gender: {
    cell_key: true,
    municipality_id: true,
    unit_id: true,
    month: true,
    gender: true,
    contacts: true,
  },
  encounter_monthly_municipality: {
    cell_key: true,
    municipality_id: true,
    month: true,
    gender: true,
    age_band_id: true,
    contacts: true,
  },
  youth_population: {
    municipality_id: true,
    year: true,
    area_id: true,
    gender: true,
    age: true,
    population: true,
    imported_at: true,
    imported_by: true,
  },
  support_contacts: {
    cell_key: true,
    id: true,
    municipality_id: true,
    unit_id: true,
    name: true,
    birth_year: true,
    gender: true,
    area_id: true,
    plan: true,
    consent_young_person: true,
    consent_guardian: true,
    consented_on: true,
    consent_scope: true,
    consent_withdrawn_at: true,
    consent_withdrawn_by: true,
    responsible_user_id: true,
    last_contact_on: true,
    opened_at: true,
    closed_at: true,
    close_reason: true,
    version: true,
    created_by: true,
    updated_by: true,
    created_at: true,
    updated_at: true,
  },
  support_contact_log: {
    id: true,
    municipality_id: true,
    support_contact_id: true,
    contact_on: true,
    kind: true,
    note: true,
    shift_id: true,
    created_by: true,
    created_at: true,
  },
  support_contact_events: {
    id: true,
    municipality_id: true,
    support_contact_id: true,
    unit_id: true,
    kind: true,
    occurred_at: true,
    actor_user_id: true,
    from_user_id: true,
    to_user_id: true,
    close_reason: true,
  },
  guidance_outcomes: {
    arrived_key: true,
    not_arrived_key: true,
    unknown_key: true,
    municipality_id: true,
    shift_id: true,
    service_id: true,
    gender: true,
    age_band_id: true,
    arrived: true,
    not_arrived: true,
    outcome_unknown: true,
    updated_by: true,
    updated_at: true,
  },
  guidance_outcome_mutations: { municipality_id: true, shift_id: true, mutation_id: true, applied_at: true },
  reports_of_concern: {
    id: true,
    send_id: true,
    municipality_id: true,
    unit_id: true,
    shift_id: true,
    reporter_user_id: true,
    reporter_name: true,
    reporter_role: true,
    reporter_phone: true,
    child_name: true,
    child_personal_number: true,
    child_birth_date: true,
    child_address: true,
    child_school: true,
    child_description: true,
    guardians: true,
    concern: true,
    seen_and_heard: true,
    place: true,
    occurred_at: true,
    urgency: true,
    emergency_contacted: true,
    guardian_informed: true,
    guardian_not_informed_reason: true,
    status: true,
    sent_at: true,
    acknowledged_at: true,
    acknowledged_by: true,
    feedback: true,
    feedback_message: true,
    feedback_at: true,
    feedback_by: true,
    created_at: true,
  },
  municipal_assignments: {
    id: true,
    municipality_id: true,
    unit_id: true,
    name: true,
    retired_at: true,
    created_at: true,
    updated_at: true,
  },
  activities: {
    id: true,
    municipality_id: true,
    unit_id: true,
    user_id: true,
    kind: true,
    assignment_id: true,
    day: true,
    minutes: true,
    partners: true,
    version: true,
    created_by: true,
    updated_by: true,
    created_at: true,
    updated_at: true,
  },
  staff_competence: {
    municipality_id: true,
    user_id: true,
    introduction_done_on: true,
    introduction_name: true,
    social_work_education: true,
    courses: true,
    version: true,
    updated_by: true,
    updated_at: true,
  },
  plans: {
    municipality_id: true,
    id: true,
    unit_id: true,
    year: true,
    closed_at: true,
    closed_by: true,
    created_at: true,
  },
  plan_versions: {
    municipality_id: true,
    plan_id: true,
    version: true,
    status: true,
    goals: true,
    drafted_by: true,
    updated_at: true,
    submitted_at: true,
    decided_by: true,
    decided_at: true,
    decision_comment: true,
  },
  risk_nights: {
    id: true,
    municipality_id: true,
    administration_id: true,
    day: true,
    name: true,
    starts_at: true,
    ends_at: true,
    note: true,
    version: true,
    created_by: true,
    created_at: true,
    updated_at: true,
    removed_at: true,
  },
  risk_night_answers: {
    municipality_id: true,
    risk_night_id: true,
    unit_id: true,
    planned_staff: true,
    comment: true,
    version: true,
    answered_by: true,
    answered_at: true,
    shift_id: true,
    shift_mutation_id: true,
  },
};

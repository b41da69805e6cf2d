import { type Insertable, type Kysely, sql, type Transaction, type Updateable } from 'kysely';
import { uuidv7 } from '../../shared/uuidv7';
import type {
  Database,
  SupportContactEventsTable,
  SupportContactLogTable,
  SupportContactsTable,
} from '../db/database';

type Reader = Kysely<Database> | Transaction<Database>;

/** A day column as 'YYYY-MM-DD', the same on pg and PGlite. */
const dayText = (column: string) => sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
/** The Stockholm calendar day of an instant column, as 'YYYY-MM-DD'. */
const stockholmDayText = <T extends string | null = string>(column: string) =>
  sql<T>`to_char((${sql.ref(column)} at time zone 'Europe/Stockholm')::date, 'YYYY-MM-DD')`;

function selectContacts(db: Reader, municipalityId: string) {
  return db
    .selectFrom('support_contacts as c')
    .innerJoin('users as r', (join) =>
      join.onRef('r.municipality_id', '=', 'c.municipality_id').onRef('r.id', '=', 'c.responsible_user_id'),
    )
    .leftJoin('areas as a', (join) =>
      join.onRef('a.municipality_id', '=', 'c.municipality_id').onRef('a.id', '=', 'c.area_id'),
    )
    .select([
      'c.id',
      'c.unit_id',
      'c.name',
      'c.birth_year',
      'c.gender',
      'c.area_id',
      'a.name as area_name',
      'c.plan',
      'c.consent_young_person',
      'c.consent_guardian',
      dayText('c.consented_on').as('consented_on'),
      'c.consent_scope',
      'c.consent_withdrawn_at',
      'c.consent_withdrawn_by',
      'c.responsible_user_id',
      'r.display_name as responsible_name',
      dayText('c.last_contact_on').as('last_contact_on'),
      'c.opened_at',
      'c.closed_at',
      'c.close_reason',
      'c.version',
      'c.created_at',
      'c.updated_at',
    ])
    .where('c.municipality_id', '=', municipalityId);
}

export type ContactRecord = NonNullable<Awaited<ReturnType<typeof findContact>>>;

export async function findContact(db: Reader, municipalityId: string, id: string) {
  return selectContacts(db, municipalityId).where('c.id', '=', id).executeTakeFirst();
}

/** Locks a contact's row for a write; undefined if absent. */
export async function lockContact(trx: Transaction<Database>, municipalityId: string, id: string) {
  return trx
    .selectFrom('support_contacts')
    .select(['id', 'unit_id', 'version', 'closed_at', 'responsible_user_id'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function listContacts(
  db: Reader,
  municipalityId: string,
  unitId: string,
  status: 'open' | 'closed' | 'all',
) {
  let query = selectContacts(db, municipalityId).where('c.unit_id', '=', unitId);
  if (status === 'open') query = query.where('c.closed_at', 'is', null);
  if (status === 'closed') query = query.where('c.closed_at', 'is not', null);
  return query.orderBy('c.closed_at', 'desc').orderBy('c.name').orderBy('c.id').execute();
}

export async function insertContact(
  trx: Transaction<Database>,
  row: Insertable<SupportContactsTable>,
): Promise<void> {
  await trx.insertInto('support_contacts').values(row).execute();
}

export async function updateContact(
  trx: Transaction<Database>,
  municipalityId: string,
  id: string,
  patch: Updateable<SupportContactsTable>,
): Promise<void> {
  await trx
    .updateTable('support_contacts')
    .set(patch)
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', id)
    .execute();
}

/** Adds a log entry and moves the contact's last contact forward to it (never back). */
export async function insertLogEntry(
  trx: Transaction<Database>,
  entry: Insertable<SupportContactLogTable>,
): Promise<void> {
  await trx.insertInto('support_contact_log').values(entry).execute();
  await trx
    .updateTable('support_contacts')
    .set({ last_contact_on: sql<string>`greatest(last_contact_on, ${entry.contact_on}::date)` })
    .where('municipality_id', '=', entry.municipality_id)
    .where('id', '=', entry.support_contact_id)
    .execute();
}

export async function listLog(db: Reader, municipalityId: string, contactId: string) {
  return db
    .selectFrom('support_contact_log as l')
    .innerJoin('users as u', (join) =>
      join.onRef('u.municipality_id', '=', 'l.municipality_id').onRef('u.id', '=', 'l.created_by'),
    )
    .leftJoin('shifts as s', (join) =>
      join.onRef('s.municipality_id', '=', 'l.municipality_id').onRef('s.id', '=', 'l.shift_id'),
    )
    .select([
      'l.id',
      dayText('l.contact_on').as('contact_on'),
      'l.kind',
      'l.note',
      // The shift as its unit knows it (the API's id).
      's.public_id as shift_id',
      's.starts_at as shift_starts_at',
      's.title as shift_title',
      'l.created_by',
      'u.display_name as created_by_name',
      'l.created_at',
    ])
    .where('l.municipality_id', '=', municipalityId)
    .where('l.support_contact_id', '=', contactId)
    .orderBy('l.contact_on', 'desc')
    .orderBy('l.created_at', 'desc')
    .execute();
}

/** Records what happened to a contact as a whole (opened, handed over, closed); returns the event id. */
export async function insertEvent(
  trx: Transaction<Database>,
  municipalityId: string,
  event: {
    contactId: string;
    unitId: string;
    kind: SupportContactEventsTable['kind'];
    by: string;
    at: Date;
    fromUserId?: string;
    toUserId?: string;
    closeReason?: NonNullable<SupportContactEventsTable['close_reason']>;
  },
): Promise<string> {
  const id = uuidv7(event.at.getTime());
  await trx
    .insertInto('support_contact_events')
    .values({
      id,
      municipality_id: municipalityId,
      support_contact_id: event.contactId,
      unit_id: event.unitId,
      kind: event.kind,
      occurred_at: event.at,
      actor_user_id: event.by,
      from_user_id: event.fromUserId ?? null,
      to_user_id: event.toUserId ?? null,
      close_reason: event.closeReason ?? null,
    })
    .execute();
  return id;
}

export async function listEvents(db: Reader, municipalityId: string, contactId: string) {
  return db
    .selectFrom('support_contact_events')
    .select(['kind', 'occurred_at', 'actor_user_id', 'from_user_id', 'to_user_id', 'close_reason'])
    .where('municipality_id', '=', municipalityId)
    .where('support_contact_id', '=', contactId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

export async function findActiveArea(db: Reader, municipalityId: string, areaId: string) {
  return db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('municipality_id', '=', municipalityId)
    .where('id', '=', areaId)
    .where('active', '=', true)
    .executeTakeFirst();
}

/** How many open contacts a person is responsible for, per unit. */
export async function countOpenByUnit(db: Reader, municipalityId: string, userId: string) {
  const rows = await db
    .selectFrom('support_contacts')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('count')])
    .where('municipality_id', '=', municipalityId)
    .where('responsible_user_id', '=', userId)
    .where('closed_at', 'is', null)
    .groupBy('unit_id')
    .orderBy('unit_id')
    .execute();
  return rows.map((row) => ({ unitId: row.unit_id, count: Number(row.count) }));
}

/** What the continuity report needs of a unit's contacts opened by `to`: days, reasons, contacts logged. */
export async function continuityFacts(db: Reader, municipalityId: string, unitId: string, to: string) {
  const contacts = await db
    .selectFrom('support_contacts')
    .select([
      'id',
      stockholmDayText('opened_at').as('opened_on'),
      stockholmDayText<string | null>('closed_at').as('closed_on'),
      'close_reason',
      dayText('consented_on').as('consented_on'),
    ])
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where(sql<boolean>`(opened_at at time zone 'Europe/Stockholm')::date <= ${to}::date`)
    .execute();
  const ids = contacts.map((contact) => contact.id);
  const log =
    ids.length === 0
      ? []
      : await db
          .selectFrom('support_contact_log')
          .select(['support_contact_id', dayText('contact_on').as('contact_on')])
          .where('municipality_id', '=', municipalityId)
          .where('support_contact_id', 'in', ids)
          .where('contact_on', '<=', to)
          .execute();
  return { contacts, log };
}

/** Handovers in the unit between two Stockholm days (inclusive). */
export async function countHandovers(
  db: Reader,
  municipalityId: string,
  unitId: string,
  period: { from: string; to: string },
) {
  const row = await db
    .selectFrom('support_contact_events')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('municipality_id', '=', municipalityId)
    .where('unit_id', '=', unitId)
    .where('kind', '=', 'handed_over')
    .where(
      sql<boolean>`(occurred_at at time zone 'Europe/Stockholm')::date between ${period.from}::date and ${period.to}::date`,
    )
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Deletes the contacts whose retention clock started before `cutoff`: the last contact's day is
 * before the cutoff's (Stockholm) day, and a closed contact was closed before it. Log and history
 * cascade, so nothing about the young person is left. For the scheduled deletion; returns how many.
 */
export async function deleteSupportContactsDue(
  trx: Transaction<Database>,
  municipalityId: string,
  cutoff: Date,
): Promise<number> {
  const rows = await trx
    .deleteFrom('support_contacts')
    .where('municipality_id', '=', municipalityId)
    .where(sql<boolean>`last_contact_on < (${cutoff}::timestamptz at time zone 'Europe/Stockholm')::date`)
    .where((eb) => eb.or([eb('closed_at', 'is', null), eb('closed_at', '<=', cutoff)]))
    .returning('id')
    .execute();
  return rows.length;
}

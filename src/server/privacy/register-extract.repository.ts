import type { Db } from '../db/connect';

/** One support contact with what its register extract names: its unit, area and municipality. */
export async function findContactForExtract(db: Db, municipalityId: string, id: string) {
  return db
    .selectFrom('support_contacts as c')
    .innerJoin('units as u', (join) =>
      join.onRef('u.municipality_id', '=', 'c.municipality_id').onRef('u.id', '=', 'c.unit_id'),
    )
    .innerJoin('municipalities as m', 'm.id', 'c.municipality_id')
    .leftJoin('areas as a', (join) =>
      join.onRef('a.municipality_id', '=', 'c.municipality_id').onRef('a.id', '=', 'c.area_id'),
    )
    .select([
      'c.id',
      'c.name',
      'c.birth_year',
      'c.gender',
      'c.plan',
      'c.consent_young_person',
      'c.consent_guardian',
      'c.consented_on',
      'c.consent_scope',
      'c.consent_withdrawn_at',
      'c.consent_withdrawn_by',
      'c.last_contact_on',
      'c.opened_at',
      'c.closed_at',
      'c.close_reason',
      'u.name as unit_name',
      'a.name as area_name',
      'm.name as municipality_name',
    ])
    .where('c.municipality_id', '=', municipalityId)
    .where('c.id', '=', id)
    .executeTakeFirst();
}

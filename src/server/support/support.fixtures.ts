import type { TestApp, TestClient } from '../../../test/support/test-app';
import type { CreateSupportContactInput, SupportContactDto } from './support.schema';

/** A valid new contact (born 2009: 16 or older at the consent, so no guardian is needed). */
export function makeContactInput(
  overrides: Partial<CreateSupportContactInput> = {},
): CreateSupportContactInput {
  return {
    name: 'Kim',
    birthYear: 2009,
    gender: 'girl',
    areaId: null,
    plan: 'Ses varannan vecka på fritidsgården; lotsning till ungdomsmottagningen.',
    ...overrides,
    consent: {
      youngPerson: true,
      guardian: false,
      consentedOn: '2026-03-20',
      scope: 'Stödsamtal och lotsning',
      ...overrides.consent,
    },
  };
}

export const contactsUrl = (unitId: string) => `/api/units/${unitId}/support-contacts`;

/** Opens a contact in the unit as `client`; throws unless it was created. */
export async function openContact(
  client: TestClient,
  unitId: string,
  overrides: Partial<CreateSupportContactInput> = {},
): Promise<SupportContactDto> {
  const response = await client.post(contactsUrl(unitId), makeContactInput(overrides));
  if (response.status !== 201) throw new Error(`Opening failed: ${await response.text()}`);
  return (await response.json()) as SupportContactDto;
}

/** The audit rows about one contact, oldest first. */
export async function auditRows(t: TestApp, contactId: string) {
  return t.db
    .selectFrom('audit_events')
    .select(['action', 'actor_user_id', 'actor_roles', 'details', 'ip'])
    .where('entity_type', '=', 'support_contact')
    .where('entity_id', '=', contactId)
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
}

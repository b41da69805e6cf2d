import { uuidv7 } from '../../shared/uuidv7';
import type { SendReportInput } from './concern.schema';

/** Skatteverket's test personnummer (Tolvan Tolvansson's, moved to 2012): valid, and nobody's. */
export const TEST_PERSONNUMMER = '20121212-1212';

/** A complete, sendable report of concern for tests; override any field. */
export function makeReportInput(overrides: Partial<SendReportInput> = {}): SendReportInput {
  return {
    sendId: uuidv7(),
    shiftId: null,
    reporter: {
      name: 'Fatima Fältassistent',
      role: 'Fältassistent, Fältgruppen Centrum',
      phone: '070-123 45 67',
    },
    child: {
      name: 'Alex Testsson',
      personalIdentityNumber: TEST_PERSONNUMMER,
      birthDate: '2012-12-12',
      address: null,
      school: 'Centrumskolan',
      description: null,
    },
    guardians: 'Mamma, namn okänt',
    concern: 'Alex sa att hen inte vågar gå hem.',
    seenAndHeard: 'Blåmärken på armen. Sa att pappa blir arg när han dricker.',
    place: 'Stortorget',
    occurredAt: '2026-03-31T21:30:00+02:00',
    urgency: 'urgent',
    emergencyContacted: null,
    guardianInformed: 'no',
    guardianNotInformedReason: 'Oron gäller en vårdnadshavare.',
    ...overrides,
  };
}

import type { ShiftInput } from '../../src/server/shifts/shift.schema';
import { uuidv7 } from '../../src/shared/uuidv7';
import type { TestApp } from './test-app';

/** Category and area ids of the demo municipality by code or name, for building shifts in tests. */
export async function demoReferences(t: TestApp) {
  const categories = await t.db
    .selectFrom('categories')
    .select(['id', 'kind', 'code'])
    .where('municipality_id', '=', t.ids.municipalityId)
    .execute();
  const areas = await t.db
    .selectFrom('areas')
    .select(['id', 'name'])
    .where('municipality_id', '=', t.ids.municipalityId)
    .execute();
  const category = (kind: string, code: string) => {
    const found = categories.find((c) => c.kind === kind && c.code === code);
    if (!found) throw new Error(`No ${kind} ${code}`);
    return found.id;
  };
  const area = (name: string) => {
    const found = areas.find((a) => a.name === name);
    if (!found) throw new Error(`No area ${name}`);
    return found.id;
  };
  return { category, area };
}

/** A typical finished evening shift of Fältgruppen Centrum; override any field. */
export async function makeShiftInput(t: TestApp, overrides: Partial<ShiftInput> = {}): Promise<ShiftInput> {
  const { category, area } = await demoReferences(t);
  const teen = category('age_band', 'age_13_15');
  const older = category('age_band', 'age_16_17');
  return {
    status: 'done',
    kind: 'outreach',
    title: null,
    startsAt: '2026-03-06T19:00:00+01:00',
    endsAt: '2026-03-07T01:00:00+01:00',
    timeUse: 'outreach',
    preventionLevel: 'universal',
    staffIds: [t.ids.user('falt@demo.faltlogg.se')],
    staffMinutes: [],
    timeSplit: [],
    areaIds: [area('Stortorget'), area('Resecentrum')],
    arenaIds: [category('arena', 'street')],
    partners: ['night_walkers'],
    riskFactorIds: [category('risk_factor', 'alcohol_drugs')],
    protectiveFactorIds: [],
    encounters: [
      { gender: 'girl', ageBandId: teen, depth: 'brief', count: 5 },
      { gender: 'boy', ageBandId: teen, depth: 'brief', count: 4 },
      { gender: 'girl', ageBandId: older, depth: 'conversation', count: 3 },
      { gender: 'boy', ageBandId: older, depth: 'conversation', count: 2 },
    ],
    topics: [
      { topicId: category('topic', 'school'), count: 3 },
      { topicId: category('topic', 'alcohol'), count: 2 },
      { topicId: category('topic', 'leisure'), count: 1 },
    ],
    actions: [
      {
        kind: 'guidance',
        serviceId: category('service', 'youth_clinic'),
        gender: 'girl',
        ageBandId: older,
        count: 1,
      },
    ],
    observations: [
      {
        id: uuidv7(),
        typeId: category('observation_type', 'gathering'),
        areaId: area('Stortorget'),
        point: null,
        observedAt: '2026-03-06T22:15:00+01:00',
        severity: 'medium',
        estimatedSize: 25,
        note: 'Stor samling vid fontänen, lugnt',
      },
    ],
    notes: 'Lugn kväll, många samtal om skolan.',
    ...overrides,
  };
}

export const saveBody = (shift: ShiftInput, baseVersion: number | null, mutationId = uuidv7()) => ({
  mutationId,
  baseVersion,
  shift,
});

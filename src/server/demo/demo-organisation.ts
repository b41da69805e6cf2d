import type { AreaRow, PartnerKind, Role } from '../db/database';

/** The fictional municipality every fresh install starts with, so each role has something to see. */
export const DEMO_MUNICIPALITY = { name: 'Demo stad', code: '9999' };
export const DEMO_PASSWORD = 'demo-faltlogg';

export const DEMO_ADMINISTRATIONS = [
  { key: 'north', name: 'Norra stadsdelsförvaltningen' },
  { key: 'south', name: 'Södra stadsdelsförvaltningen' },
  { key: 'west', name: 'Västra stadsdelsförvaltningen' },
] as const;

export type DemoAdministrationKey = (typeof DEMO_ADMINISTRATIONS)[number]['key'];

export const DEMO_UNITS = [
  { key: 'centre', administration: 'north', name: 'Fältgruppen Centrum' },
  { key: 'north', administration: 'north', name: 'Fältgruppen Norr' },
  { key: 'south', administration: 'south', name: 'Fältgruppen Söder' },
  { key: 'harbour', administration: 'south', name: 'Fältgruppen Hamnen' },
  { key: 'west', administration: 'west', name: 'Fältgruppen Väster' },
] as const satisfies readonly { key: string; administration: DemoAdministrationKey; name: string }[];

export type DemoUnitKey = (typeof DEMO_UNITS)[number]['key'];

/** Areas as [west, south] corners of roughly 400 m squares around a fictional town centre. */
export const DEMO_AREAS: {
  name: string;
  kind: AreaRow['kind'];
  unit: DemoUnitKey;
  corner: [number, number];
}[] = [
  { name: 'Stortorget', kind: 'square', unit: 'centre', corner: [16.54, 59.37] },
  { name: 'Resecentrum', kind: 'transport_hub', unit: 'centre', corner: [16.548, 59.366] },
  { name: 'Köpcentrum Norr', kind: 'shopping_centre', unit: 'north', corner: [16.545, 59.385] },
  { name: 'Norrparken', kind: 'park', unit: 'north', corner: [16.535, 59.39] },
  { name: 'Söderby centrum', kind: 'district', unit: 'south', corner: [16.55, 59.35] },
  { name: 'Skolområdet Söder', kind: 'school_area', unit: 'south', corner: [16.56, 59.352] },
  { name: 'Hamnplan', kind: 'square', unit: 'harbour', corner: [16.575, 59.36] },
  { name: 'Västerängen', kind: 'district', unit: 'west', corner: [16.515, 59.368] },
];

export const AREA_SIZE_DEGREES = { lon: 0.007, lat: 0.0036 };

export type DemoUser = {
  email: string;
  displayName: string;
  roles: {
    role: Role;
    unit?: DemoUnitKey;
    administration?: DemoAdministrationKey;
    partnerKind?: PartnerKind;
  }[];
};

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.faltlogg.se', displayName: 'Alva Administratör', roles: [{ role: 'administrator' }] },
  {
    email: 'falt@demo.faltlogg.se',
    displayName: 'Fatima Fältassistent',
    roles: [{ role: 'field_worker', unit: 'centre' }],
  },
  {
    email: 'falt2@demo.faltlogg.se',
    displayName: 'Erik Fältassistent',
    roles: [{ role: 'field_worker', unit: 'centre' }],
  },
  {
    email: 'falt.soder@demo.faltlogg.se',
    displayName: 'Sara Söder',
    roles: [{ role: 'field_worker', unit: 'south' }],
  },
  {
    email: 'falt.norr@demo.faltlogg.se',
    displayName: 'Noah Norr',
    roles: [{ role: 'field_worker', unit: 'north' }],
  },
  {
    email: 'falt.hamnen@demo.faltlogg.se',
    displayName: 'Hanna Hamn',
    roles: [{ role: 'field_worker', unit: 'harbour' }],
  },
  {
    email: 'falt.vaster@demo.faltlogg.se',
    displayName: 'Viktor Väst',
    roles: [{ role: 'field_worker', unit: 'west' }],
  },
  {
    email: 'chef@demo.faltlogg.se',
    displayName: 'Cecilia Fältchef',
    roles: [{ role: 'unit_manager', unit: 'centre' }],
  },
  { email: 'analytiker@demo.faltlogg.se', displayName: 'Anders Analytiker', roles: [{ role: 'analyst' }] },
  {
    email: 'analytiker.norr@demo.faltlogg.se',
    displayName: 'Nora Norrström',
    roles: [{ role: 'analyst', administration: 'north' }],
  },
  { email: 'mottagning@demo.faltlogg.se', displayName: 'Maria Mottagning', roles: [{ role: 'reception' }] },
  {
    email: 'polis@demo.faltlogg.se',
    displayName: 'Per Polis',
    roles: [{ role: 'partner', partnerKind: 'police' }],
  },
];

import type { CategoryKind } from '../../shared/field-log';

export type DefaultCategory = {
  kind: CategoryKind;
  code: string;
  sv: string;
  en: string;
  minAge?: number;
  maxAge?: number;
};

const list = (kind: CategoryKind, items: [code: string, sv: string, en: string][]): DefaultCategory[] =>
  items.map(([code, sv, en]) => ({ kind, code, sv, en }));

/**
 * What every municipality starts with, drawn from the field units' own vocabulary (see
 * shared/domain.md). Administrators rename, add and retire from here.
 */
export const DEFAULT_CATEGORIES: DefaultCategory[] = [
  { kind: 'age_band', code: 'under_13', sv: 'Under 13', en: 'Under 13', maxAge: 12 },
  { kind: 'age_band', code: 'age_13_15', sv: '13–15', en: '13–15', minAge: 13, maxAge: 15 },
  { kind: 'age_band', code: 'age_16_17', sv: '16–17', en: '16–17', minAge: 16, maxAge: 17 },
  { kind: 'age_band', code: 'age_18_20', sv: '18–20', en: '18–20', minAge: 18, maxAge: 20 },
  { kind: 'age_band', code: 'over_20', sv: 'Över 20', en: 'Over 20', minAge: 21 },
  ...list('topic', [
    ['school', 'Skola', 'School'],
    ['family', 'Familj', 'Family'],
    ['alcohol', 'Alkohol', 'Alcohol'],
    ['drugs', 'Narkotika', 'Drugs'],
    ['violence', 'Våld', 'Violence'],
    ['crime_recruitment', 'Kriminalitet och rekrytering', 'Crime and recruitment'],
    ['mental_health', 'Psykisk hälsa', 'Mental health'],
    ['sexuality_relationships', 'Sexualitet och relationer', 'Sexuality and relationships'],
    ['leisure', 'Fritid', 'Leisure'],
    ['online_life', 'Livet på nätet', 'Online life'],
  ]),
  ...list('observation_type', [
    ['gathering', 'Samling av ungdomar', 'Gathering of young people'],
    ['alcohol', 'Alkohol', 'Alcohol'],
    ['narcotics', 'Narkotika', 'Narcotics'],
    ['violence_threats', 'Våld eller hot', 'Violence or threats'],
    ['weapons', 'Vapen', 'Weapons'],
    ['vandalism', 'Skadegörelse', 'Vandalism'],
    [
      'exploitation_recruitment',
      'Tecken på utnyttjande eller rekrytering',
      'Signs of exploitation or recruitment',
    ],
    ['online_unrest', 'Oro på nätet', 'Unrest online'],
  ]),
  ...list('service', [
    ['youth_clinic', 'Ungdomsmottagning', 'Youth clinic'],
    ['school_health', 'Elevhälsa', 'School health'],
    ['youth_centre', 'Fritidsgård', 'Youth centre'],
    ['social_services', 'Socialtjänst', 'Social services'],
    ['addiction_services', 'Beroendevård', 'Addiction services'],
    ['other', 'Annan verksamhet', 'Other service'],
  ]),
  ...list('arena', [
    ['street', 'Gata och offentlig miljö', 'Street and public space'],
    ['school', 'Skola', 'School'],
    ['youth_centre', 'Fritidsgård', 'Youth centre'],
    ['event', 'Evenemang', 'Event'],
    ['public_transport', 'Kollektivtrafik', 'Public transport'],
    ['digital', 'Digitalt', 'Online'],
  ]),
  ...list('risk_factor', [
    ['alcohol_drugs', 'Alkohol eller droger', 'Alcohol or drugs'],
    ['truancy', 'Skolfrånvaro', 'Truancy'],
    ['criminal_peers', 'Kriminella kamrater', 'Criminal peers'],
    ['unsupervised_late', 'Ute sent utan vuxen', 'Out late without an adult'],
    ['conflict_violence', 'Konflikter eller våld', 'Conflict or violence'],
  ]),
  ...list('protective_factor', [
    ['engaged_adult', 'Engagerad vuxen', 'Engaged adult'],
    ['organised_leisure', 'Organiserad fritid', 'Organised leisure'],
    ['school_attachment', 'Trivs i skolan', 'Attached to school'],
    ['prosocial_peers', 'Prosociala vänner', 'Prosocial peers'],
  ]),
];

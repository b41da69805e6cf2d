import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../shared/xlsx';
import { en } from '../i18n/en';
import type { MessageKey, Translate } from '../i18n/i18n';
import { type Messages, sv } from '../i18n/sv';
import { type CatalogueId, sheetName, sheetOf } from './displayTable';

/** The app's own texts, looked up as i18next does (no plurals or values are needed here). */
function translator(messages: Messages): Translate {
  return (key: MessageKey) => {
    let node: unknown = messages;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    if (typeof node !== 'string') throw new Error(`No text for ${key}`);
    return node;
  };
}

const ids = Object.keys(sv.indicators.catalogue) as CatalogueId[];

describe('Excel sheet names', () => {
  for (const [language, messages] of [
    ['sv', sv],
    ['en', en],
  ] as const) {
    const t = translator(messages);
    // Every sheet of the "whole view" download, and of the unit comparison.
    const names = [
      ...ids.map((id) => sheetName(id, t)),
      t('indicators.definitionsSheet'),
      t('indicators.comparison.sheet'),
    ];

    it(`are whole words Excel keeps as they are (${language})`, () => {
      for (const name of names) {
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name, name).not.toMatch(/[[\]:*?/\\]|^'|'$|…/);
      }
      // What the workbook writer would cut or rename, it leaves alone.
      expect(sheetNames(names)).toEqual(names);
    });

    it(`are unique in a workbook (${language})`, () => {
      expect(new Set(names.map((name) => name.toLocaleLowerCase())).size).toBe(names.length);
    });
  }

  it('names a sheet after its indicator, shortened only where the title does not fit', () => {
    const t = translator(sv);
    const sheet = (id: CatalogueId) =>
      sheetOf({ id, rowHeading: '', columns: [], rows: [], totals: null, aboutYoungPeople: false }, t).name;
    expect(sheet('fieldHoursByWeekday')).toBe('Timmar i fält per veckodag');
    expect(sheet('observations')).toBe('Observationer, typ och allvar');
    expect(sheet('preventiveVsAuthority')).toBe('Förebyggande–myndighetsutövning');
  });
});

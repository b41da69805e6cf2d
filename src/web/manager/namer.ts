import type { Locale, Translate } from '../i18n/i18n';
import { categoryLabel, type Names } from './names';

/** Turns ids into what people call things, with a plain word for what is no longer known. */
export type Namer = {
  category: (id: string | null | undefined) => string;
  area: (id: string | null | undefined) => string;
  person: (id: string | null | undefined) => string;
  /** Whatever the id names: a category, an area or a person. */
  any: (id: string) => string | undefined;
};

export function namer(names: Names | undefined, t: Translate, locale: Locale): Namer {
  const category = (id: string | null | undefined) => {
    const found = id ? names?.categories.get(id) : undefined;
    return found ? categoryLabel(found, locale) : t('manager.review.unknownCategory');
  };
  const area = (id: string | null | undefined) =>
    (id && names?.areas.get(id)?.name) || t('manager.review.empty');
  const person = (id: string | null | undefined) =>
    (id && names?.people.get(id)) || t('manager.review.formerStaff');
  const any = (id: string) => {
    const found = names?.categories.get(id);
    if (found) return categoryLabel(found, locale);
    return names?.areas.get(id)?.name ?? names?.people.get(id);
  };
  return { category, area, person, any };
}

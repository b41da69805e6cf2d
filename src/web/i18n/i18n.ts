import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { en } from './en';
import { type Messages, sv } from './sv';

export type Locale = 'sv' | 'en';
export const LOCALES: readonly Locale[] = ['sv', 'en'];

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every text key, e.g. `'auth.signIn'`. A typo in a key fails the type check. */
export type MessageKey = Leaves<Messages>;
export type TextValues = Record<string, string | number>;
export type Translate = (key: MessageKey, values?: TextValues) => string;

const STORAGE_KEY = 'faltlogg.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

/** The language chosen on this device, if one was. */
export function chosenLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function storedLocale(): Locale {
  return chosenLocale() ?? 'sv';
}

void i18next.init({
  lng: storedLocale(),
  fallbackLng: 'sv',
  supportedLngs: ['sv', 'en'],
  resources: { sv: { translation: sv }, en: { translation: en } },
  initAsync: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = currentLocale();

export function currentLocale(): Locale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isLocale(language) ? language : 'sv';
}

export const t: Translate = (key, values) => i18next.t(key, values ?? {});

/** Whether `key` names a text, for keys built at runtime such as `errors.<code>`. */
export function hasText(key: string): key is MessageKey {
  return i18next.exists(key);
}

/** Switches the UI language, remembers it on this device, and sets `<html lang>`. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private browsing may refuse storage; the choice then lasts this visit only.
  }
  if (currentLocale() !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}

/** The translate function and current locale; re-renders the component when the language changes. */
export function useT(): { t: Translate; locale: Locale } {
  const [locale, setLocaleState] = useState(currentLocale);
  useEffect(() => {
    const onChange = () => setLocaleState(currentLocale());
    i18next.on('languageChanged', onChange);
    onChange();
    return () => i18next.off('languageChanged', onChange);
  }, []);
  return { t, locale };
}

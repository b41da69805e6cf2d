import { changeLocale } from '../auth/session';
import { LOCALES, useT } from '../i18n/i18n';

/** Two buttons, "svenska" and "English", each named in its own language. */
export function LanguageSwitch() {
  const { t, locale } = useT();
  return (
    <fieldset class="language-switch">
      <legend class="visually-hidden">{t('language.label')}</legend>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          class="language-option"
          aria-pressed={option === locale}
          onClick={() => void changeLocale(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </fieldset>
  );
}

import { isLocale, LOCALES, type Locale, useT } from '../../i18n/i18n';
import { SelectField } from '../../ui/Field';

/** The language a user's account uses: "svenska" or "English". */
export function LocaleField({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useT();
  return (
    <SelectField
      label={t('users.locale')}
      value={value}
      onChange={(next) => {
        if (isLocale(next)) onChange(next);
      }}
      options={LOCALES.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
    />
  );
}

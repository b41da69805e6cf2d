import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { SettingToggle } from '../organisation/SettingToggle';
import { useSetting } from '../organisation/useSetting';

const endpoint = api.api.privacy['second-factor-rule'];

/** Whether personal data needs a session with a second factor in the municipality (audited). */
export function SecondFactorRuleForm() {
  const { t } = useT();
  const form = useSetting({
    load: () => call(endpoint.$get()),
    read: (stored) => stored.requireSecondFactor,
    save: (value) => call(endpoint.$put({ json: { requireSecondFactor: value } })),
    savedText: (saved) => t(saved.requireSecondFactor ? 'security.rule.savedOn' : 'security.rule.savedOff'),
  });

  return (
    <SettingToggle
      id="privacy-second-factor"
      texts={{
        heading: t('security.rule.heading'),
        intro: t('security.rule.intro'),
        label: t('security.rule.label'),
        save: t('security.rule.save'),
      }}
      form={form}
    />
  );
}

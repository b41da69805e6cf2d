import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { SettingToggle } from './SettingToggle';
import { useSetting } from './useSetting';

const endpoint = api.api.privacy['role-separation'];

/** Whether the municipality's field workers also carry out authority tasks (myndighetsutövning). */
export function RoleSeparationForm() {
  const { t } = useT();
  const form = useSetting({
    load: () => call(endpoint.$get()),
    read: (stored) => stored.fieldWorkersDoAuthorityTasks,
    save: (value) => call(endpoint.$put({ json: { fieldWorkersDoAuthorityTasks: value } })),
    savedText: (saved) =>
      t(
        saved.fieldWorkersDoAuthorityTasks
          ? 'guidance.roleSeparation.savedOn'
          : 'guidance.roleSeparation.savedOff',
      ),
  });

  return (
    <SettingToggle
      id="org-role-separation"
      texts={{
        heading: t('guidance.roleSeparation.heading'),
        intro: t('guidance.roleSeparation.intro'),
        label: t('guidance.roleSeparation.label'),
        save: t('guidance.roleSeparation.save'),
      }}
      form={form}
    />
  );
}

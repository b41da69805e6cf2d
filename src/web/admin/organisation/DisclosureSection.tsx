import { DISCLOSURE_METHOD_PATH } from '../../disclosure/paths';
import { useT } from '../../i18n/i18n';

/** Read-only: the cell-key method is the same everywhere, so there is nothing to set, only to know. */
export function DisclosureSection() {
  const { t } = useT();
  return (
    <section aria-labelledby="org-disclosure" class="section">
      <h2 id="org-disclosure">{t('disclosure.organisation.heading')}</h2>
      <p class="muted">{t('disclosure.organisation.text')}</p>
      <p>
        <a href={DISCLOSURE_METHOD_PATH}>{t('disclosure.organisation.link')}</a>
      </p>
    </section>
  );
}

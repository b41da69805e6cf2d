import { useT } from '../i18n/i18n';
import { useOnline } from '../outbox/useOutbox';

/** Support contacts are online only (personal data never stays on the phone): says so when offline. */
export function OnlineNotice() {
  const { t } = useT();
  const online = useOnline();
  if (online) return null;
  return (
    <p class="alert alert-warning" role="status">
      {t('support.onlineOnly')}
    </p>
  );
}

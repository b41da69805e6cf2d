import { useT } from '../i18n/i18n';
import type { Protection } from './method';
import { DISCLOSURE_METHOD_PATH } from './paths';

/** One calm line on how the figures shown are protected, with the way to the method page. */
export function ProtectionNote({ protection }: { protection: Protection }) {
  const { t } = useT();
  return (
    <p class="stats-note muted">
      {t(`disclosure.note.${protection}`)} <a href={DISCLOSURE_METHOD_PATH}>{t('disclosure.note.link')}</a>
    </p>
  );
}

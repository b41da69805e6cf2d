import { useT } from '../i18n/i18n';
import { PageHeading } from '../ui/PageHeading';

export function NotFoundPage() {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('notFound.heading')} />
      <p>{t('notFound.text')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
}

export function ForbiddenPage() {
  const { t } = useT();
  return (
    <>
      <PageHeading title={t('forbidden.heading')} />
      <p>{t('forbidden.text')}</p>
      <p>
        <a href="/">{t('notFound.home')}</a>
      </p>
    </>
  );
}

export function LoadingPage() {
  const { t } = useT();
  return (
    <p class="page-loading" role="status" aria-live="polite">
      {t('app.loading')}
    </p>
  );
}

import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import type { Resource } from '../../ui/useResource';
import { auditTime } from './labels';
import type { ChainStatus } from './types';

/** Whether the hash chain holds, first on the page: a break is the one thing an administrator must see. */
export function ChainStatusPanel({ status }: { status: Resource<ChainStatus> }) {
  const { t, locale } = useT();
  const data = status.data;
  return (
    <section class="section audit-chain" aria-labelledby="audit-chain-heading">
      <h2 id="audit-chain-heading" class="visually-hidden">
        {t('audit.chain.heading')}
      </h2>
      <ErrorAlert error={status.error} />
      {!data && status.loading && <p role="status">{t('audit.chain.checking')}</p>}
      {data?.ok && (
        <p class="alert alert-success" role="status">
          {t('audit.chain.ok', { count: data.checked })}
        </p>
      )}
      {data?.break && (
        <div class="alert alert-error" role="alert">
          <h3>{t('audit.chain.brokenHeading')}</h3>
          <p>
            {t('audit.chain.broken', {
              seq: data.break.seq,
              what: t(`audit.chain.kinds.${data.break.kind}`),
            })}
          </p>
          {data.checked > 0 && <p>{t('audit.chain.checkedBefore', { count: data.checked })}</p>}
          <p>{t('audit.chain.advice')}</p>
        </div>
      )}
      {data && (
        <p class="audit-chain-checked muted">
          {t('audit.chain.checkedAt', { date: auditTime(data.verifiedAt, locale) })}{' '}
          <button
            type="button"
            class="button button-quiet button-small"
            disabled={status.loading}
            onClick={() => void status.reload()}
          >
            {t('audit.chain.recheck')}
          </button>
        </p>
      )}
    </section>
  );
}

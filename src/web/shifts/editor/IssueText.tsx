import { useT } from '../../i18n/i18n';
import type { FormIssue } from '../form';

/** The text for a problem at a field; for personal data it also says what was found. */
export function IssueText({ issue, id }: { issue: FormIssue; id?: string }) {
  const { t } = useT();
  const found = issue.found ?? [];
  return (
    <p class="field-error" id={id} role={issue.code === 'personal_data' ? 'alert' : undefined}>
      {t(`shifts.issues.${issue.code}`)}
      {found.length > 0 && (
        <>
          {' '}
          {t('shifts.issues.found', {
            what: found.map((kind) => t(`shifts.issues.kinds.${kind}`)).join(', '),
          })}
        </>
      )}
    </p>
  );
}

import { ApiError, type ApiIssue } from '../../api/errors';
import { hasText, type Translate, useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { issueLocation } from './issues';

/** One issue in the user's language: "Rad 5, kön: Okänt kön. …". */
export function issueText(issue: ApiIssue, t: Translate): string {
  const key = `population.issues.${issue.code}`;
  const text = hasText(key) ? t(key) : t('population.issues.unknown');
  const where = issueLocation(issue.path);
  if (!where) return text;
  if (!where.column) return t('population.issueAt', { line: where.line, text });
  return t('population.issueAtColumn', {
    line: where.line,
    column: t(`population.fields.${where.column}`),
    text,
  });
}

/** A failed preview or import: the file's errors line by line, or the general error text. */
export function ImportError({ error }: { error: unknown }) {
  const { t } = useT();
  if (!(error instanceof ApiError && error.code === 'population_file_invalid' && error.issues?.length)) {
    return <ErrorAlert error={error} />;
  }
  return (
    <div class="alert alert-error population-issues" role="alert">
      <h3>{t('population.issuesHeading')}</h3>
      <p>{t('population.issuesIntro')}</p>
      <ul>
        {error.issues.map((issue) => (
          <li key={`${issue.path}:${issue.code}`}>{issueText(issue, t)}</li>
        ))}
      </ul>
    </div>
  );
}

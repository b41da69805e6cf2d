import { useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import {
  CategoryFields,
  type Draft,
  type DraftIssues,
  emptyDraft,
  issuesFromError,
  readDraft,
} from './CategoryFields';

type AddCategoryFormProps = {
  heading: string;
  withAges: boolean;
  /** Adds the category; throws `ApiError` to show the server's message here. */
  onAdd: (value: {
    labelSv: string;
    labelEn: string;
    minAge?: number | null;
    maxAge?: number | null;
  }) => Promise<void>;
};

/** "Ny kategori": both labels (and ages for an age band), then "Lägg till". */
export function AddCategoryForm({ heading, withAges, onAdd }: AddCategoryFormProps) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [issues, setIssues] = useState<DraftIssues>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (busy) return;
    const read = readDraft(draft, withAges, t);
    setError(null);
    if (!read.ok) {
      setIssues(read.issues);
      return;
    }
    setIssues({});
    setBusy(true);
    try {
      await onAdd(read.value);
      setDraft(emptyDraft);
    } catch (caught) {
      setError(caught);
      setIssues(issuesFromError(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="panel category-add" onSubmit={submit} aria-labelledby="category-add-heading" noValidate>
      <h2 id="category-add-heading">{heading}</h2>
      <CategoryFields draft={draft} onChange={setDraft} issues={issues} withAges={withAges} />
      <ErrorAlert error={error} />
      <button type="submit" class="button button-primary" disabled={busy}>
        {t('categories.addButton')}
      </button>
    </form>
  );
}

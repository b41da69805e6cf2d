import { useT } from '../../i18n/i18n';
import { ErrorAlert } from '../../ui/errors';
import { CategoryFields, emptyDraft } from './CategoryFields';
import { useCategoryDraft } from './useCategoryDraft';

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
  const { draft, setDraft, issues, error, busy, submit } = useCategoryDraft(
    emptyDraft,
    withAges,
    onAdd,
    (reset) => reset(emptyDraft),
  );

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

import { useState } from 'preact/hooks';
import './categories.css';
import { useLocation } from 'preact-iso';
import { CATEGORY_KINDS } from '../../../shared/field-log';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import { PageHeading } from '../../ui/PageHeading';
import { useResource } from '../../ui/useResource';
import { AddCategoryForm } from './AddCategoryForm';
import { CategoryTable } from './CategoryTable';
import { byOrder, moveChanges } from './order';
import type { Category, CategoryChange, CategoryKind } from './types';

export const CATEGORIES_PATH = '/admin/kategorier';

function parseKind(value: string | undefined): CategoryKind {
  return CATEGORY_KINDS.find((kind) => kind === value) ?? 'topic';
}

/** The municipality's own lists (topics, observation types, services, …): add, rename, reorder, retire. */
export function CategoriesPage() {
  const { t, locale } = useT();
  const { query } = useLocation();
  const kind = parseKind(query.kind);
  const [showRetired, setShowRetired] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [retiring, setRetiring] = useState<Category | null>(null);
  const includeRetired = showRetired ? 'true' : 'false';
  const categories = useResource(
    () => call(api.api.categories.$get({ query: { kind, includeRetired } })),
    [kind, includeRetired],
  );
  const list = (categories.data?.categories ?? []).filter((category) => category.kind === kind).sort(byOrder);
  const nameOf = (category: Category) => (locale === 'en' ? category.labelEn : category.labelSv);

  /** Runs changes one after the other, reloads the list, and announces `done`. */
  async function change(actions: (() => Promise<unknown>)[], done: string) {
    setBusy(true);
    setStatus('');
    setError(null);
    try {
      for (const action of actions) await action();
      setStatus(done);
    } catch (caught) {
      setError(caught);
    } finally {
      await categories.reload();
      setBusy(false);
    }
  }

  const patch = (categoryId: string, json: CategoryChange) => () =>
    call(api.api.categories[':categoryId'].$patch({ param: { categoryId }, json }));

  async function save(category: Category, json: CategoryChange) {
    // The form shows its own error; a failed save throws back to it.
    await call(api.api.categories[':categoryId'].$patch({ param: { categoryId: category.id }, json }));
    setError(null);
    setStatus(t('categories.saved', { name: locale === 'en' ? (json.labelEn ?? '') : (json.labelSv ?? '') }));
    await categories.reload();
  }

  return (
    <>
      <PageHeading title={t('categories.heading')} />
      <p class="lead category-intro">{t('categories.intro')}</p>

      <nav class="tabs" aria-label={t('categories.kindsLabel')}>
        <ul>
          {CATEGORY_KINDS.map((option) => (
            <li key={option}>
              <a
                href={`${CATEGORIES_PATH}?kind=${option}`}
                aria-current={option === kind ? 'page' : undefined}
                onClick={() => setStatus('')}
              >
                {t(`categories.kinds.${option}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section class="section" aria-labelledby="category-list-heading">
        <div class="section-head">
          <h2 id="category-list-heading">{t(`categories.kinds.${kind}`)}</h2>
          <label class="checkbox">
            <input
              type="checkbox"
              checked={showRetired}
              onChange={(event) => setShowRetired(event.currentTarget.checked)}
            />
            {t('categories.showRetired')}
          </label>
        </div>
        <LiveStatus>{categories.loading && !categories.data ? t('app.loading') : status}</LiveStatus>
        <ErrorAlert error={categories.error} />
        <ErrorAlert error={error} />
        {categories.data && list.length === 0 && <p>{t('categories.none')}</p>}
        {list.length > 0 && (
          <CategoryTable
            categories={list}
            withAges={kind === 'age_band'}
            busy={busy}
            nameOf={nameOf}
            onSave={save}
            onMove={(category, delta) =>
              void change(
                moveChanges(list, category.id, delta).map(({ id, sortOrder }) => patch(id, { sortOrder })),
                t('categories.moved', { name: nameOf(category) }),
              )
            }
            onRetire={setRetiring}
            onReinstate={(category) =>
              void change(
                [patch(category.id, { retired: false })],
                t('categories.reinstatedOk', { name: nameOf(category) }),
              )
            }
          />
        )}
      </section>

      <AddCategoryForm
        key={kind}
        heading={t('categories.add')}
        withAges={kind === 'age_band'}
        onAdd={async (value) => {
          // The server puts a new category last.
          await call(api.api.categories.$post({ json: { kind, ...value } }));
          setError(null);
          setStatus(t('categories.added', { name: locale === 'en' ? value.labelEn : value.labelSv }));
          await categories.reload();
        }}
      />

      <ConfirmDialog
        open={retiring !== null}
        message={retiring ? t('categories.confirmRetire', { name: nameOf(retiring) }) : ''}
        confirmLabel={t('categories.confirmRetireButton')}
        danger
        onCancel={() => setRetiring(null)}
        onConfirm={() => {
          const category = retiring;
          setRetiring(null);
          if (category)
            void change(
              [patch(category.id, { retired: true })],
              t('categories.retiredOk', { name: nameOf(category) }),
            );
        }}
      />
    </>
  );
}

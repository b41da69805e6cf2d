import { useState } from 'preact/hooks';
import { useT } from '../../i18n/i18n';
import { type Draft, type DraftIssues, issuesFromError, readDraft } from './CategoryFields';

type DraftValue = Extract<ReturnType<typeof readDraft>, { ok: true }>['value'];

/**
 * The state of a category form and its submit: checks the draft here first, then saves, and shows
 * the server's refusal at the fields it concerns. `afterSave` runs on success (e.g. clear the form).
 */
export function useCategoryDraft(
  initial: Draft,
  withAges: boolean,
  save: (value: DraftValue) => Promise<void>,
  afterSave?: (setDraft: (draft: Draft) => void) => void,
) {
  const { t } = useT();
  const [draft, setDraft] = useState<Draft>(initial);
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
      await save(read.value);
      afterSave?.(setDraft);
    } catch (caught) {
      setError(caught);
      setIssues(issuesFromError(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return { draft, setDraft, issues, error, busy, submit };
}

import { useId, useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { decodeCsvBytes } from './decode';
import { ImportError } from './IssueList';
import { Preview } from './Preview';
import type { PopulationPreview } from './types';

type ImportFormProps = {
  defaultYear: number;
  /** Called after a successful import, with what was saved. */
  onImported: (result: PopulationPreview) => Promise<void>;
};

/** Year and file (or pasted text); "Förhandsgranska" checks it, then "Importera" saves what was shown. */
export function ImportForm({ defaultYear, onImported }: ImportFormProps) {
  const { t } = useT();
  const fileId = useId();
  const [year, setYear] = useState(String(defaultYear));
  const [text, setText] = useState('');
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState<{ year?: string; text?: string }>({});
  const [preview, setPreview] = useState<{ result: PopulationPreview; year: string; text: string } | null>(
    null,
  );
  // Import only what was previewed: any change to the year or the text asks for a new preview.
  const previewed = preview && preview.year === year && preview.text === text ? preview.result : null;

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setText(decodeCsvBytes(new Uint8Array(await file.arrayBuffer())));
  }

  async function send(dryRun: boolean) {
    const problems = {
      ...(/^\d{4}$/.test(year.trim()) ? {} : { year: t('population.yearInvalid') }),
      ...(text.trim() ? {} : { text: t('population.noText') }),
    };
    setMissing(problems);
    if (problems.year || problems.text) return;
    setBusy(dryRun ? 'preview' : 'import');
    setError(null);
    try {
      const json = { year: Number(year), csv: text, dryRun };
      const result = await call(api.api.population.import.$post({ json }));
      if (dryRun) setPreview({ result, year, text });
      else {
        setPreview(null);
        await onImported(result);
      }
    } catch (caught) {
      setPreview(null);
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form
      class="panel population-import"
      aria-labelledby="population-import-heading"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send(true);
      }}
    >
      <h2 id="population-import-heading">{t('population.importHeading')}</h2>
      <Field label={t('population.year')} hint={t('population.yearHint')} error={missing.year}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            inputMode="numeric"
            class="population-year"
            maxLength={4}
            value={year}
            onInput={(event) => setYear(event.currentTarget.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <div class="field">
        <label for={fileId}>{t('population.file')}</label>
        <p class="field-hint" id={`${fileId}-hint`}>
          {t('population.fileHint')}
        </p>
        <input
          id={fileId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => void chooseFile(event.currentTarget)}
        />
      </div>
      <Field label={t('population.paste')} error={missing.text}>
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            rows={6}
            spellcheck={false}
            class="population-text"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <div class="actions">
        <button type="submit" class="button" disabled={busy !== null}>
          {busy === 'preview' ? t('population.previewing') : t('population.preview')}
        </button>
        {previewed && (
          <button
            type="button"
            class="button button-primary"
            disabled={busy !== null}
            onClick={() => void send(false)}
          >
            {busy === 'import' ? t('population.importing') : t('population.import')}
          </button>
        )}
      </div>
      <ImportError error={error} />
      {previewed && <Preview preview={previewed} />}
    </form>
  );
}

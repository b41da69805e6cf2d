import { ErrorAlert } from '../../ui/errors';
import { LiveStatus } from '../../ui/Field';
import type { useSetting } from './useSetting';

/** One on/off municipality setting as a section: heading, explanation, checkbox and save. */
export function SettingToggle(props: {
  id: string;
  texts: { heading: string; intro: string; label: string; save: string };
  form: ReturnType<typeof useSetting<unknown, boolean>>;
}) {
  const { id, texts, form } = props;
  return (
    <section aria-labelledby={id} class="section">
      <h2 id={id}>{texts.heading}</h2>
      <p class="muted">{texts.intro}</p>
      <ErrorAlert error={form.error} />
      {form.loaded && (
        <form class="name-form" onSubmit={form.submit} aria-busy={form.busy}>
          <div class="name-form-row">
            <label class="checkbox">
              <input
                type="checkbox"
                checked={form.value ?? false}
                onChange={(event) => form.choose(event.currentTarget.checked)}
              />
              {texts.label}
            </label>
            <button type="submit" class="button" disabled={form.busy || form.value === form.stored}>
              {texts.save}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{form.status}</LiveStatus>
    </section>
  );
}

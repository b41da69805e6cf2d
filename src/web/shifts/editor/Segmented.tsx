import { useId } from 'preact/hooks';

type Option<V extends string> = { value: V; label: string; extra?: string | undefined };

/** One choice among a few, as radio buttons that look like a row of big segments. */
export function Segmented<V extends string>({
  legend,
  value,
  options,
  onChange,
  hideLegend,
  error,
}: {
  legend: string;
  value: V | null;
  options: readonly Option<V>[];
  onChange: (value: V) => void;
  hideLegend?: boolean;
  error?: string | undefined;
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset class="segmented-field" aria-describedby={error ? errorId : undefined}>
      <legend class={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div class={error ? 'segmented segmented-invalid' : 'segmented'}>
        {options.map((option) => (
          <label key={option.value} class="segment">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.extra !== undefined && <span class="segment-extra"> {option.extra}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

import { useId } from 'preact/hooks';
import './chips.css';

export type RadioOption<V extends string> = { value: V; label: string; hint?: string | undefined };

/**
 * How a one-of-several choice looks; underneath it is always a named group of radio buttons.
 * - `chips`: a wrapping row of chips, every option in sight, one tap (observation type, age…)
 * - `segments`: a row of big segments, for two to four short options
 * - `list`: one option per line with room for a line of explanation each (reports of concern)
 */
type Look = 'chips' | 'segments' | 'list';

const CLASSES: Record<Look, { group: string; options: string; option: string; hint: string }> = {
  chips: { group: 'chip-group', options: 'chips', option: 'chip choice-chip', hint: 'chip-hint' },
  segments: { group: 'segmented-field', options: 'segmented', option: 'segment', hint: 'segment-extra' },
  list: {
    group: 'concern-choice',
    options: 'concern-choice-options',
    option: 'checkbox',
    hint: 'concern-option-hint',
  },
};

/** One choice among several: a fieldset whose legend names the group, its error tied to it. */
export function RadioGroup<V extends string>({
  look,
  legend,
  value,
  options,
  onChange,
  error,
  name,
  hideLegend,
}: {
  look: Look;
  legend: string;
  value: V | null | '';
  options: readonly RadioOption<V>[];
  onChange: (value: V) => void;
  error?: string | undefined;
  /** The radio group's name; one is made when not given. */
  name?: string;
  hideLegend?: boolean;
}) {
  const made = useId();
  const group = name ?? made;
  const errorId = `${group}-error`;
  const classes = CLASSES[look];
  return (
    <fieldset
      class={error ? `${classes.group} ${classes.group}-invalid` : classes.group}
      aria-describedby={error ? errorId : undefined}
    >
      <legend class={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      <div class={classes.options}>
        {options.map((option) => (
          <label key={option.value} class={classes.option}>
            <input
              type="radio"
              name={group}
              value={option.value}
              checked={value === option.value}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>
              {option.label}
              {option.hint !== undefined && <span class={classes.hint}> {option.hint}</span>}
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

import { MAX_TALLY_COUNT } from '../../../shared/field-log';

/** Reads what was typed into a count: digits only, empty is 0, capped. */
export function parseCount(text: string): number {
  const digits = text.replace(/\D/g, '');
  return digits === '' ? 0 : Math.min(MAX_TALLY_COUNT, Number(digits));
}

/**
 * A count you can tap and type ("5" is one keystroke), with − and + beside it. Zero shows as an
 * empty box with a faint 0, so typing never has to delete anything first.
 */
export function CountInput({
  label,
  value,
  onChange,
  addLabel,
  removeLabel,
  min = 0,
  id,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
  addLabel: string;
  removeLabel: string;
  min?: number;
  id?: string;
}) {
  return (
    <div class="count">
      <input
        id={id}
        class="count-input"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autocomplete="off"
        aria-label={label}
        placeholder="0"
        value={value === 0 ? '' : String(value)}
        onFocus={(event) => event.currentTarget.select()}
        onInput={(event) => {
          const next = Math.max(min, parseCount(event.currentTarget.value));
          onChange(next);
          // Keep the box showing what the count is (e.g. when letters were typed).
          const shown = next === 0 ? '' : String(next);
          if (event.currentTarget.value !== shown) event.currentTarget.value = shown;
        }}
      />
      <div class="count-steps">
        <button
          type="button"
          class="step"
          aria-label={removeLabel}
          disabled={value <= min}
          onClick={() => onChange(Math.max(min, value - 1))}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          class="step"
          aria-label={addLabel}
          disabled={value >= MAX_TALLY_COUNT}
          onClick={() => onChange(Math.min(MAX_TALLY_COUNT, value + 1))}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
    </div>
  );
}

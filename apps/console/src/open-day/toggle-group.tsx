import { useId } from 'react';

/**
 * Big toggle buttons (≥ 48 px) for a choice: `aria-pressed` and a ✓ tell the
 * chosen one, never the colour alone. `multiple` makes each a switch of its own.
 */
export function ToggleGroup<T extends string>({
  legend,
  options,
  value,
  onChange,
  problem,
  columns = 2,
}: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: readonly T[];
  onChange(next: T[]): void;
  problem?: string | null;
  columns?: 1 | 2 | 3;
}) {
  const id = useId();
  return (
    <fieldset className="od-choice" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>{legend}</legend>
      <div className={`od-toggles od-toggles--${columns}`}>
        {options.map((o) => {
          const on = value.includes(o.value);
          return (
            <button
              key={o.value}
              type="button"
              className="od-toggle"
              aria-pressed={on}
              onClick={() => onChange(on ? value.filter((v) => v !== o.value) : [...value, o.value])}
            >
              <span className="od-toggle__mark" aria-hidden="true">
                {on ? '✓' : ''}
              </span>
              {o.label}
            </button>
          );
        })}
      </div>
      {problem && (
        <span id={`${id}-problem`} className="field__problem" role="alert">
          ⚠ {problem}
        </span>
      )}
    </fieldset>
  );
}

/** One of several: pressing another replaces the choice. */
export function SingleToggle<T extends string>({
  value,
  onChange,
  ...rest
}: Omit<Parameters<typeof ToggleGroup<T>>[0], 'value' | 'onChange'> & {
  value: T | null;
  onChange(next: T): void;
}) {
  return (
    <ToggleGroup<T>
      {...rest}
      value={value ? [value] : []}
      onChange={(next) => {
        const chosen = next.find((v) => v !== value) ?? value;
        if (chosen) onChange(chosen);
      }}
    />
  );
}

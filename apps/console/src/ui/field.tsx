import { useId, type InputHTMLAttributes } from 'react';

/**
 * A labelled input with its hint and its problem tied to it for screen readers;
 * the problem is shown in words with an icon, never by a red border alone.
 */
export function TextField({
  label,
  hint,
  problem,
  ok,
  onValue,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange'> & {
  label: string;
  hint?: string;
  problem?: string | null;
  ok?: string | null;
  onValue(value: string): void;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, problem || ok ? `${id}-check` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {input.required && <span className="req"> *</span>}
      </label>
      <input
        id={id}
        {...input}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onValue(e.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      <span id={`${id}-check`} className={problem ? 'field__problem' : 'field__ok'} aria-live="polite">
        {problem ? `⚠ ${problem}` : ok ? `✓ ${ok}` : ''}
      </span>
    </div>
  );
}

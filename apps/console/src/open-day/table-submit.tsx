import type { ReactNode } from 'react';
import { ErrorMessage } from '../ui/error-message';

/** A table form's end: the form-wide problem, the server's error, and one big primary button. */
export function TableSubmit({
  problem,
  error,
  loading,
  children,
}: {
  problem: string | null;
  error: unknown;
  loading: boolean;
  children: ReactNode;
}) {
  return (
    <>
      {problem && (
        <p className="field__problem" role="alert">
          ⚠ {problem}
        </p>
      )}
      <ErrorMessage error={error} />
      <button type="submit" className="button button--primary button--big" disabled={loading}>
        {children}
      </button>
    </>
  );
}

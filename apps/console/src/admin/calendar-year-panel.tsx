import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { AdminCalendarYearsQuery, LoadCalendarYearMutation } from '../graphql/operations';
import { DEFAULT_TIME_ZONE, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { adminText } from './admin-text';

/**
 * What the admin must know about the joint decrees (SKB 3 Menteri): the warnings
 * (this year's missing, or next year's from 1 October), and for the year shown
 * whether its decree is loaded — with the form that marks it loaded once its
 * holidays and cuti bersama are entered.
 */
export function CalendarWarnings() {
  const { text } = useI18n();
  const { data } = useQuery(AdminCalendarYearsQuery);
  const warnings = data?.calendarWarnings ?? [];
  if (!warnings.length) return null;
  return (
    <div className="stack">
      {warnings.map((w) => (
        <p key={w.year} className="alert alert--warning" role="alert">
          ⚠ {text(w.message)}
        </p>
      ))}
    </div>
  );
}

export function CalendarYearStatus({ year, onLoaded }: { year: number; onLoaded(): void }) {
  const { text, locale } = useI18n();
  const years = useQuery(AdminCalendarYearsQuery);
  const [basis, setBasis] = useState('');
  const [saved, setSaved] = useState<number | null>(null);
  const [load, { loading, error, reset }] = useMutation(LoadCalendarYearMutation);
  const loaded = years.data?.calendarYears.find((y) => y.year === year);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    try {
      await load({ variables: { year, legalBasis: basis } });
      await years.refetch();
      setBasis('');
      setSaved(year);
      reset();
      onLoaded();
    } catch {
      // Shown by ErrorMessage.
    }
  };
  if (!years.data) return null;
  return (
    <section className="stack" aria-labelledby="skb-title">
      <h3 id="skb-title">{text(adminText('skbTitle', { year }))}</h3>
      {saved === year && (
        <p className="alert alert--ok" role="status">
          ✓ {text(adminText('skbMarked', { year }))}
        </p>
      )}
      {loaded ? (
        <>
          <p>✓ {text(adminText('skbLoaded', { basis: loaded.legalBasis }))}</p>
          <p className="muted">
            {loaded.loadedByName
              ? text(
                  adminText('skbLoadedBy', {
                    name: loaded.loadedByName,
                    date: formatDate(loaded.loadedAt, DEFAULT_TIME_ZONE, locale),
                  }),
                )
              : text(adminText('skbShipped'))}
          </p>
        </>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} aria-labelledby="skb-title">
          <p className="alert alert--warning">⚠ {text(adminText('skbMissing', { year }))}</p>
          <p className="muted">{text(adminText('skbSteps', { year }))}</p>
          <TextField
            label={text(adminText('skbBasis'))}
            hint={text(adminText('skbBasisHint', { year, prev: year - 1 }))}
            value={basis}
            onValue={setBasis}
            required
          />
          <ErrorMessage error={error} />
          <button type="submit" className="button button--primary" disabled={loading}>
            {text(adminText('skbMark', { year }))}
          </button>
        </form>
      )}
    </section>
  );
}

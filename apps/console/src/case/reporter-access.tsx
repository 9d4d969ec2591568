import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { CaseDocument, RequestReporterAccessDocument } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import type { CaseDetail } from './case.page';

const HOURS = [4, 8, 24, 72];
const MIN_REASON = 20;

/**
 * DESIGN §8: a reader from whom a confidential reporter is withheld may ask for time-limited
 * access with a reason. The server grants it at once, puts it on the timeline and tells the
 * village Trantibumlinmas section and kepala desa; this form says so before anyone asks.
 */
export function ReporterAccess({ c }: { c: CaseDetail }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState(24);
  const [ask, { loading, error }] = useMutation(RequestReporterAccessDocument, {
    refetchQueries: [{ query: CaseDocument, variables: { id: c.id } }],
    awaitRefetchQueries: true,
  });
  if (c.reporterAccessUntil) {
    return (
      <p className="alert alert--warning" role="status">
        {t('reporterAccess.until', { time: formatDateTime(c.reporterAccessUntil, c.area.timeZone, locale) })}
      </p>
    );
  }
  if (!c.identityRedacted) return null;
  if (!open) {
    return (
      <p>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('reporterAccess.ask')}
        </button>
      </p>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await ask({ variables: { caseId: c.id, reason: reason.trim(), hours } });
      setOpen(false);
    } catch {
      // Shown by ErrorMessage, with the field the server names.
    }
  };
  const short = reason.trim().length < MIN_REASON;
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reporterAccess.title')}</h2>
      <p className="muted" id={`${id}-explain`}>
        {t('reporterAccess.explain')}
      </p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {t('reporterAccess.reason')}
          <span className="req"> *</span>
        </label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-describedby={`${id}-explain`}
          minLength={MIN_REASON}
          maxLength={500}
          rows={3}
          required
        />
      </div>
      <label className="field">
        <span>{t('reporterAccess.hours')}</span>
        <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {t('reporterAccess.hoursOption', { hours: h })}
            </option>
          ))}
        </select>
      </label>
      <ErrorMessage error={error} />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={loading || short}>
          {t('reporterAccess.submit')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('reporterAccess.cancel')}
        </button>
      </div>
    </form>
  );
}

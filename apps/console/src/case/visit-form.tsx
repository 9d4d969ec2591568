import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  CaseDocument,
  RecordVisitDocument,
  type RecordVisitMutationVariables,
  type VisitKind,
  type VisitRecommendation,
} from '../gql/graphql';
import { useKeyedChange } from '../offline/use-keyed-change';
import { Link } from '../router/router';
import { formatDate, localDateInput } from '../i18n/format';
import { translate, useI18n } from '../i18n/i18n';
import { DateField } from '../ui/date-field';
import { ErrorMessage } from '../ui/error-message';
import type { CaseDetail } from './case.page';

const KINDS: VisitKind[] = ['HOME', 'FIELD'];
const RECOMMENDATIONS: VisitRecommendation[] = ['ELIGIBLE', 'NEEDS_FOLLOW_UP', 'NOT_ELIGIBLE'];

/** Noon local time of the chosen day, so the date stays the same day in the area's zone. */
function visitedAtIso(date: string, timeZone: string): string {
  const offsets: Record<string, string> = {
    'Asia/Jakarta': '+07:00',
    'Asia/Makassar': '+08:00',
    'Asia/Jayapura': '+09:00',
  };
  return new Date(`${date}T12:00:00${offsets[timeZone] ?? '+07:00'}`).toISOString();
}

export function VisitForm({ c }: { c: CaseDetail }) {
  const { t, locale } = useI18n();
  const tz = c.area.timeZone;
  const [kind, setKind] = useState<VisitKind>('HOME');
  const [date, setDate] = useState(() => localDateInput(new Date(), tz));
  const [participants, setParticipants] = useState('');
  const [findings, setFindings] = useState('');
  const [recommendation, setRecommendation] = useState<VisitRecommendation>('ELIGIBLE');
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordVisitDocument, {
    refetchQueries: [{ query: CaseDocument, variables: { id: c.id } }],
  });
  const [queued, setQueued] = useState(false);
  const change = useKeyedChange((variables) => record({ variables: variables as RecordVisitMutationVariables }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setQueued(false);
    try {
      const how = await change({
        kind: 'recordVisit',
        caseId: c.id,
        caseCode: c.code,
        title: { id: translate('id', 'visit.title'), en: translate('en', 'visit.title') },
        variables: {
          caseId: c.id,
          expectedVersion: c.version,
          visit: {
            kind,
            visitedAt: visitedAtIso(date, tz),
            participants: participants.trim(),
            findings: findings.trim(),
            recommendation,
          },
        },
      });
      if (how === 'queued') setQueued(true);
      else setSaved(true);
      setFindings('');
    } catch {
      // Shown below from the mutation's `error`, in the chosen language.
    }
  };

  return (
    <section className="panel" aria-labelledby="visit-title">
      <h2 id="visit-title">{t('visit.list')}</h2>
      {c.visits.length > 0 && (
        <ul className="plain-list">
          {c.visits.map((v) => (
            <li key={v.id}>
              <strong>{t(`visit.kind.${v.kind}`)}</strong> · {formatDate(v.visitedAt, tz, locale)} ·{' '}
              {t(`visit.recommendation.${v.recommendation}`)}
              <span className="block prewrap">{v.findings}</span>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={submit} aria-label={t('visit.title')}>
        <h3>{t('visit.title')}</h3>
        <fieldset className="field">
          <legend>{t('visit.kind')}</legend>
          {KINDS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name="visit-kind" checked={kind === k} onChange={() => setKind(k)} />
              {t(`visit.kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <DateField
          label={t('visit.visitedAt')}
          required
          value={date}
          max={localDateInput(new Date(), tz)}
          onValue={setDate}
        />
        <label className="field">
          <span>{t('visit.participants')}</span>
          <input required value={participants} onChange={(e) => setParticipants(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('visit.findings')}</span>
          <textarea required rows={4} value={findings} onChange={(e) => setFindings(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('visit.recommendation')}</span>
          <select value={recommendation} onChange={(e) => setRecommendation(e.target.value as VisitRecommendation)}>
            {RECOMMENDATIONS.map((r) => (
              <option key={r} value={r}>
                {t(`visit.recommendation.${r}`)}
              </option>
            ))}
          </select>
        </label>
        {queued ? (
          <p role="status" className="alert alert--warning">
            {t('outbox.queuedChange')} <Link href="/kirim">{t('wizard.toOutbox')}</Link>
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        {saved && (
          <p className="alert alert--ok" role="status">
            ✓ {t('visit.saved')}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
          {t('visit.submit')}
        </button>
      </form>
    </section>
  );
}

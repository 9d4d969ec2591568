import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { EscalationQueueQuery } from '../gql/graphql';
import {
  EscalationQueueQuery as QueueQuery,
  ReassignEscalatedCaseMutation,
  ReassignUnitsQuery,
  SetCaseDueDateMutation,
  TakeUpEscalatedCaseMutation,
} from '../graphql/operations';
import { formatDate, localDateInput } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { DateField } from '../ui/date-field';
import { CardSkeleton } from '../ui/skeleton';

const PAGE = 50;
type QueueCase = EscalationQueueQuery['cases']['edges'][number]['node'];
type Act = 'takeUp' | 'setDue' | 'reassign';

/**
 * The SPM coordinator's "Eskalasi" queue (issue 14): every overdue, escalated case of the kabupaten,
 * across all its OPDs, earliest due first, with the level reached and who was told. The coordinator
 * takes a case up with the OPD, sets a new due date, or gives it to another unit — each with a
 * reason, recorded on the case's timeline and in the audit log.
 */
export default function EscalationPage() {
  const { t } = useI18n();
  const queue = useQuery(QueueQuery, { variables: { first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [recorded, setRecorded] = useState('');
  const connection = queue.data?.cases;
  const cases = connection?.edges.map((e) => e.node) ?? [];
  return (
    <section className="page" aria-labelledby="escalation-title">
      <div className="page__head">
        <h1 id="escalation-title">{t('escalation.title')}</h1>
        {connection && <p className="muted">{t('escalation.subtitle', { count: connection.totalCount })}</p>}
      </div>
      <p className={recorded ? 'alert alert--ok' : 'visually-hidden'} role="status" aria-live="polite">
        {recorded}
      </p>
      <ErrorMessage error={queue.error} onRetry={() => void queue.refetch()} />
      {queue.loading && !queue.data ? (
        <CardSkeleton label={t('app.loading')} />
      ) : cases.length === 0 ? (
        <p className="muted">{t('escalation.empty')}</p>
      ) : (
        <ul className="card-list">
          {cases.map((c) => (
            <EscalatedCaseCard
              key={c.id}
              c={c}
              onDone={() => {
                setRecorded(t('escalation.recorded', { code: c.code }));
                void queue.refetch();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function EscalatedCaseCard({ c, onDone }: { c: QueueCase; onDone(): void }) {
  const { t, text, locale } = useI18n();
  const [act, setAct] = useState<Act | null>(null);
  const zone = c.area.timeZone;
  return (
    <li className="card escalation-card">
      <p className="card__title">
        <Link href={`/kasus/${c.id}`} aria-label={t('escalation.openCase', { code: c.code })}>
          {c.code}
        </Link>{' '}
        <span className="tag tag--escalated">{t('escalation.level', { level: c.escalationLevel })}</span>
      </p>
      <p className="card__meta">
        {text(c.sector.name)} · {c.area.name}
      </p>
      <p className="card__meta">{t('escalation.holder', { name: c.holder.name })}</p>
      {c.escalatedTo && <p className="card__meta">{t('escalation.toldTo', { name: c.escalatedTo.name })}</p>}
      <p className="card__meta">{t('escalation.due', { date: formatDate(c.deadline.dueAt, zone, locale) })}</p>
      <div className="row" role="group" aria-label={t('escalation.actionsFor', { code: c.code })}>
        {(['takeUp', 'setDue', 'reassign'] as const).map((a) => (
          <button
            key={a}
            type="button"
            className={act === a ? 'button button--small button--primary' : 'button button--small'}
            aria-expanded={act === a}
            onClick={() => setAct(act === a ? null : a)}
          >
            {t(`escalation.${a}`)}
          </button>
        ))}
      </div>
      {act && (
        <ActForm
          key={act}
          act={act}
          c={c}
          onCancel={() => setAct(null)}
          onDone={() => {
            setAct(null);
            onDone();
          }}
        />
      )}
    </li>
  );
}

function ActForm({ act, c, onCancel, onDone }: { act: Act; c: QueueCase; onCancel(): void; onDone(): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [dueDate, setDueDate] = useState(() => localDateInput(new Date(), c.area.timeZone));
  const [unitId, setUnitId] = useState('');
  const units = useQuery(ReassignUnitsQuery, { variables: { caseId: c.id }, skip: act !== 'reassign' });
  const [takeUp, takingUp] = useMutation(TakeUpEscalatedCaseMutation);
  const [setDue, settingDue] = useMutation(SetCaseDueDateMutation);
  const [reassign, reassigning] = useMutation(ReassignEscalatedCaseMutation);
  const busy = takingUp.loading || settingDue.loading || reassigning.loading;
  const error = takingUp.error ?? settingDue.error ?? reassigning.error ?? units.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const done =
      act === 'takeUp'
        ? takeUp({ variables: { caseId: c.id, note: text } })
        : act === 'setDue'
          ? setDue({ variables: { caseId: c.id, dueDate, reason: text } })
          : reassign({ variables: { caseId: c.id, unitId, reason: text } });
    done.then(onDone).catch(() => {});
  };
  return (
    <form className="stack escalation-form" onSubmit={submit}>
      {act === 'setDue' && <DateField label={t('escalation.dueDate')} value={dueDate} onValue={setDueDate} required />}
      {act === 'reassign' && (
        <label className="field">
          <span>{t('escalation.unit')}</span>
          <select value={unitId} onChange={(e) => setUnitId(e.target.value)} required>
            <option value="">{t('escalation.chooseUnit')}</option>
            {(units.data?.reassignUnits ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field">
        <span>{t(act === 'takeUp' ? 'escalation.note' : 'escalation.reason')}</span>
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          minLength={5}
          maxLength={1000}
          rows={3}
        />
      </label>
      <ErrorMessage error={error} />
      <div className="row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('escalation.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('escalation.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../auth/auth';
import { CloseOpenDayDocument, SetFollowUpPlanDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDateTime } from '../i18n/format';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { CardSkeleton } from '../ui/skeleton';
import { boardHref, isKaderOf, recapHref } from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import { useOpenDayBoard } from './use-open-day-board';
import './open-day.css';

const PLAN_MIN = 10;
const PLAN_MAX = 4000;

/** `/hari-buka/:sessionId/tutup`: the kader writes the follow-up plan (RTL) and closes the day; the RTL stays editable. */
export default function CloseDayPage({ params }: { params: Record<string, string> }) {
  const sessionId = params.sessionId ?? '';
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const { me } = useAuth();
  const { data, error, loading, refetch } = useOpenDayBoard(sessionId);
  const board = data?.kesehatanOpenDayBoard;
  const [plan, setPlan] = useState<string | null>(null);
  const [problem, setProblem] = useState(false);
  const [planSaved, setPlanSaved] = useState(false);
  const [close, closing] = useMutation(CloseOpenDayDocument);
  const [savePlan, saving] = useMutation(SetFollowUpPlanDocument);
  const text = plan ?? board?.session.followUpPlan ?? '';
  const open = board?.session.status === 'OPEN';
  const unfinished = board?.visits.filter((v) => v.station !== 'DONE').length ?? 0;

  const submit = async () => {
    const trimmed = text.trim();
    const bad = trimmed.length < PLAN_MIN || trimmed.length > PLAN_MAX;
    // Closing may leave the plan for later; a plan that is given must be long enough.
    if ((!open || trimmed) && bad) {
      setProblem(true);
      return;
    }
    setProblem(false);
    if (open) {
      await close({ variables: { sessionId, followUpPlan: trimmed || null } }).catch(() => null);
    } else {
      const r = await savePlan({ variables: { sessionId, followUpPlan: trimmed } }).catch(() => null);
      setPlanSaved(Boolean(r?.data));
    }
  };

  return (
    <section className="page open-day" aria-labelledby="close-title">
      <p>
        <Link href={boardHref(sessionId)}>← {w('backToBoard')}</Link>
      </p>
      <h1 id="close-title">{w('closeTitle')}</h1>
      <ErrorMessage error={board ? undefined : error} onRetry={() => void refetch()} />
      {!board && loading && <CardSkeleton count={1} label={w('closeTitle')} />}
      {board && !isKaderOf(me?.memberships, board.session.posyanduId) && (
        <p className="alert alert--warning">{w('kaderOnly')}</p>
      )}
      {board && isKaderOf(me?.memberships, board.session.posyanduId) && (
        <form
          className="form od-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {!open && board.session.closedAt && (
            <p className="alert alert--ok" role="status">
              <span aria-hidden="true">■ </span>
              {w('closedAt', {
                time: formatDateTime(board.session.closedAt, Intl.DateTimeFormat().resolvedOptions().timeZone, locale),
              })}
            </p>
          )}
          {open && unfinished > 0 && (
            <p className="alert alert--warning">{w('stillAtTables', { count: unfinished })}</p>
          )}
          <div className="field">
            <label htmlFor="od-plan">{w('plan')}</label>
            <textarea
              id="od-plan"
              rows={6}
              maxLength={PLAN_MAX}
              value={text}
              aria-invalid={problem ? true : undefined}
              aria-describedby="od-plan-hint od-plan-problem"
              onChange={(e) => {
                setPlan(e.target.value);
                setPlanSaved(false);
              }}
            />
            <span id="od-plan-hint" className="hint">
              {w('planHint')}
            </span>
            <span id="od-plan-problem" className="field__problem" aria-live="polite">
              {problem ? `⚠ ${w('planLength')}` : ''}
            </span>
          </div>
          <ErrorMessage error={closing.error ?? saving.error} />
          {planSaved && (
            <p className="alert alert--ok" role="status">
              ✓ {w('planSaved')}
            </p>
          )}
          <button
            type="submit"
            className="button button--primary button--big"
            disabled={closing.loading || saving.loading}
          >
            {open ? w('closeButton') : w('savePlan')}
          </button>
          {!open && (
            <Link href={recapHref(sessionId)} className="button">
              {w('recap')}
            </Link>
          )}
        </form>
      )}
    </section>
  );
}

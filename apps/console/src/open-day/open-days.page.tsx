import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../auth/auth';
import { OpenDayDocument, OpenDaysInReachDocument, type OpenDaySessionFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { Link, navigate } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { CardSkeleton } from '../ui/skeleton';
import {
  boardHref,
  isHealthWorker,
  isKaderOf,
  kaderPosyandus,
  localToday,
  monthRecapHref,
  recapHref,
  areaRecapHref,
  summaryKecamatan,
  usesOpenDays,
} from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import './open-day.css';

/** `/hari-buka`: the open days in reach, "Buka hari ini" for a kader, and the monthly recap. */
export default function OpenDaysPage() {
  const w = useOpenDayWords();
  const { me } = useAuth();
  const { data, error, loading, refetch } = useQuery(OpenDaysInReachDocument, { fetchPolicy: 'cache-and-network' });
  const [openDay, opening] = useMutation(OpenDayDocument);
  const posyandus = kaderPosyandus(me?.memberships);
  const sessions = data?.kesehatanOpenDaysInReach ?? [];
  const posyanduIds = [...new Set([...posyandus.map((p) => p.orgUnit.id), ...sessions.map((s) => s.posyanduId)])];
  const [month, setMonth] = useState(() => localToday().slice(0, 7));
  const [posyanduId, setPosyanduId] = useState<string | null>(null);
  const chosenPosyandu = posyanduId ?? posyanduIds[0];
  const posyanduName = (id: string) =>
    posyandus.find((p) => p.orgUnit.id === id)?.orgUnit.name ??
    `Posyandu ${sessions.find((s) => s.posyanduId === id)?.areaCode ?? ''}`;

  if (me && !usesOpenDays(me.memberships)) {
    return (
      <section className="page">
        <h1>{w('title')}</h1>
        <p className="alert alert--warning">{w('noAccess')}</p>
      </section>
    );
  }

  const open = async (posyanduId: string) => {
    const result = await openDay({ variables: { date: localToday(), posyanduId } }).catch(() => null);
    const session = result?.data?.kesehatanOpenDay;
    if (session) navigate(boardHref(session.id));
  };

  return (
    <section className="page open-day" aria-labelledby="open-days-title">
      <h1 id="open-days-title">{w('title')}</h1>
      <p className="muted">{w('intro')}</p>
      {posyandus.map((p) => (
        <button
          key={p.orgUnit.id}
          type="button"
          className="button button--primary button--big"
          disabled={opening.loading}
          onClick={() => void open(p.orgUnit.id)}
        >
          {opening.loading ? w('opening') : w('openToday')}
          {posyandus.length > 1 ? ` — ${p.orgUnit.name}` : ''}
        </button>
      ))}
      <ErrorMessage error={opening.error} />
      <ErrorMessage error={data ? undefined : error} onRetry={() => void refetch()} />
      {!data && loading && <CardSkeleton label={w('title')} />}
      {data && sessions.length === 0 && <p className="muted">{w('none')}</p>}
      {sessions.length > 0 && (
        <ul className="card-list">
          {sessions.map((s) => (
            <SessionCard key={s.id} s={s} />
          ))}
        </ul>
      )}
      {summaryKecamatan(me?.memberships) && (
        <p>
          <Link className="button" href={areaRecapHref(summaryKecamatan(me?.memberships) ?? '', month)}>
            {w('areaRecap')} ({month})
          </Link>
        </p>
      )}
      {posyanduIds.length > 0 && (
        <form
          className="form od-month"
          onSubmit={(e) => {
            e.preventDefault();
            if (/^\d{4}-\d{2}$/.test(month) && chosenPosyandu) navigate(monthRecapHref(chosenPosyandu, month));
          }}
        >
          <h2>{w('monthlyRecap')}</h2>
          <div className="row">
            {posyanduIds.length > 1 && (
              <label className="field">
                <span>Posyandu</span>
                <select value={chosenPosyandu} onChange={(e) => setPosyanduId(e.target.value)}>
                  {posyanduIds.map((id) => (
                    <option key={id} value={id}>
                      {posyanduName(id)}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="field">
              <span>{w('month')}</span>
              <input type="month" value={month} required onChange={(e) => setMonth(e.target.value)} />
            </label>
            <button type="submit" className="button">
              {w('showMonth')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

function SessionCard({ s }: { s: OpenDaySessionFieldsFragment }) {
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const { me } = useAuth();
  const board = isKaderOf(me?.memberships, s.posyanduId) || isHealthWorker(me?.memberships);
  const day = formatDate(`${s.heldOn}T12:00:00Z`, 'UTC', locale);
  return (
    <li className="card">
      {board ? (
        <Link href={boardHref(s.id)} className="card__link">
          <span className="card__title">{day}</span>
        </Link>
      ) : (
        <span className="card__title od-plain">{day}</span>
      )}
      <span className="card__meta">
        <span aria-hidden="true">{s.status === 'OPEN' ? '● ' : '■ '}</span>
        {w(s.status === 'OPEN' ? 'statusOPEN' : 'statusCLOSED')}
      </span>
      <span className="row">
        {board && (
          <Link href={boardHref(s.id)} className="button button--small">
            {w('board')}
          </Link>
        )}
        <Link href={recapHref(s.id)} className="button button--small">
          {w('recap')}
        </Link>
      </span>
    </li>
  );
}

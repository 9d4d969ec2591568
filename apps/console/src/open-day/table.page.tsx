import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../auth/auth';
import { OpenDayVocabularyDocument } from '../gql/graphql';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { CardSkeleton } from '../ui/skeleton';
import { useGroupLabel } from './board';
import { CounsellingForm } from './counselling-form';
import { MeasurementForm } from './measurement-form';
import { MeasurementResult } from './measurement-result';
import { MoveVisitorButton } from './move-visitor';
import { boardHref, isHealthWorker, isKaderOf, stationWord, TABLES, tableNumber, type Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import { RecordingForm } from './recording-form';
import { RegistrationForm } from './registration-form';
import { ServiceForm } from './service-form';
import { useOpenDayBoard } from './use-open-day-board';
import './open-day.css';

/**
 * `/hari-buka/:sessionId/meja/:table`: one table's screen. Table 1 registers;
 * tables 2–5 show their queue live (tap the next visitor), the visitor's form,
 * and after saving go back to the queue — table 2 first shows what it found.
 */
export default function TablePage({ params }: { params: Record<string, string> }) {
  const sessionId = params.sessionId ?? '';
  const n = Number(params.table);
  const station = TABLES[n - 1];
  const w = useOpenDayWords();
  const { me } = useAuth();
  const { data, error, loading, refetch } = useOpenDayBoard(sessionId);
  const vocabulary = useQuery(OpenDayVocabularyDocument).data?.kesehatanOpenDayVocabulary;
  const groupLabel = useGroupLabel(vocabulary?.targetGroups);
  const [pickedId, setPickedId] = useState<string | null>(null);
  const [measured, setMeasured] = useState<Visit | null>(null);
  const [saved, setSaved] = useState<Visit | null>(null);
  const board = data?.kesehatanOpenDayBoard;

  if (!station) return <p>{w('nobodyHere')}</p>;
  const title = `${w('table', { n })}: ${w(stationWord(station))}`;
  const queue = board?.visits.filter((v) => v.station === station) ?? [];
  const picked = pickedId ? (board?.visits.find((v) => v.id === pickedId) ?? null) : null;
  const onSaved = (visit: Visit) => {
    setPickedId(null);
    if (station === 'MEASUREMENT') setMeasured(visit);
    else setSaved(visit);
  };
  const onMoved = (visit: Visit) => {
    setPickedId(null);
    setSaved(visit);
  };
  const nextTable = (visit: Visit) => {
    const t = tableNumber(visit.station);
    return t ? `${w('table', { n: t })} (${w(stationWord(visit.station))})` : w('stationDONE');
  };

  // Tables 1, 2, 3 and 5 are the kader's; a health worker reading the board records at table 4.
  const mayRecord = board ? isKaderOf(me?.memberships, board.session.posyanduId) || station === 'SERVICE' : false;

  let body;
  if (!board) body = null;
  else if (board.session.status === 'CLOSED') body = <p className="alert alert--warning">{w('dayClosed')}</p>;
  else if (!mayRecord) body = <p className="alert alert--warning">{w('kaderTable')}</p>;
  else if (station === 'REGISTRATION') {
    body = (
      <RegistrationForm
        sessionId={sessionId}
        posyanduId={board.session.posyanduId}
        heldOn={board.session.heldOn}
        groups={vocabulary?.targetGroups ?? []}
      />
    );
  } else if (measured) {
    body = (
      <section className="od-form" aria-labelledby="od-measured">
        <h2 id="od-measured">{w('result', { name: measured.person.name ?? '' })}</h2>
        <MeasurementResult visit={measured} />
        <p>{w('saved', { name: measured.person.name ?? '', next: nextTable(measured) })}</p>
        <button
          type="button"
          className="button button--primary button--big"
          autoFocus
          onClick={() => setMeasured(null)}
        >
          {w('nextVisitor')}
        </button>
      </section>
    );
  } else if (picked) {
    const form =
      station === 'MEASUREMENT' ? (
        <MeasurementForm visit={picked} heldOn={board.session.heldOn} onSaved={onSaved} />
      ) : station === 'RECORDING' ? (
        <RecordingForm visit={picked} onSaved={onSaved} />
      ) : station === 'SERVICE' ? (
        <ServiceForm
          visit={picked}
          immunizationCodes={vocabulary?.immunizations ?? []}
          healthWorker={isHealthWorker(me?.memberships)}
          onSaved={onSaved}
        />
      ) : (
        <CounsellingForm visit={picked} topics={vocabulary?.counsellingTopics ?? []} onSaved={onSaved} />
      );
    const next = TABLES[n] ?? 'DONE';
    body = (
      <>
        {form}
        {station === 'RECORDING' && picked.measurement?.remeasure && (
          <MoveVisitorButton visit={picked} to="MEASUREMENT" label={w('measureAgain')} onMoved={onMoved} />
        )}
        {station !== 'MEASUREMENT' && (
          <MoveVisitorButton visit={picked} to={next} label={w('skipTable')} onMoved={onMoved} />
        )}
        <button type="button" className="button od-wide" onClick={() => setPickedId(null)}>
          {w('otherVisitor')}
        </button>
      </>
    );
  } else {
    body = (
      <section aria-labelledby="od-queue">
        {saved && (
          <p className="alert alert--ok" role="status">
            <span aria-hidden="true">✓ </span>
            {w('saved', { name: saved.person.name ?? '', next: nextTable(saved) })}
          </p>
        )}
        <h2 id="od-queue">
          {w('waiting')} ({queue.length})
        </h2>
        {queue.length === 0 ? (
          <p className="muted">{w('nobodyHere')}</p>
        ) : (
          <>
            <p className="hint">{w('pick')}</p>
            <ul className="plain-list od-queue">
              {queue.map((v) => (
                <li key={v.id}>
                  <button
                    type="button"
                    className="od-pick"
                    onClick={() => {
                      setSaved(null);
                      setPickedId(v.id);
                    }}
                  >
                    <span className="od-visit__number">{w('queueNumber', { n: v.queueNumber })}</span>
                    <span className="od-visit__name">{v.person.name}</span>
                    <span className="od-visit__group">{groupLabel(v.targetGroup)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    );
  }

  return (
    <section className="page open-day" aria-labelledby="od-table-title">
      <p>
        <Link href={boardHref(sessionId)}>← {w('backToBoard')}</Link>
      </p>
      <h1 id="od-table-title">{title}</h1>
      <ErrorMessage error={board ? undefined : error} onRetry={() => void refetch()} />
      {!board && loading && <CardSkeleton label={title} />}
      {body}
    </section>
  );
}

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useAuth } from '../auth/auth';
import { OpenDayVocabularyDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { formatDate } from '../i18n/format';
import { LiveIndicator } from '../live/live-socket';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { CardSkeleton } from '../ui/skeleton';
import { Board, useGroupLabel } from './board';
import {
  closeHref,
  isKaderOf,
  recapHref,
  stationWord,
  storedMyTable,
  storeMyTable,
  TABLES,
  tableHref,
} from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import { useOpenDayBoard } from './use-open-day-board';
import './open-day.css';

/** `/hari-buka/:sessionId`: the live board, "my table", and the links to the tables, the recap and closing. */
export default function BoardPage({ params }: { params: Record<string, string> }) {
  const sessionId = params.sessionId ?? '';
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const { me } = useAuth();
  const { data, error, loading, refetch } = useOpenDayBoard(sessionId);
  const vocabulary = useQuery(OpenDayVocabularyDocument).data?.kesehatanOpenDayVocabulary;
  const groupLabel = useGroupLabel(vocabulary?.targetGroups);
  const [myTable, setMyTable] = useState<number | null>(() => storedMyTable());
  const board = data?.kesehatanOpenDayBoard;
  const kader = board ? isKaderOf(me?.memberships, board.session.posyanduId) : false;

  return (
    <section className="page open-day" aria-labelledby="board-title">
      <div className="page__head">
        <h1 id="board-title">{w('board')}</h1>
        <LiveIndicator />
      </div>
      <ErrorMessage error={board ? undefined : error} onRetry={() => void refetch()} />
      {!board && loading && <CardSkeleton count={5} label={w('board')} />}
      {board && (
        <>
          <p className="od-day">
            {formatDate(`${board.session.heldOn}T12:00:00Z`, 'UTC', locale)} ·{' '}
            <span aria-hidden="true">{board.session.status === 'OPEN' ? '● ' : '■ '}</span>
            {w(board.session.status === 'OPEN' ? 'statusOPEN' : 'statusCLOSED')}
          </p>
          {board.session.status === 'OPEN' && (
            <fieldset className="od-mytable">
              <legend>{w('myTable')}</legend>
              <p className="hint">{w('myTableHint')}</p>
              <div className="od-toggles od-toggles--tables">
                {TABLES.map((station, i) => (
                  <button
                    key={station}
                    type="button"
                    className="od-toggle"
                    aria-pressed={myTable === i + 1}
                    onClick={() => {
                      storeMyTable(i + 1);
                      setMyTable(i + 1);
                    }}
                  >
                    <span className="od-toggle__mark" aria-hidden="true">
                      {myTable === i + 1 ? '✓' : ''}
                    </span>
                    {w('table', { n: i + 1 })}
                  </button>
                ))}
              </div>
              {myTable && (
                <Link href={tableHref(sessionId, myTable)} className="button button--primary button--big">
                  {w('openMyTable', {
                    table: `${w('table', { n: myTable })} ${w(stationWord(TABLES[myTable - 1] ?? 'REGISTRATION'))}`,
                  })}
                </Link>
              )}
            </fieldset>
          )}
          <Board board={board} groupLabel={groupLabel} />
          <p className="row od-links">
            <Link href={recapHref(sessionId)} className="button">
              {w('recap')}
            </Link>
            {kader && (
              <Link href={closeHref(sessionId)} className="button">
                {w('closeDay')}
              </Link>
            )}
          </p>
        </>
      )}
    </section>
  );
}

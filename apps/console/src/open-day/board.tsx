import type { OpenDayBoardFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { personHref } from '../person/person-href';
import { Link } from '../router/router';
import { stationWord, TABLES, tableHref, type Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';

/**
 * Who is at which table: the count per table and, under it, the visitors there
 * with their queue numbers. Each table heading opens that table's screen.
 */
export function Board({
  board,
  groupLabel,
}: {
  board: OpenDayBoardFieldsFragment;
  groupLabel(targetGroup: string): string;
}) {
  const w = useOpenDayWords();
  const sessionId = board.session.id;
  const count = (station: string) => board.stations.find((s) => s.station === station)?.visitors ?? 0;
  const done = board.visits.filter((v) => v.station === 'DONE');
  return (
    <ol className="od-board" aria-label={w('board')}>
      {TABLES.map((station, i) => {
        const here = board.visits.filter((v) => v.station === station);
        return (
          <li key={station} className="od-board__table" aria-labelledby={`od-table-${station}`}>
            <h2 id={`od-table-${station}`} className="od-board__head">
              <Link href={tableHref(sessionId, i + 1)}>
                {w('table', { n: i + 1 })}: {w(stationWord(station))}
              </Link>
              <span className="od-board__count">{w('visitors', { count: count(station) })}</span>
            </h2>
            {here.length === 0 ? (
              <p className="muted">{w('nobodyHere')}</p>
            ) : (
              <VisitList visits={here} groupLabel={groupLabel} />
            )}
          </li>
        );
      })}
      <li className="od-board__table" aria-labelledby="od-table-DONE">
        <h2 id="od-table-DONE" className="od-board__head">
          <span>{w('stationDONE')}</span>
          <span className="od-board__count">{w('visitors', { count: count('DONE') || done.length })}</span>
        </h2>
        {done.length > 0 && <VisitList visits={done} groupLabel={groupLabel} />}
      </li>
    </ol>
  );
}

function VisitList({ visits, groupLabel }: { visits: Visit[]; groupLabel(targetGroup: string): string }) {
  const w = useOpenDayWords();
  return (
    <ul className="od-visits">
      {visits.map((v) => (
        <li key={v.id} className="od-visit">
          <span className="od-visit__number">{w('queueNumber', { n: v.queueNumber })}</span>
          <Link className="od-visit__name" href={personHref(v.person.id)}>
            {v.person.name}
          </Link>
          <span className="od-visit__group">{groupLabel(v.targetGroup)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Target-group labels from the server's vocabulary, falling back to the code while it loads. */
export function useGroupLabel(
  groups: ReadonlyArray<{ value: string; label: { id: string; en: string } }> | undefined,
): (value: string) => string {
  const { text } = useI18n();
  return (value) => {
    const found = groups?.find((g) => g.value === value);
    return found ? text(found.label) : value;
  };
}

import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { OpenDayBoardDocument, OpenDaysInReachDocument } from '../gql/graphql';
import { TextField } from '../ui/field';
import { digitsOnly } from '../wizard/input-masks';
import type { Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import type { RegistrationDraft } from './registration-form';

/** How many earlier open days of the Posyandu are searched (monthly days: about half a year). */
const EARLIER_DAYS = 6;

/** The visitors of the Posyandu's earlier open days, newest first, each person once. */
function useEarlierVisitors(sessionId: string, posyanduId: string, wanted: boolean): Visit[] {
  const client = useApolloClient();
  const [visitors, setVisitors] = useState<Visit[]>([]);
  useEffect(() => {
    if (!wanted) return;
    let stop = false;
    void (async () => {
      // From the server: a list cached before today's day was opened would still do, but fresh is cheap.
      const days = await client
        .query({ query: OpenDaysInReachDocument, fetchPolicy: 'network-only' })
        .catch(() => null);
      const sessions = days?.data?.kesehatanOpenDaysInReach ?? [];
      const earlier = sessions.filter((s) => s.id !== sessionId && s.posyanduId === posyanduId).slice(0, EARLIER_DAYS);
      const boards = await Promise.all(
        earlier.map((s) =>
          client.query({ query: OpenDayBoardDocument, variables: { sessionId: s.id } }).catch(() => null),
        ),
      );
      const seen = new Set<string>();
      const found: Visit[] = [];
      for (const b of boards) {
        for (const v of b?.data?.kesehatanOpenDayBoard.visits ?? []) {
          if (seen.has(v.person.id)) continue;
          seen.add(v.person.id);
          found.push(v);
        }
      }
      if (!stop) setVisitors(found);
    })();
    return () => {
      stop = true;
    };
  }, [client, sessionId, posyanduId, wanted]);
  return visitors;
}

export function matchVisitors(visitors: readonly Visit[], query: string): Visit[] {
  const q = query.trim().toLowerCase();
  if (q.length < 3) return [];
  const digits = /^\d+$/.test(digitsOnly(q)) ? digitsOnly(q) : null;
  return visitors
    .filter((v) =>
      digits
        ? (v.person.nik ?? '').startsWith(digits) || (v.guardian?.nik ?? '').startsWith(digits)
        : (v.person.name ?? '').toLowerCase().includes(q) || (v.guardian?.name ?? '').toLowerCase().includes(q),
    )
    .slice(0, 5);
}

const draftOf = (v: Visit): RegistrationDraft => ({
  name: v.person.name ?? '',
  nik: v.person.nik ?? '',
  targetGroup: v.targetGroup,
  sex: v.sex,
  birthDate: v.birthDate ?? '',
  guardianName: v.guardian?.name ?? '',
  guardianNik: v.guardian?.nik ?? '',
  // Consent is asked again at every visit: a parent may withdraw it.
  guardianConsent: false,
});

/** Table 1: a returning visitor found by name or NIK among the Posyandu's earlier open days. */
export function EarlierVisitorSearch({
  sessionId,
  posyanduId,
  onPick,
}: {
  sessionId: string;
  posyanduId: string;
  onPick(draft: RegistrationDraft): void;
}) {
  const w = useOpenDayWords();
  const [query, setQuery] = useState('');
  const visitors = useEarlierVisitors(sessionId, posyanduId, query.trim().length >= 3);
  const matches = matchVisitors(visitors, query);
  return (
    <div className="od-search">
      <TextField
        label={w('searchEarlier')}
        hint={w('searchHint')}
        type="search"
        autoComplete="off"
        value={query}
        onValue={setQuery}
      />
      {query.trim().length >= 3 && (
        <ul className="plain-list" aria-live="polite">
          {matches.length === 0 && <li className="muted">{w('noMatch')}</li>}
          {matches.map((v) => (
            <li key={v.person.id}>
              <button
                type="button"
                className="button od-wide"
                onClick={() => {
                  onPick(draftOf(v));
                  setQuery('');
                }}
              >
                {w('useEarlier', { name: v.person.name ?? '' })}
                {v.birthDate ? ` · ${v.birthDate}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

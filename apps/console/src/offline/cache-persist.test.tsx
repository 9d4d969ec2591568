// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import {
  ApolloClient,
  ApolloLink,
  gql,
  type InMemoryCache,
  type NormalizedCacheObject,
  type TypedDocumentNode,
} from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { render, screen } from '@testing-library/react';
import { Observable } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCache } from '../apollo/client';
import { CasesDocument, MeDocument, type MeQuery } from '../gql/graphql';
import { QUEUE_VARIABLES } from '../queue/queue-variables';
import { caseSummary } from '../test/case-summary.fixture';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { AfterFirstPaint } from './after-first-paint';
import { fillMissing, firstScreenPart, persistCache, restoreKept, restoreRest } from './cache-persist';
import { readKeptCache } from './kept-cache';
import { offlineDb } from './offline-db';

/** A case page read ahead for a visit with no signal (use-reference-data.ts reads the whole CaseDocument). */
const ReadAheadCase: TypedDocumentNode<
  {
    case: {
      __typename: 'Case';
      id: string;
      code: string;
      applicant: { name: string | null; address: string | null } | null;
    } | null;
  },
  { id: string }
> = gql`
  query ReadAheadCase($id: ID!) {
    case(id: $id) {
      id
      code
      applicant {
        name
        address
      }
    }
  }
`;

/** Only the case page has the applicant's address (the list's summary has the name). */
const ADDRESS = 'RT 02 RW 03, Gombang';

const me = (displayName: string) => ({
  id: 'kader-1',
  username: 'kader.gombang',
  displayName,
  locale: 'id',
  memberships: [
    {
      role: 'KADER',
      orgUnit: { id: 'posyandu-1', name: 'Posyandu Melati', kind: 'POSYANDU', areaCode: '33.10.05.2001' },
    },
  ],
});

/** The `me` answer as the network writes it (without the memberships, which do not matter here). */
const meAnswer = (displayName: string) =>
  ({ me: { __typename: 'Me', ...me(displayName), memberships: [] } }) as unknown as MeQuery;

const queue = (...ids: string[]) => ({
  totalCount: ids.length,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: ids.at(-1) ?? null },
  edges: ids.map((id) => ({ cursor: id, node: caseSummary(id) })),
});

/** A kader's phone online: the user, the queue and a case page read ahead, in the Apollo cache. */
async function onlineCache(): Promise<InMemoryCache> {
  const client = createSchemaClient({
    me: () => me('Sri Wahyuni'),
    cases: () => queue('a', 'b'),
    case: ({ id }: { id: string }) => ({
      ...caseSummary(id),
      applicant: { name: 'Wagiyem', address: ADDRESS, kkMasked: true, nikMasked: true },
    }),
  });
  await client.query({ query: MeDocument });
  await client.query({ query: CasesDocument, variables: QUEUE_VARIABLES });
  await client.query({ query: ReadAheadCase, variables: { id: 'a' } });
  return client.cache as InMemoryCache;
}

/** A client whose requests are not answered (yet): what the phone shows is what it kept. */
function waitingClient(cache: InMemoryCache): ApolloClient {
  return new ApolloClient({ link: new ApolloLink(() => new Observable(() => {})), cache });
}

function FirstScreen() {
  const user = useQuery(MeDocument, { fetchPolicy: 'cache-and-network' }).data?.me;
  const cases = useQuery(CasesDocument, { variables: QUEUE_VARIABLES, fetchPolicy: 'cache-and-network' }).data?.cases;
  return (
    <>
      <h1>Antrean kasus</h1>
      <p>{user?.displayName ?? 'memuat pengguna'}</p>
      <ul>
        {cases?.edges.map((e) => (
          <li key={e.node.id}>{e.node.code}</li>
        ))}
      </ul>
    </>
  );
}

function ReadAheadPage({ id }: { id: string }) {
  const { data } = useQuery(ReadAheadCase, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return <p>{data?.case?.applicant?.address ?? 'kasus belum ada'}</p>;
}

let hidden = false;
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
function hidePage() {
  hidden = true;
  document.dispatchEvent(new Event('visibilitychange'));
  hidden = false;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the kept Apollo cache: the first screen first, the rest after it is drawn', () => {
  it('keeps the first screen’s part apart from the whole cache, and the kept copy holds the case read ahead', async () => {
    const cache = await onlineCache();
    const part = firstScreenPart(cache);
    const whole = cache.extract();
    // The first screen's part has the user and the queue, not the case page read ahead.
    expect(Object.keys(part.ROOT_QUERY ?? {})).toEqual(
      expect.arrayContaining(['me', 'cases:{"filter":{"open":true}}']),
    );
    expect(Object.keys(part.ROOT_QUERY ?? {}).some((k) => k.startsWith('case('))).toBe(false);
    expect(JSON.stringify(part)).not.toContain(ADDRESS);
    expect(JSON.stringify(whole)).toContain(ADDRESS);

    persistCache(cache, () => 'kader-1');
    cache.writeQuery({ query: MeDocument, data: meAnswer('Sri Wahyuni') });
    hidePage(); // written at once when the page is hidden
    const saved = await vi.waitFor(async () => {
      const record = await readKeptCache('kader-1');
      if (!record) throw new Error('not written yet');
      return record;
    });
    expect(saved.userId).toBe('kader-1');
    expect(JSON.stringify(saved.firstScreen)).not.toContain(ADDRESS);
    expect(saved.all).toContain(ADDRESS);
  });

  it('draws the queue from the first screen’s part before the rest is restored, and the case read ahead appears after the first paint', async () => {
    const online = await onlineCache();
    const db = await offlineDb();
    await db.put('cache', {
      userId: 'kader-2',
      savedAt: Date.now(),
      firstScreen: firstScreenPart(online),
      all: JSON.stringify(online.extract()),
    });

    // The phone opens again with no answer from the network.
    const saved = await readKeptCache('kader-2');
    const cache = createCache();
    const rest = restoreKept(cache, saved, '/');
    expect(rest).not.toBeNull();
    const restored = vi.fn(() => rest && restoreRest(cache, rest));
    render(
      <ApolloProvider client={waitingClient(cache)}>
        <FirstScreen />
        <ReadAheadPage id="a" />
        <AfterFirstPaint run={restored} />
      </ApolloProvider>,
    );
    // The first render shows the user and the queue; the case page's data is not restored yet.
    expect(screen.getByText('Sri Wahyuni')).toBeTruthy();
    expect(screen.getByText('SPM-A')).toBeTruthy();
    expect(screen.getByText('kasus belum ada')).toBeTruthy();
    expect(restored).not.toHaveBeenCalled();
    // After the first paint the rest is restored, and the page waiting for it shows it (no network).
    expect(await screen.findByText(ADDRESS)).toBeTruthy();
    expect(restored).toHaveBeenCalledTimes(1);
    expect(screen.getByText('SPM-B')).toBeTruthy();
  });

  it('does not put the kept copy over what the network answered before the rest was restored', async () => {
    const online = await onlineCache();
    const cache = createCache();
    const rest = restoreKept(
      cache,
      {
        userId: 'kader-3',
        savedAt: Date.now(),
        firstScreen: firstScreenPart(online),
        all: JSON.stringify(online.extract()),
      },
      '/',
    );
    // The network answers first: a new name; case a moved on, case b left the queue, case c came in.
    cache.writeQuery({ query: MeDocument, data: meAnswer('Sri Wahyuni, A.Md.Keb') });
    const movedOn = {
      ...caseSummary('a'),
      status: 'in-progress',
      version: 5,
      applicant: { __typename: 'CaseParty' as const, name: 'Wagiyem' },
    };
    const fresh = queue('a', 'c');
    fresh.edges[0] = { cursor: 'a', node: movedOn };
    cache.writeQuery({
      query: CasesDocument,
      variables: QUEUE_VARIABLES,
      data: { cases: { __typename: 'CaseConnection', ...fresh } } as never,
    });
    if (rest) restoreRest(cache, rest);
    expect(cache.readQuery({ query: MeDocument })?.me?.displayName).toBe('Sri Wahyuni, A.Md.Keb');
    const listed = cache
      .readQuery({ query: CasesDocument, variables: QUEUE_VARIABLES })
      ?.cases.edges.map((e) => e.node);
    expect(listed?.map((c) => [c.id, c.status, c.version])).toEqual([
      ['a', 'in-progress', 5],
      ['c', 'forwarded-to-opd', 4],
    ]);
    // What only the kept copy had is there: the case page read ahead, to open with no signal.
    expect(cache.readQuery({ query: ReadAheadCase, variables: { id: 'a' } })?.case?.applicant?.address).toBe(ADDRESS);
  });

  it('restores a copy written before the split, or for another page than the home page, whole before the first render', async () => {
    const online = await onlineCache();
    const older = createCache();
    expect(restoreKept(older, { userId: 'kader-4', savedAt: Date.now(), data: online.extract() }, '/')).toBeNull();
    expect(older.readQuery({ query: ReadAheadCase, variables: { id: 'a' } })?.case?.applicant?.address).toBe(ADDRESS);

    const casePage = createCache();
    const split = {
      userId: 'kader-4',
      savedAt: Date.now(),
      firstScreen: firstScreenPart(online),
      all: JSON.stringify(online.extract()),
    };
    expect(restoreKept(casePage, split, '/kasus/a')).toBeNull();
    expect(casePage.readQuery({ query: ReadAheadCase, variables: { id: 'a' } })?.case?.applicant?.address).toBe(
      ADDRESS,
    );
  });

  it('does not write the cache before the rest is restored: the kept copy would lose the cases read ahead', async () => {
    const online = await onlineCache();
    const db = await offlineDb();
    const all = JSON.stringify(online.extract());
    const keptAt = Date.now() - 60_000;
    await db.put('cache', { userId: 'kader-5', savedAt: keptAt, firstScreen: firstScreenPart(online), all });

    const cache = createCache();
    const rest = restoreKept(cache, await readKeptCache('kader-5'), '/');
    let settle = () => {};
    const restored = new Promise<void>((resolve) => (settle = resolve));
    const stop = persistCache(cache, () => 'kader-5', restored);
    cache.writeQuery({ query: MeDocument, data: meAnswer('Sri') });
    hidePage();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await db.get('cache', 'kader-5'))?.all).toBe(all);

    expect(rest).not.toBeNull();
    if (rest) restoreRest(cache, rest);
    settle();
    await restored;
    await vi.waitFor(async () => {
      hidePage();
      expect((await db.get('cache', 'kader-5'))?.savedAt).toBeGreaterThan(keptAt);
    });
    const written = await db.get('cache', 'kader-5');
    expect(written?.all).toContain(ADDRESS);
    expect(written?.all).toContain('"displayName":"Sri"');
    stop();
  });
});

describe('fillMissing', () => {
  it('adds the entities and fields only the kept copy has, and keeps everything the cache holds', () => {
    const current: NormalizedCacheObject = {
      ROOT_QUERY: { __typename: 'Query', me: { __ref: 'Me:1' } },
      'Me:1': { __typename: 'Me', id: '1', displayName: 'new' },
    };
    const kept: NormalizedCacheObject = {
      ROOT_QUERY: { __typename: 'Query', me: { __ref: 'Me:1' }, 'case({"id":"a"})': { __ref: 'Case:a' } },
      'Me:1': { __typename: 'Me', id: '1', displayName: 'old', locale: 'id' },
      'Case:a': { __typename: 'Case', id: 'a', code: 'SPM-A' },
      __META: { extraRootIds: ['Case:a'] },
    };
    expect(fillMissing(current, kept)).toEqual({
      ROOT_QUERY: { __typename: 'Query', me: { __ref: 'Me:1' }, 'case({"id":"a"})': { __ref: 'Case:a' } },
      'Me:1': { __typename: 'Me', id: '1', displayName: 'new', locale: 'id' },
      'Case:a': { __typename: 'Case', id: 'a', code: 'SPM-A' },
      __META: { extraRootIds: ['Case:a'] },
    });
  });
});

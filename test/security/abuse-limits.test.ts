import { DEMO_PASSWORD } from '@posyandu-spm/server';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
  };
}

/** A raw HTTP request to /graphql, as any client (or attacker) could send it. */
async function post(t: TestServer, body: unknown, headers: Record<string, string> = {}, raw = false): Promise<Answer> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: raw ? (body as string) : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = {};
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

const code = (a: Answer): string | undefined => a.body.errors?.[0]?.extensions?.code;
const LOGIN = 'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const TRACK = 'query ($c: String!, $p: String!) { trackCase(code: $c, phoneLast4: $p) { status { en } } }';

describe('query shape limits: depth, aliases, cost, batching, body size, malformed JSON', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins() });
    token = (await t.as('kader.gombang')).token ?? '';
  });
  afterAll(() => t?.close());

  it('no GraphQL answer may be stored by a browser or proxy: cache-control no-store, with data or with errors', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const answers = [
      await post(t, { query: '{ me { username } }' }, auth),
      await post(t, { query: '{ sectors { id } }' }),
      await post(t, { query: '{ case(id: "00000000-0000-4000-8000-000000000000") { code } }' }, auth),
      await post(t, { query: '{ noSuchField }' }),
    ];
    expect(answers.map((a) => [a.status, a.headers.get('cache-control')])).toEqual([
      [200, 'no-store'],
      [200, 'no-store'],
      [200, 'no-store'],
      [400, 'no-store'],
    ]);
  });

  it('a query nested deeper than 10 levels is QUERY_TOO_DEEP, before any resolver runs', async () => {
    const nested = 'parent { '.repeat(9) + 'id' + ' }'.repeat(9);
    const a = await post(t, { query: `{ me { memberships { orgUnit { ${nested} } } } }` });
    expect(a.status).toBe(400);
    expect(code(a)).toBe('QUERY_TOO_DEEP');
    expect(a.body.errors?.[0]?.extensions).toMatchObject({ details: { maxDepth: 10 }, messages: { en: /too deeply/ } });
  });

  it('depth counts through fragments, so a fragment cannot hide nesting', async () => {
    const query = `{ me { memberships { orgUnit { ...P } } } }
      fragment P on OrgUnit { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } }`;
    expect(code(await post(t, { query }))).toBe('QUERY_TOO_DEEP');
  });

  it('more than 20 aliases is TOO_MANY_ALIASES (alias flooding)', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `a${i}: sectors { id }`).join(' ');
    const a = await post(t, { query: `{ ${fields} }` });
    expect(code(a)).toBe('TOO_MANY_ALIASES');
  });

  it('a page of 100 cases with every list inside is QUERY_TOO_COMPLEX; an ordinary page is fine', async () => {
    const heavy = `{ cases(first: 100) { edges { node { id timeline { id type } documents { code status }
      availableActions { id } } } } }`;
    const a = await post(t, { query: heavy }, { authorization: `Bearer ${token}` });
    expect(code(a)).toBe('QUERY_TOO_COMPLEX');
    expect(a.body.errors?.[0]?.extensions).toMatchObject({ details: { maxCost: 5000 } });
    const normal = await post(
      t,
      { query: '{ cases(first: 20) { edges { node { id code status documents { code status } } } } }' },
      { authorization: `Bearer ${token}` },
    );
    expect(normal.body.errors).toBeUndefined();
  });

  it('a page size given as a variable counts the same as a literal one', async () => {
    const query = `query ($n: Int!) { cases(first: $n) { edges { node { id timeline { id type } documents { code status }
      availableActions { id } } } } }`;
    const a = await post(t, { query, variables: { n: 100 } }, { authorization: `Bearer ${token}` });
    expect(code(a)).toBe('QUERY_TOO_COMPLEX');
  });

  it('a fragment that spreads itself exponentially is refused, quickly', async () => {
    const defs = Array.from(
      { length: 20 },
      (_, i) => `fragment F${i} on Sector { ${i === 19 ? 'id' : `...F${i + 1} a${i}: id ...F${i + 1}`} }`,
    );
    const started = Date.now();
    const a = await post(t, { query: `{ sectors { ...F0 } } ${defs.join(' ')}` });
    expect(a.status).toBe(400);
    expect(['QUERY_TOO_COMPLEX', 'TOO_MANY_ALIASES', 'GRAPHQL_VALIDATION_FAILED']).toContain(code(a));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("batched HTTP requests (a JSON array) are refused: Apollo's allowBatchedHttpRequests stays off", async () => {
    const a = await post(t, [
      { query: LOGIN, variables: { u: 'kader.gombang', p: 'guess-1' } },
      { query: LOGIN, variables: { u: 'kader.gombang', p: 'guess-2' } },
    ]);
    expect(a.status).toBe(400);
    expect(code(a)).toBe('BAD_REQUEST');
    expect(a.body.errors?.[0]?.message).toMatch(/batching disabled/);
  });

  it('a body over 256 KiB is REQUEST_TOO_LARGE as JSON (413), not an HTML page', async () => {
    const a = await post(t, { query: '{ sectors { id } }', variables: { pad: 'x'.repeat(300 * 1024) } });
    expect(a.status).toBe(413);
    expect(a.headers.get('content-type')).toMatch(/application\/json/);
    expect(code(a)).toBe('REQUEST_TOO_LARGE');
    expect(a.text).not.toMatch(/<html|<pre|at .*\.js/i);
  });

  it('malformed JSON is MALFORMED_REQUEST as JSON (400), without a stack trace', async () => {
    const a = await post(t, '{"query": "{ sectors { id } }", ', {}, true);
    expect(a.status).toBe(400);
    expect(code(a)).toBe('MALFORMED_REQUEST');
    expect(a.text).not.toMatch(/<html|SyntaxError|node_modules/i);
  });

  it('CSRF prevention: a simple cross-site request (text/plain, or GET without a preflight header) is refused', async () => {
    const plain = await post(
      t,
      JSON.stringify({ query: '{ sectors { id } }' }),
      { 'content-type': 'text/plain' },
      true,
    );
    expect(plain.status).toBe(400);
    expect(plain.text).toMatch(/Cross-Site Request Forgery/);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ sectors { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('production mode: no introspection, no stack traces, strict CORS', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      production: true,
      limits: { corsOrigins: ['https://spm.klatenkab.go.id'] },
    });
  });
  afterAll(() => t?.close());

  it('introspection is refused', async () => {
    const a = await post(t, { query: '{ __schema { types { name } } }' });
    expect(a.status).toBe(400);
    expect(code(a)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(a.text).toMatch(/introspection/i);
  });

  it('errors carry no stack trace', async () => {
    for (const body of [
      { query: '{ nope }' },
      { query: '{ sectors { ' },
      { query: LOGIN, variables: { u: 1, p: [] } },
    ]) {
      const a = await post(t, body);
      expect(a.body.errors?.length).toBeGreaterThan(0);
      expect(a.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
    }
  });

  it('CORS answers only the configured origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ok = await preflight('https://spm.klatenkab.go.id');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://spm.klatenkab.go.id');
    const evil = await preflight('https://evil.example');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const localhost = await preflight('http://localhost:5173');
    expect(localhost.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('rate limits, counted in PostgreSQL and shared by every instance', () => {
  let a: TestServer;
  let b: TestServer;
  const clock = new TestClock('2026-11-23T02:00:00Z');
  beforeAll(async () => {
    const limits = {
      trustProxy: true,
      rate: {
        loginPerIp: { max: 5, windowSeconds: 900 },
        loginPerUser: { max: 3, windowSeconds: 900 },
        trackPerIp: { max: 3, windowSeconds: 600 },
        apiPerUser: { max: 8, windowSeconds: 60 },
        apiPerIp: { max: 1000, windowSeconds: 60 },
      },
    };
    a = await startTestServer({ plugins: await loadInstalledPlugins(), clock, limits });
    b = await startTestServer({ plugins: await loadInstalledPlugins(), clock, limits, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  const from = (ip: string) => ({ 'x-forwarded-for': ip });

  it('login per username: the 4th guess within 15 minutes is RATE_LIMITED (429, Retry-After), across instances', async () => {
    const guesses = [];
    for (const [i, server] of [a, b, a, b].entries()) {
      guesses.push(
        await post(
          server,
          { query: LOGIN, variables: { u: 'kades.gombang', p: `guess-${i}` } },
          from(`198.51.100.${i}`),
        ),
      );
    }
    expect(guesses.map(code)).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'RATE_LIMITED',
    ]);
    const limited = guesses[3] as Answer;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.errors?.[0]?.extensions).toMatchObject({
      details: { retryAfterSeconds: expect.any(Number) },
      messages: { id: expect.stringContaining('Terlalu banyak'), en: expect.stringContaining('Too many requests') },
    });
    // Even the right password is refused until the window ends: no oracle for the guesser.
    const right = await post(
      a,
      { query: LOGIN, variables: { u: 'kades.gombang', p: DEMO_PASSWORD } },
      from('198.51.100.9'),
    );
    expect(code(right)).toBe('RATE_LIMITED');
  });

  it('login per IP: aliased logins in one document count one each (batched guessing)', async () => {
    const aliased = `mutation { ${Array.from({ length: 6 }, (_, i) => `g${i}: login(username: "user${i}", password: "x") { token }`).join(' ')} }`;
    const r = await post(a, { query: aliased }, from('203.0.113.50'));
    expect(r.status).toBe(429);
    expect(code(r)).toBe('RATE_LIMITED');
    expect(r.body.data ?? null).toBeNull();
  });

  it('trackCase per IP: the 4th lookup is RATE_LIMITED, another IP is not', async () => {
    const codes = [];
    for (let i = 0; i < 4; i += 1) {
      codes.push(
        code(
          await post(
            i % 2 ? b : a,
            { query: TRACK, variables: { c: `SPM-AAAA-AAA${i}`, p: '1234' } },
            from('192.0.2.7'),
          ),
        ),
      );
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED']);
    const other = await post(a, { query: TRACK, variables: { c: 'SPM-AAAA-AAAA', p: '1234' } }, from('192.0.2.8'));
    expect(other.body.errors).toBeUndefined();
  });

  it('per user: a logged-in user over the limit is RATE_LIMITED, another user is not; the window then resets', async () => {
    const login = async (u: string, ip: string) =>
      (await post(a, { query: LOGIN, variables: { u, p: DEMO_PASSWORD } }, from(ip))).body.data as {
        login: { token: string };
      };
    const kader = (await login('kader.gombang', '198.51.100.20')).login.token;
    const camat = (await login('camat.cawas', '198.51.100.21')).login.token;
    const me = (token: string, server: TestServer) =>
      post(server, { query: '{ me { username } }' }, { authorization: `Bearer ${token}`, ...from('198.51.100.22') });
    const results = [];
    for (let i = 0; i < 9; i += 1) results.push(code(await me(kader, i % 2 ? a : b)));
    expect(results.slice(0, 8)).toEqual(Array.from({ length: 8 }, () => undefined));
    expect(results[8]).toBe('RATE_LIMITED');
    expect(code(await me(camat, a))).toBeUndefined();
    clock.advance(61_000);
    expect(code(await me(kader, a))).toBeUndefined();
  });

  it('the counters live in the database, one row per bucket and window', async () => {
    const rows = await a.sql.query<{ bucket: string }>('select bucket from rate_limit_counter order by bucket');
    const buckets = rows.rows.map((r) => r.bucket);
    expect(buckets).toEqual(
      expect.arrayContaining(['login:user:kades.gombang', 'login:ip:203.0.113.50', 'track:ip:192.0.2.7']),
    );
  });
});

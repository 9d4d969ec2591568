import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The IETF httpapi RateLimit headers: a client sees how fast it may go before it is throttled. */
describe('RateLimit and RateLimit-Policy on every response, Retry-After on 429', () => {
  let t: TestServer;
  const post = (token: string | null, query: string) =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      // 10:00:00 exactly: the 60-second window has 60 seconds to go.
      clock: new TestClock('2026-11-23T03:00:00Z'),
      limits: { rate: { apiPerUser: { max: 3, windowSeconds: 60 }, apiPerIp: { max: 2, windowSeconds: 60 } } },
    });
  });
  afterAll(() => t?.close());

  it('anonymous callers count per IP address: the policy, what remains and when it resets', async () => {
    const first = await post(null, '{ sectors { id } }');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"api";q=2;w=60');
    expect(first.headers.get('ratelimit')).toBe('"api";r=1;t=60');
    const second = await post(null, '{ sectors { id } }');
    expect(second.headers.get('ratelimit')).toBe('"api";r=0;t=60');
    const third = await post(null, '{ sectors { id } }');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect(third.headers.get('ratelimit')).toBe('"api";r=0;t=60');
    const body = (await third.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('RATE_LIMITED');
  });

  it('a logged-in user (or API key) counts on its own quota; Retry-After counts down with the window', async () => {
    t.clock.set('2026-11-23T03:01:00Z');
    const login = await post(
      null,
      'mutation { login(username: "opd.pendidikan", password: "posyandu-demo-2026") { token } }',
    );
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    t.clock.set('2026-11-23T03:01:20Z');
    for (const remaining of [2, 1, 0]) {
      const res = await post(token, '{ cases(first: 1) { totalCount } }');
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('"api";q=3;w=60');
      expect(res.headers.get('ratelimit')).toBe(`"api";r=${remaining};t=40`);
    }
    const limited = await post(token, '{ cases(first: 1) { totalCount } }');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('40');
  });
});

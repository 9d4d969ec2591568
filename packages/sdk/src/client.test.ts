import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SpmApiError, SpmClient, graphql, pages, retryAfterMs, verifyWebhook } from './index.js';
import { Webhook } from 'standardwebhooks';

const Ping = graphql(`
  query SdkTestPing {
    sectors {
      id
    }
  }
`);

interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

/** A real HTTP server answering the programmed replies in order, recording each request. */
async function server(answers: Answer[]) {
  const seen: Array<{ authorization: string | undefined; body: string }> = [];
  const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      const a = answers.shift() ?? { status: 500, body: {} };
      res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers }).end(JSON.stringify(a.body));
    });
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  closers.push(() => new Promise<void>((r) => srv.close(() => r())));
  return { url, seen };
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()?.();
});

describe('SpmClient', () => {
  it('sends the API key and retries 429 after Retry-After and 503 with backoff, then returns the data', async () => {
    const { url, seen } = await server([
      {
        status: 429,
        headers: { 'retry-after': '7' },
        body: { errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }] },
      },
      { status: 503, body: {} },
      {
        status: 200,
        headers: { ratelimit: '"api";r=597;t=41', 'ratelimit-policy': '"api";q=600;w=60' },
        body: { data: { sectors: [{ id: 'pendidikan' }] } },
      },
    ]);
    const waits: number[] = [];
    const client = new SpmClient({
      url,
      apiKey: 'psk_test',
      baseDelayMs: 1000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(await client.request(Ping)).toEqual({ sectors: [{ id: 'pendidikan' }] });
    expect(seen).toHaveLength(3);
    expect(seen.every((s) => s.authorization === 'Bearer psk_test')).toBe(true);
    // Retry-After wins; the 503 waits the second backoff step (2 s) with jitter: between 1 and 2 s.
    expect(waits[0]).toBe(7000);
    expect(waits[1]).toBeGreaterThanOrEqual(1000);
    expect(waits[1]).toBeLessThanOrEqual(2000);
    expect(client.rateLimit).toEqual({
      policy: 'api',
      limit: 600,
      windowSeconds: 60,
      remaining: 597,
      resetSeconds: 41,
    });
  });

  it('gives up after the retries and throws the server’s coded error; does not retry a refusal', async () => {
    const { url, seen } = await server([
      {
        status: 200,
        body: {
          errors: [
            {
              message: 'Ditolak',
              extensions: { code: 'FORBIDDEN', messages: { id: 'Ditolak', en: 'Refused' } },
            },
          ],
        },
      },
    ]);
    const client = new SpmClient({ url, apiKey: 'psk_test', sleep: async () => {} });
    const error = await client.request(Ping).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpmApiError);
    expect(error).toMatchObject({ code: 'FORBIDDEN', messages: { en: 'Refused' }, message: 'Refused' });
    expect(seen).toHaveLength(1);
    const busy = await server([
      { status: 502, body: {} },
      { status: 502, body: {} },
      { status: 502, body: {} },
    ]);
    const failing = await new SpmClient({ url: busy.url, apiKey: 'k', retries: 2, sleep: async () => {} })
      .request(Ping)
      .catch((e: unknown) => e);
    expect(busy.seen).toHaveLength(3);
    expect((failing as SpmApiError).code).toBe('HTTP_502');
  });

  it('retries DATABASE_UNAVAILABLE (503) after its Retry-After and says it is retryable when it gives up', async () => {
    const outage: Answer = {
      status: 503,
      headers: { 'retry-after': '5' },
      body: {
        errors: [
          {
            message: 'Basis data sedang tidak dapat dihubungi.',
            extensions: { code: 'DATABASE_UNAVAILABLE', details: { retryAfterSeconds: 5 } },
          },
        ],
      },
    };
    const { url, seen } = await server([outage, { status: 200, body: { data: { sectors: [] } } }]);
    const waits: number[] = [];
    const client = new SpmClient({ url, apiKey: 'k', sleep: async (ms) => void waits.push(ms) });
    expect(await client.request(Ping)).toEqual({ sectors: [] });
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([5000]);
    const down = await server([outage, outage]);
    const error = await new SpmClient({ url: down.url, apiKey: 'k', retries: 1, sleep: async () => {} })
      .request(Ping)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DATABASE_UNAVAILABLE', status: 503, retryable: true });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('12')).toBe(12_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:30 GMT'))).toBe(30_000);
    expect(retryAfterMs(null)).toBeNull();
  });

  it('pages through a connection until hasNextPage is false', async () => {
    const page = (ids: string[], next: string | null) => ({
      status: 200,
      body: {
        data: {
          cases: {
            edges: ids.map((id) => ({ cursor: `c-${id}`, node: { id } })),
            pageInfo: { hasNextPage: next !== null, endCursor: next },
            nextUpdatedSince: next ? null : 'chg_42',
          },
        },
      },
    });
    const { url, seen } = await server([page(['a', 'b'], 'c-b'), page(['c'], null)]);
    const List = graphql(`
      query SdkTestList($first: Int, $after: String) {
        cases(first: $first, after: $after) {
          edges {
            cursor
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
          nextUpdatedSince
        }
      }
    `);
    const client = new SpmClient({ url, apiKey: 'k' });
    const got: string[] = [];
    let next: string | null | undefined;
    for await (const c of pages(
      client,
      List,
      { first: 2 },
      (d) => d.cases,
      (last) => (next = last.nextUpdatedSince),
    )) {
      got.push(c.id);
    }
    expect(got).toEqual(['a', 'b', 'c']);
    expect(next).toBe('chg_42');
    expect(JSON.parse(seen[1]?.body ?? '{}').variables).toEqual({ first: 2, after: 'c-b' });
  });
});

describe('verifyWebhook', () => {
  it('accepts a signed delivery and refuses a changed body or a wrong secret', () => {
    const secret = `whsec_${Buffer.from('a'.repeat(32)).toString('base64')}`;
    const body = JSON.stringify({
      type: 'case.action_taken',
      timestamp: new Date().toISOString(),
      data: { caseId: 'x' },
    });
    const now = new Date();
    const headers = {
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
      'webhook-signature': new Webhook(secret).sign('evt_1', now, body),
    };
    expect(verifyWebhook(secret, body, headers).type).toBe('case.action_taken');
    expect(() => verifyWebhook(secret, body.replace('x', 'y'), headers)).toThrow();
    expect(() => verifyWebhook(`whsec_${Buffer.from('b'.repeat(32)).toString('base64')}`, body, headers)).toThrow();
  });
});

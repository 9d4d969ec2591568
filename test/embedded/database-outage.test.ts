import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startEmbeddedPostgres } from '@posyandu-spm/server';
import { fixedPort, GraphQLClient, startServerProcess, type ServerProcess } from '@posyandu-spm/testing';
import { createClient, type Client } from 'graphql-ws';
import pg from 'pg';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const REGISTER = 'mutation RegisterUnderLoad($input: RegisterCaseInput!) { registerCase(input: $input) { code } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Answer {
  status: number;
  retryAfter: string | null;
  code: string | null;
  caseCode: string | null;
}

/** One registration over plain HTTP, keeping the status and header a load balancer or a retry queue reads. */
async function register(url: string, token: string, worker: number): Promise<Answer> {
  // Each worker its own family: two registrations of one person at the same instant are a
  // VERSION_CONFLICT of their own, not what this test is about.
  const suffix = String(worker + 11).padStart(4, '0');
  const input = pendidikanInput({
    applicant: {
      nik: `331005570885${suffix}`,
      name: 'Siti Aminah',
      phone: '0812-2700-4321',
      kkNumber: `331005010110${suffix}`,
    },
    beneficiaries: [{ name: 'Dewi Lestari', relation: 'anak', nik: `331005450515${suffix}` }],
  });
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REGISTER, variables: { input } }),
  });
  const body = (await res.json()) as {
    data?: { registerCase?: { code: string } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    code: body.errors?.[0]?.extensions?.code ?? null,
    caseCode: body.data?.registerCase?.code ?? null,
  };
}

/**
 * Issue 19: PostgreSQL stops under a load of registrations and comes back. This test runs its
 * own PostgreSQL (the embedded binaries, on a private port and folder) so it can stop it; the
 * machine's shared PostgreSQL is never touched.
 */
describe('the database stops under a load of registrations and starts again', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'psp-outage-'));
  let pgPort = 0;
  const quiet = pino({ level: 'silent' });
  let database: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let server: ServerProcess;
  let ws: Client | undefined;

  beforeAll(async () => {
    pgPort = await fixedPort();
    database = await startEmbeddedPostgres(dataDir, pgPort, quiet);
    server = await startServerProcess({
      databaseUrl: database.url,
      tokenSecret: randomBytes(32).toString('hex'),
      env: { SEED_DEMO: 'true', LOG_LEVEL: 'info' },
      readyTimeoutMs: 120_000,
    });
  }, 180_000);

  afterAll(async () => {
    await ws?.dispose();
    await server?.stop();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no acknowledged case; requests during the outage get DATABASE_UNAVAILABLE with 503; /readyz red, then green', async () => {
    const kader = await GraphQLClient.login(server.url, 'kader.gombang', 'posyandu-demo-2026');
    const token = kader.token as string;
    // A socket opened (and logged in) before the outage, to subscribe during it.
    ws = createClient({
      url: `${server.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
    });
    const cursors: string[] = [];
    ws.subscribe<{ caseEvents: { cursor: string } }>(
      { query: 'subscription { caseEvents { cursor } }' },
      {
        next: (v) => v.data && cursors.push(v.data.caseEvents.cursor),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    await sleep(500);

    const answers: Answer[] = [];
    let loading = true;
    const worker = async (n: number) => {
      while (loading) {
        answers.push(
          await register(server.url, token, n).catch(() => ({
            status: 0,
            retryAfter: null,
            code: 'NETWORK',
            caseCode: null,
          })),
        );
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    while (answers.filter((a) => a.caseCode).length < 20) await sleep(50);
    while (!cursors.length) await sleep(50);

    await database?.stop();
    database = undefined;
    const duringFrom = answers.length;
    // Readiness turns red while the database is down; liveness stays green (the process is fine).
    let readyz = await fetch(`${server.url}/readyz`);
    expect(readyz.status).toBe(503);
    expect(((await readyz.json()) as { checks: { database: { ok: boolean } } }).checks.database.ok).toBe(false);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    while (answers.length < duringFrom + 20) await sleep(50);

    // Over graphql-ws the same code: a subscription resuming from a cursor needs the database.
    const socketErrors = await new Promise<Array<{ extensions?: { code?: string } }>>((resolve) => {
      ws?.subscribe(
        {
          query: 'subscription ($after: String) { caseEvents(after: $after) { cursor } }',
          variables: { after: cursors[0] },
        },
        {
          next: (v) => v.errors && resolve([...v.errors] as Array<{ extensions?: { code?: string } }>),
          error: (e) => resolve(Array.isArray(e) ? (e as Array<{ extensions?: { code?: string } }>) : []),
          complete: () => undefined,
        },
      );
    });
    expect(socketErrors.map((e) => e.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);

    database = await startEmbeddedPostgres(dataDir, pgPort, quiet);
    for (let i = 0; i < 100; i += 1) {
      readyz = await fetch(`${server.url}/readyz`);
      if (readyz.ok) break;
      await sleep(200);
    }
    expect(readyz.status).toBe(200);
    const afterFrom = answers.length;
    while (answers.slice(afterFrom).filter((a) => a.caseCode).length < 10) await sleep(50);
    loading = false;
    await Promise.all(workers);

    const refused = answers.filter((a) => !a.caseCode);
    // What the server logged for any answer that was not the outage's own (the cause, for a failure message).
    const unexpected = server.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('unexpected error'));
    expect(unexpected, 'the server logged errors it did not recognise as the outage').toEqual([]);
    // Requests during the outage failed fast and said why, with when to try again.
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((a) => `${a.status} ${a.code} retry-after=${a.retryAfter}`))).toEqual(
      new Set(['503 DATABASE_UNAVAILABLE retry-after=5']),
    );
    // Every acknowledged case is in the database.
    const acknowledged = answers.flatMap((a) => (a.caseCode ? [a.caseCode] : []));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const found = await client.query<{ code: string }>('select code from spm_case where code = any($1)', [
        acknowledged,
      ]);
      expect(found.rows.map((r) => r.code).sort()).toEqual([...acknowledged].sort());
    } finally {
      await client.end();
    }
    // The log said what happened in words, never an object's insides.
    const log = server.output.join('');
    expect(log).toContain('database unavailable during a GraphQL operation');
    expect(log).not.toMatch(/"_events"|"_connecting"|"_ending"|"_connectionCallback"/);
  }, 180_000);
});

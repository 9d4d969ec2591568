import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { adminUrl, startTestServer, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/**
 * The event feed reads an event only when every older transaction that could still write one has
 * ended (events go out in commit-id order, never one skipped): a running transaction of THIS
 * database holds later events back; one of ANOTHER database on the same cluster does not (it
 * cannot write here), so an idle-in-transaction session elsewhere no longer stalls live events.
 */
const SUB = `subscription { caseEvents { caseId event { type } } }`;
const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`;

interface Notice {
  caseEvents: { caseId: string; event: { type: string } };
}

describe('the event feed horizon', () => {
  let t: TestServer;
  let kader: GraphQLClient;
  let caseId: string;
  const other = `psp_horizon_${randomBytes(4).toString('hex')}`;
  let otherDb: pg.Client;
  const admin = new pg.Client({ connectionString: adminUrl() });

  beforeAll(async () => {
    t = await startTestServer({ plugins: await loadInstalledPlugins() });
    kader = await t.as('kader.gombang');
    caseId = (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: pendidikanInput() }))
      .registerCase.id;
    await admin.connect();
    await admin.query(`create database ${other}`);
    const url = new URL(adminUrl());
    url.pathname = `/${other}`;
    otherDb = new pg.Client({ connectionString: url.toString() });
    await otherDb.connect();
  });
  afterAll(async () => {
    await otherDb?.end().catch(() => undefined);
    await admin.query(`drop database if exists ${other} with (force)`).catch(() => undefined);
    await admin.end().catch(() => undefined);
    await t?.close();
  });

  const insertEvent = (client: pg.ClientBase | pg.Pool, type: string) =>
    client.query(`insert into case_event (case_id, type, payload, occurred_at) values ($1, $2, '{}', now())`, [
      caseId,
      type,
    ]);

  it('an open transaction of another database does not hold an event back', async () => {
    const sub = t.subscribe<Notice>(kader.token, SUB);
    await new Promise((r) => setTimeout(r, 300));
    await otherDb.query('begin');
    await otherDb.query('select pg_current_xact_id()'); // it now has a transaction id, older than the event's
    try {
      await insertEvent(t.sql, 'BENCH_ONE');
      const [notice] = await sub.waitFor(1, 8_000);
      expect(notice?.caseEvents.event.type).toBe('BENCH_ONE');
    } finally {
      await otherDb.query('rollback');
      await sub.close();
    }
  });

  it('an open transaction of this database holds later events back, then its own event comes first', async () => {
    const sub = t.subscribe<Notice>(kader.token, SUB);
    await new Promise((r) => setTimeout(r, 300));
    const older = await t.sql.connect();
    try {
      await older.query('begin');
      await insertEvent(older, 'BENCH_OLDER'); // its transaction id is the older one
      await insertEvent(t.sql, 'BENCH_LATER'); // commits first
      await new Promise((r) => setTimeout(r, 2_500)); // past the feed's 2 s poll
      expect(sub.received).toEqual([]);
      await older.query('commit');
      const notices = await sub.waitFor(2, 8_000);
      expect(notices.map((n) => n.caseEvents.event.type)).toEqual(['BENCH_OLDER', 'BENCH_LATER']);
    } finally {
      older.release();
      await sub.close();
    }
  });

  it('a held-back event comes when the older transaction ends without writing an event (no NOTIFY)', async () => {
    const sub = t.subscribe<Notice>(kader.token, SUB);
    await new Promise((r) => setTimeout(r, 300));
    const older = await t.sql.connect();
    try {
      await older.query('begin');
      await older.query('select pg_current_xact_id()');
      await insertEvent(t.sql, 'BENCH_HELD');
      await new Promise((r) => setTimeout(r, 500));
      expect(sub.received).toEqual([]);
      await older.query('commit');
      const [notice] = await sub.waitFor(1, 8_000);
      expect(notice?.caseEvents.event.type).toBe('BENCH_HELD');
    } finally {
      older.release();
      await sub.close();
    }
  });
});

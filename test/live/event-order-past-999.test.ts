import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { createLogger } from '@posyandu-spm/server';
import {
  startTestServer,
  startWebhookReceiver,
  TestClock,
  type TestServer,
  type TestWebhookReceiver,
} from '@posyandu-spm/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The feed itself, as a restarted server instance builds it: its start is not reachable otherwise
// (a subscriber can only connect after the server has started, when the first read is over).
import { EventFeed, type FeedEvent } from '../../packages/server/src/live/event-feed.js';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const SUB = `subscription ($after: String) { caseEvents(after: $after) { cursor event { type } } }`;
const CREATE = `mutation ($unit: ID!, $url: String!) {
  createWebhookEndpoint(orgUnitId: $unit, url: $url, description: "SIM Dinas Pendidikan") { secret } }`;

interface Notice {
  caseEvents: { cursor: string; event: { type: string } };
}

/**
 * Case events are read in (transaction id, event id) order. When those were ordered by their text
 * (an unqualified ORDER BY name meant the `id::text` output alias, fixed in 95e2182), '999' sorted
 * after '1000': a restarted feed began at an old event and handed everything after it out again,
 * and a webhook batch crossing a power of ten moved the endpoint's cursor past events it had not
 * sent. Here the event ids cross 999 → 1000 and 9,999 → 10,000 (the sequence set with setval) in
 * one transaction each, so only the event id orders them.
 */
describe('case events whose ids cross a power of ten keep their number order', () => {
  let t: TestServer;
  let restarted: TestServer | undefined;
  let receiver: TestWebhookReceiver;
  let secret = '';
  let caseId: string;

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock: new TestClock('2026-11-23T02:00:00Z'),
      allowPrivateWebhookTargets: true,
    });
    receiver = await startWebhookReceiver(() => secret);
    caseId = (await caseForwardedToOpd(t)).id;
  });
  afterAll(async () => {
    await receiver?.close();
    await restarted?.close();
    await t?.close();
  });

  /** `count` events of the case in ONE transaction, numbered from `first` on: types `CROSS_<id>`. */
  async function eventsInOneTransaction(first: number, count: number): Promise<string[]> {
    const { rows: latest } = await t.sql.query<{ max: string }>('select max(id)::text as max from case_event');
    expect(Number(latest[0]?.max), 'the events so far are numbered below the crossing').toBeLessThan(first);
    await t.sql.query(`select setval(pg_get_serial_sequence('case_event', 'id'), $1)`, [first - 1]);
    const { rows } = await t.sql.query<{ id: string }>(
      `with ids as (select nextval(pg_get_serial_sequence('case_event', 'id')) as n from generate_series(1, $2))
       insert into case_event (id, case_id, type, payload, occurred_at)
       select n, $1, 'CROSS_' || n, '{}', now() from ids returning id::text`,
      [caseId, count],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Waits until no transaction of the cluster older than the last event's is running: a feed
   * starting earlier begins before it (`pg_snapshot_xmin`, cluster-wide; other databases' tests
   * share this server) and rightly hands it out as new.
   */
  async function untilFinal(): Promise<void> {
    await expect
      .poll(
        async () =>
          (
            await t.sql.query<{ final: boolean }>(
              `select pg_snapshot_xmin(pg_current_snapshot()) > (select max(tx_id) from case_event) as final`,
            )
          ).rows[0]?.final,
        { timeout: 30_000, interval: 100 },
      )
      .toBe(true);
  }

  async function newEvent(type: string): Promise<string> {
    const { rows } = await t.sql.query<{ id: string }>(
      `insert into case_event (case_id, type, payload, occurred_at) values ($1, $2, '{}', now()) returning id::text`,
      [caseId, type],
    );
    return rows[0]?.id as string;
  }

  it('a feed started again begins after the last event (1004, not 999): the next batch is only the new event', async () => {
    const crossing = await eventsInOneTransaction(995, 10);
    expect(crossing).toEqual(['995', '996', '997', '998', '999', '1000', '1001', '1002', '1003', '1004']);
    const pool = new pg.Pool({ connectionString: t.databaseUrl, max: 2 });
    await untilFinal();
    const feed = new EventFeed(pool, createLogger('silent'), { registry: t.server.registry, pollMs: 100 });
    const handedOut: FeedEvent[] = [];
    feed.onEvents((batch) => handedOut.push(...batch));
    try {
      await feed.start();
      // Its first reads (at start, then polls) find nothing new: every event here was there before it.
      await new Promise((r) => setTimeout(r, 500));
      expect(
        handedOut.map((e) => e.position.id),
        'events handed out again after a restart',
      ).toEqual([]);
      const fresh = await newEvent('AFTER_RESTART');
      await expect.poll(() => handedOut.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 300));
      expect(handedOut.map((e) => [e.position.id, e.type])).toEqual([[fresh, 'AFTER_RESTART']]);
    } finally {
      await feed.close();
      await pool.end();
    }
  });

  it('a subscriber resuming from the cursor of event 999 on a restarted instance gets 1000…1004 once each, in order, then live ones', async () => {
    const kades = await t.as('kades.gombang');
    // Event 999's cursor, as a client kept it from before the restart.
    const { rows } = await t.sql.query<{ tx: string }>(`select tx_id::text as tx from case_event where id = 999`);
    const cursorOf999 = Buffer.from(`e1:${rows[0]?.tx}:999`).toString('base64url');
    restarted = await startTestServer({ plugins: [pendidikanPlugin], sameDatabaseAs: t, clock: t.clock });
    // What a client must get from there: every event after 999 by number, whatever the tests above added.
    const after999 = (
      await t.sql.query<{ type: string }>(
        `select type from case_event where (tx_id, id) > ((select tx_id from case_event where id = 999), 999)
          order by case_event.tx_id, case_event.id`,
      )
    ).rows.map((r) => r.type);
    expect(after999.slice(0, 5)).toEqual(['CROSS_1000', 'CROSS_1001', 'CROSS_1002', 'CROSS_1003', 'CROSS_1004']);
    const resumed = restarted.subscribe<Notice>(kades.token, SUB, { after: cursorOf999 });
    try {
      await resumed.waitFor(after999.length, 10_000);
      await newEvent('LIVE_AFTER_RESUME');
      await resumed.waitFor(after999.length + 1, 10_000);
      await new Promise((r) => setTimeout(r, 500)); // nothing more comes
      expect(resumed.received.map((n) => n.caseEvents.event.type)).toEqual([...after999, 'LIVE_AFTER_RESUME']);
    } finally {
      await resumed.close();
    }
  });

  it('a webhook batch crossing 9,999 → 10,000 goes out in id order, and the cursor passes no unsent event', async () => {
    const admin = await t.as('admin.klaten');
    const opdUnit = (
      await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Dinas Pendidikan Kabupaten Klaten'`)
    ).rows[0]?.id;
    secret = (
      await admin.request<{ createWebhookEndpoint: { secret: string } }>(CREATE, { unit: opdUnit, url: receiver.url })
    ).createWebhookEndpoint.secret;
    // The endpoint begins at the cluster's horizon: it may still get the events of the tests above. Let it.
    await untilFinal();
    await t.server.deliverWebhooks();
    receiver.received.length = 0;
    await t.sql.query('delete from webhook_delivery');
    // 601 events in one transaction: more than one fan-out batch (500), the first of them below 10,000.
    const crossing = await eventsInOneTransaction(9900, 601);
    expect([crossing[0], crossing[99], crossing[100], crossing.at(-1)]).toEqual(['9900', '9999', '10000', '10500']);
    // The first fan-out takes the first 500 by number (9,900…10,399) and leaves the cursor there.
    let fannedOut = 0;
    for (let i = 0; i < 100 && !fannedOut; i += 1) {
      if (i) await new Promise((r) => setTimeout(r, 100)); // the horizon may wait for other databases' transactions
      fannedOut = (await t.server.deliverWebhooks()).fannedOut;
    }
    expect(fannedOut).toBe(500);
    const first = await t.sql.query<{ event_id: string }>(
      // bigint comes as text from pg
      'select event_id from webhook_delivery order by event_id',
    );
    expect(first.rows.map((r) => r.event_id)).toEqual(crossing.slice(0, 500));
    const { rows } = await t.sql.query<{ cursor: string }>(
      'select cursor_event_id::text as cursor from webhook_endpoint',
    );
    expect(rows, 'the cursor stops at the last event given a delivery').toEqual([{ cursor: '10399' }]);
    for (let i = 0; i < 200 && receiver.received.length < crossing.length; i += 1) {
      const run = await t.server.deliverWebhooks();
      if (!run.fannedOut && !run.delivered) await new Promise((r) => setTimeout(r, 100));
    }
    await t.server.deliverWebhooks();
    expect(receiver.received.map((r) => r.id)).toEqual(crossing.map((id) => `evt_${id}`));
  }, 120_000);
});

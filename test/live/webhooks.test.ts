import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import {
  startTestServer,
  startWebhookReceiver,
  TestClock,
  verifyStandardWebhook,
  type TestServer,
  type TestWebhookReceiver,
} from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseForwardedToOpd } from '../security/helpers/pendidikan-flow.js';

const CREATE = `mutation ($unit: ID!, $url: String!, $types: [String!]) {
  createWebhookEndpoint(orgUnitId: $unit, url: $url, description: "SIM Dinas Pendidikan", eventTypes: $types) {
    secret endpoint { id url eventTypes pendingCount deadCount } } }`;
const DELIVERIES = `query ($id: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $id, status: $status) {
  id webhookId eventType status attempts lastStatus attemptLog { status error } } }`;
const ACT = `mutation ($id: ID!, $v: Int!, $action: String!) {
  performAction(caseId: $id, action: $action, expectedVersion: $v, input: { note: "Diproses oleh sistem." }) { version } }`;

interface Delivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  attemptLog: Array<{ status: number | null; error: string | null }>;
}

/** Signed webhooks (Standard Webhooks) from the event outbox to a real HTTP receiver (issue 17). */
describe('webhooks: signed, retried with backoff, dead-lettered and replayed, never to private addresses', () => {
  let t: TestServer;
  let strict: TestServer;
  let receiver: TestWebhookReceiver;
  let secret = '';
  let endpointId: string;
  let opdUnit: string;
  let caseId: string;
  let version: number;
  const admin = () => t.as('admin.klaten');
  const deliveries = async (status?: string) =>
    (await (await admin()).request<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { id: endpointId, status }))
      .webhookDeliveries;
  /** Runs the webhook worker `times` times, the clock moving on 10 minutes before each. */
  const deliverRounds = async (times: number) => {
    for (let i = 0; i < times; i += 1) {
      t.clock.advance(10 * 60_000);
      await t.server.deliverWebhooks();
    }
  };
  /** Runs the worker until the receiver got `count` requests (the event horizon may wait for other databases' transactions). */
  const deliverUntil = async (count: number) => {
    for (let i = 0; i < 100 && receiver.received.length < count; i += 1) {
      if (i) await new Promise((r) => setTimeout(r, 100));
      await t.server.deliverWebhooks();
    }
  };

  beforeAll(async () => {
    t = await startTestServer({
      plugins: [pendidikanPlugin],
      clock: new TestClock('2026-11-23T02:00:00Z'),
      allowPrivateWebhookTargets: true,
    });
    strict = await startTestServer({ plugins: [pendidikanPlugin], sameDatabaseAs: t, clock: t.clock });
    receiver = await startWebhookReceiver(() => secret);
    opdUnit = (
      await t.sql.query<{ id: string }>(`select id from org_unit where name = 'Dinas Pendidikan Kabupaten Klaten'`)
    ).rows[0]!.id;
  });
  afterAll(async () => {
    await receiver?.close();
    await strict?.close();
    await t?.close();
  });

  it('a private, loopback or link-local URL is refused with WEBHOOK_TARGET_REFUSED unless the operator allows it', async () => {
    const strictAdmin = await strict.as('admin.klaten');
    for (const url of [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://10.1.2.3/hook',
      'http://192.168.1.10/hook',
      'http://[::1]/hook',
      'http://[::ffff:10.0.0.1]/hook',
      'ftp://example.org/hook',
    ]) {
      const error = await strictAdmin.error(CREATE, { unit: opdUnit, url });
      expect(error.extensions?.code, url).toBe('WEBHOOK_TARGET_REFUSED');
    }
    expect((await t.sql.query('select 1 from webhook_endpoint')).rows).toEqual([]);
  });

  it('every event of a case routed to the unit reaches the receiver once, signed as Standard Webhooks says', async () => {
    const created = (
      await (
        await admin()
      ).request<{ createWebhookEndpoint: { secret: string; endpoint: { id: string; eventTypes: null } } }>(CREATE, {
        unit: opdUnit,
        url: receiver.url,
      })
    ).createWebhookEndpoint;
    secret = created.secret;
    endpointId = created.endpoint.id;
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const forwarded = await caseForwardedToOpd(t);
    caseId = forwarded.id;
    version = forwarded.version;
    const events = (
      await t.sql.query<{ id: string; type: string }>(
        'select id::text, type from case_event where case_id = $1 order by id',
        [caseId],
      )
    ).rows;
    await deliverUntil(events.length);
    expect(receiver.received.map((r) => r.id)).toEqual(events.map((e) => `evt_${e.id}`));
    expect(receiver.received.every((r) => r.validSignature)).toBe(true);
    expect(receiver.received.map((r) => r.payload.type)).toEqual(events.map((e) => `case.${e.type.toLowerCase()}`));
    expect(receiver.received.at(-1)?.payload.data).toMatchObject({
      caseId,
      sectorId: 'pendidikan',
      action: 'forward-to-opd',
      toStatus: 'forwarded-to-opd',
    });
    // No personal data in a webhook: the receiver fetches the case with its API key.
    expect(receiver.received.map((r) => r.body).join('')).not.toMatch(/3310055708850003|Sri Lestari/);
    // A second run sends nothing again.
    await t.server.deliverWebhooks();
    expect(receiver.received).toHaveLength(events.length);
    // The same signature does not verify a changed body.
    const last = receiver.received.at(-1)!;
    expect(
      verifyStandardWebhook(secret, last.id, last.timestamp, last.body.replace('forward', 'fake'), last.signature),
    ).toBe(false);
  });

  it('a receiver answering 500 three times then 200 gets the event exactly once more, with the same id', async () => {
    const before = receiver.received.length;
    receiver.answerNext(500, 500, 500);
    t.clock.advance(60_000);
    version = (
      await (
        await t.as('opd.pendidikan')
      ).request<{ performAction: { version: number } }>(ACT, { id: caseId, v: version, action: 'record-opd-follow-up' })
    ).performAction.version;
    await deliverUntil(before + 1);
    await deliverRounds(6);
    const got = receiver.received.slice(before);
    expect(got.map((r) => r.answered)).toEqual([500, 500, 500, 200]);
    expect(new Set(got.map((r) => r.id)).size).toBe(1);
    expect(got.every((r) => r.validSignature)).toBe(true);
    const [delivery] = (await deliveries('DELIVERED')).filter((d) => d.webhookId === got[0]?.id);
    expect(delivery).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatus: 200 });
    expect(delivery?.attemptLog.map((a) => a.status)).toEqual([500, 500, 500, 200]);
  });

  it('after a day of failures the delivery is a dead letter; the admin replays it with the same id', async () => {
    const before = receiver.received.length;
    receiver.answerNext(...Array<number>(40).fill(503));
    t.clock.advance(60_000);
    await (await t.as('opd.pendidikan')).request(ACT, { id: caseId, v: version, action: 'complete' });
    await deliverUntil(before + 1);
    // Backoff grows to 2 hours at most: a day and a little more of rounds.
    for (let i = 0; i < 30; i += 1) {
      t.clock.advance(60 * 60_000);
      await t.server.deliverWebhooks();
    }
    const [dead] = await deliveries('DEAD');
    expect(dead).toMatchObject({ status: 'DEAD', lastStatus: 503 });
    const deadAttempts = receiver.received.length - before;
    expect(dead?.attempts).toBe(deadAttempts);
    const listed = (
      await (
        await admin()
      ).request<{ webhookEndpoints: Array<{ deadCount: number; pendingCount: number }> }>(
        '{ webhookEndpoints { deadCount pendingCount } }',
      )
    ).webhookEndpoints;
    expect(listed).toEqual([{ deadCount: 1, pendingCount: 0 }]);
    // The receiver is fixed; nothing is sent until the admin replays the dead letter.
    receiver.clearAnswers();
    const mark = receiver.received.length;
    await deliverRounds(3);
    expect(receiver.received.length).toBe(mark);
    const replayed = await (
      await admin()
    ).request<{ replayWebhookDelivery: { status: string } }>(
      'mutation ($id: ID!) { replayWebhookDelivery(id: $id) { status } }',
      { id: dead?.id },
    );
    expect(replayed.replayWebhookDelivery.status).toBe('PENDING');
    await t.server.deliverWebhooks();
    expect(receiver.received.slice(mark).map((r) => [r.id, r.answered])).toEqual([[dead?.webhookId, 200]]);
    expect((await deliveries('DELIVERED')).map((d) => d.webhookId)).toContain(dead?.webhookId);
  });

  it('a delivery is refused at sending time too when the server does not allow private targets', async () => {
    const before = (await t.sql.query('select count(*)::int as n from webhook_attempt')).rows[0].n as number;
    t.clock.advance(60_000);
    await t.sql.query(
      `insert into case_event (case_id, type, holder_id, payload, occurred_at)
       select id, 'WARNING_ADDED', holder_id, '{}', $2 from spm_case where id = $1`,
      [caseId, t.clock.now()],
    );
    for (let i = 0; i < 100; i += 1) {
      await strict.server.deliverWebhooks();
      const errors = await t.sql.query<{ error: string }>('select error from webhook_attempt order by id offset $1', [
        before,
      ]);
      if (errors.rows.length) {
        expect(errors.rows[0]?.error).toMatch(/WEBHOOK_TARGET_REFUSED|private, loopback or link-local/);
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the strict server never tried the delivery');
  });
});

import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { startTestServer, TestClock, type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const NOTIFICATIONS = `subscription ($after: String) {
  notificationAdded(after: $after) { cursor notifications { kind message { id en } readAt case { code } } } }`;
const CASE_EVENTS = `subscription ($after: String) { caseEvents(after: $after) { cursor event { type } } }`;

interface NotificationNotice {
  notificationAdded: {
    cursor: string;
    notifications: Array<{
      kind: string;
      message: { id: string; en: string };
      readAt: string | null;
      case: { code: string } | null;
    }>;
  };
}

const settle = () => new Promise((r) => setTimeout(r, 400));

/**
 * Registered Monday 23 November 2026, 09:00 WIB: due at the end of Monday 30
 * November. The clock runs on A; everyone listens on B.
 */
describe('notificationAdded over graphql-ws: my own notifications, live and resumable, across instances', () => {
  const clock = new TestClock('2026-11-23T02:00:00Z');
  let a: TestServer;
  let b: TestServer;
  let kader: GraphQLClient;
  let village: GraphQLClient;
  let otherKader: GraphQLClient;
  let code: string;
  let dueSoonCursor: string;

  /** The cursor of the (only) event of this type, as the server encodes it (opaque to clients). */
  async function cursorOf(type: string): Promise<string> {
    const res = await a.sql.query<{ id: string; tx_id: string }>(
      'select id::text as id, tx_id::text as tx_id from case_event where type = $1',
      [type],
    );
    const row = res.rows[0];
    if (!row || res.rows.length !== 1) throw new Error(`expected one ${type} event`);
    return Buffer.from(`e1:${row.tx_id}:${row.id}`).toString('base64url');
  }

  beforeAll(async () => {
    a = await startTestServer({ plugins: await loadInstalledPlugins(), clock });
    b = await startTestServer({ plugins: await loadInstalledPlugins(), clock, sameDatabaseAs: a });
    [kader, village, otherKader] = await Promise.all([
      b.as('kader.gombang'),
      b.as('perangkat.gombang'),
      b.as('kader.pogung'),
    ]);
    const registered = await (
      await a.as('kader.gombang')
    ).request<{ registerCase: { code: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { code } }',
      { input: pendidikanInput() },
    );
    code = registered.registerCase.code;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('delivers DUE_SOON to the holding Posyandu’s kader only, and OVERDUE plus the escalation to the village', async () => {
    const kaderSub = b.subscribe<NotificationNotice>(kader.token, NOTIFICATIONS);
    const villageSub = b.subscribe<NotificationNotice>(village.token, NOTIFICATIONS);
    const otherSub = b.subscribe<NotificationNotice>(otherKader.token, NOTIFICATIONS);
    await settle();

    clock.set('2026-11-29T17:00:01Z'); // 00:00:01 WIB on Monday 30 November, the last working day
    expect(await a.server.tickDeadlines()).toEqual({ dueSoon: 1, overdue: 0, escalated: 0 });
    const [dueSoon] = await kaderSub.waitFor(1);
    dueSoonCursor = dueSoon?.notificationAdded.cursor ?? '';
    expect(dueSoonCursor).toBe(await cursorOf('DEADLINE_DUE_SOON'));
    expect(dueSoon?.notificationAdded.notifications).toEqual([
      {
        kind: 'DEADLINE_DUE_SOON',
        message: {
          id: `Hari ini hari kerja terakhir untuk kasus ${code}.`,
          en: `Today is the last working day for case ${code}.`,
        },
        readAt: null,
        case: { code },
      },
    ]);

    clock.set('2026-11-30T17:00:00Z'); // 00:00 WIB Tuesday: overdue
    expect(await a.server.tickDeadlines()).toEqual({ dueSoon: 0, overdue: 1, escalated: 0 });
    const [, overdue] = await kaderSub.waitFor(2);
    expect(overdue?.notificationAdded.notifications.map((n) => n.kind)).toEqual(['DEADLINE_OVERDUE']);
    const [escalated] = await villageSub.waitFor(1);
    expect(escalated?.notificationAdded.notifications).toMatchObject([{ kind: 'ESCALATED', case: { code } }]);

    await settle();
    expect(villageSub.received).toHaveLength(1);
    expect(otherSub.received).toEqual([]);
    await Promise.all([kaderSub.close(), villageSub.close(), otherSub.close()]);
  });

  it('resumes from a cursor: a kader who was offline gets what they missed, in order, then nothing twice', async () => {
    // The kader saw DUE_SOON, then went offline; OVERDUE arrived meanwhile.
    const resumed = b.subscribe<NotificationNotice>(kader.token, NOTIFICATIONS, { after: dueSoonCursor });
    const [missed] = await resumed.waitFor(1);
    expect(missed?.notificationAdded.notifications.map((n) => n.kind)).toEqual(['DEADLINE_OVERDUE']);
    await settle();
    expect(resumed.received).toHaveLength(1);
    await resumed.close();
  });

  it('refuses a cursor older than the replay window with CURSOR_EXPIRED, telling the client to refetch', async () => {
    const cursor = await cursorOf('REGISTERED');

    // Within the 30-day window (registered 23 November; now 30 November) it replays.
    const recent = b.subscribe<{ caseEvents: { event: { type: string } } }>(kader.token, CASE_EVENTS, {
      after: cursor,
    });
    expect((await recent.waitFor(2)).map((n) => n.caseEvents.event.type)).toEqual([
      'DEADLINE_DUE_SOON',
      'DEADLINE_OVERDUE',
    ]);
    await recent.close();

    clock.set('2026-12-24T02:00:00Z'); // 31 days after the registration
    for (const query of [CASE_EVENTS, NOTIFICATIONS]) {
      const old = b.subscribe<unknown>(kader.token, query, { after: cursor });
      await old.waitFor(1, 3000).catch(() => undefined);
      expect(old.received).toEqual([]);
      const errors = JSON.stringify(old.errors);
      expect(errors).toContain('CURSOR_EXPIRED');
      expect(errors).toContain('Refetch the case lists, then subscribe again without `after`.');
      expect(errors).toContain('Muat ulang daftar kasus');
      await old.close();
    }
  });

  it('refuses a well-formed cursor that names no event of this system', async () => {
    const unknown = Buffer.from('e1:999999999:999999999').toString('base64url');
    const sub = b.subscribe<unknown>(kader.token, CASE_EVENTS, { after: unknown });
    await sub.waitFor(1, 3000).catch(() => undefined);
    expect(JSON.stringify(sub.errors)).toContain('CURSOR_EXPIRED');
    await sub.close();
  });
});

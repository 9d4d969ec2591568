import { loadInstalledPlugins } from '@posyandu-spm/api';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { trantibumlinmasInput, victim } from '@posyandu-spm/plugin-trantibumlinmas/fixtures';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Notice {
  caseEvents: {
    caseId: string;
    event: { type: string };
    case: { code: string; beneficiaries: Array<{ name: string | null; nik: string | null; relation: string }> };
  };
}

/**
 * A graphql-transport-ws client written by hand on `ws`, so the test can stop reading
 * (`pause`) as a phone on a dead connection would, and see the close code it gets.
 */
function rawSubscriber(url: string, token: string, query: string) {
  const socket = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
  const state = { nexts: 0, closeCode: null as number | null };
  const closed = new Promise<number>((resolve) =>
    socket.on('close', (code) => {
      state.closeCode = code;
      resolve(code);
    }),
  );
  socket.on('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })),
  );
  socket.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { type: string };
    if (message.type === 'connection_ack')
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    if (message.type === 'next') state.nexts += 1;
  });
  return { socket, state, closed };
}

describe('live fan-out: one execution per document, variables and visibility class', () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock: new TestClock('2026-11-23T02:00:00Z'),
      limits: { ws: { maxBufferedBytes: 64 * 1024 } },
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('one document, two visibility classes: the KDRT victim is shown to the Trantibumlinmas section and sealed from the village officer', async () => {
    const [trantibum, perangkat] = await Promise.all([t.as('trantibum.gombang'), t.as('perangkat.gombang')]);
    const SUB = `subscription ($after: String) {
      caseEvents(after: $after) { caseId event { type } case { code beneficiaries { name nik relation } } } }`;
    const section = t.subscribe<Notice>(trantibum.token, SUB);
    const village = t.subscribe<Notice>(perangkat.token, SUB);
    // Another socket of the village officer's class, differing only in the resume cursor (none): the same group.
    const villageAgain = t.subscribe<Notice>(perangkat.token, SUB, { after: null });
    await sleep(300);
    const c = (
      await trantibum.request<{ registerCase: { id: string; code: string } }>(REGISTER, {
        input: trantibumlinmasInput(),
      })
    ).registerCase;

    const [seenBySection] = await section.waitFor(1);
    const [seenByVillage] = await village.waitFor(1);
    await villageAgain.waitFor(1);
    expect(seenBySection?.caseEvents).toMatchObject({
      caseId: c.id,
      event: { type: 'REGISTERED' },
      case: { code: c.code, beneficiaries: [{ name: victim.name, nik: victim.nik, relation: victim.relation }] },
    });
    expect(seenByVillage?.caseEvents).toMatchObject({
      caseId: c.id,
      case: { code: c.code, beneficiaries: [{ name: null, nik: null, relation: victim.relation }] },
    });
    const villageText = JSON.stringify([village.received, villageAgain.received]);
    expect(villageText).not.toContain(victim.nik);
    expect(villageText).not.toContain(victim.name);
    expect(villageAgain.received).toEqual(village.received);

    // The sensitive read is audited for the one who was shown it, and only for them.
    const audited = await t.sql.query<{ username: string }>(
      `select distinct u.username from audit_log a join app_user u on u.id = a.user_id
       where a.case_id = $1 and a.kind = 'READ'`,
      [c.id],
    );
    expect(audited.rows.map((r) => r.username)).toEqual(['trantibum.gombang']);
    await Promise.all([section.close(), village.close(), villageAgain.close()]);
  });

  it('a subscriber that stops reading is closed with 4413 and holds up nobody', async () => {
    const kader = await t.as('kader.gombang');
    const SUB = 'subscription { caseEvents { cursor event { type note } } }';
    const fast = t.subscribe<{ caseEvents: { event: { type: string } } }>(kader.token, SUB);
    const slow = rawSubscriber(t.url, kader.token as string, SUB);
    await sleep(300);
    const c = (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: pendidikanInput() }))
      .registerCase;
    await fast.waitFor(1);
    for (let i = 0; i < 100 && slow.state.nexts < 1; i += 1) await sleep(50);
    expect(slow.state.nexts).toBe(1);

    slow.socket.pause();
    // 1,000 notes of 8 KB committed at once: ~8 MB, more than the kernel's socket buffers take in.
    await t.sql.query(
      `insert into case_event (case_id, type, payload, note, occurred_at)
       select $1, 'NOTE_ADDED', '{}'::jsonb, repeat('x', 8192), now() from generate_series(1, 1000)`,
      [c.id],
    );
    const all = await fast.waitFor(1001, 120_000);
    expect(all.at(-1)?.caseEvents.event.type).toBe('NOTE_ADDED');
    expect(fast.closeCode).toBeNull();

    slow.socket.resume();
    expect(await slow.closed).toBe(4413);
    expect(slow.state.nexts).toBeLessThan(1001);
    await fast.close();
  });
});

import type { AddressInfo } from 'node:net';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { emailChannel } from '@posyandu-spm/server';
import { startTestServer, TestClock, type TestServer } from '@posyandu-spm/testing';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/** A real SMTP server on loopback that keeps what it receives, and can be stopped and started again. */
class TestSmtp {
  readonly received: Array<{ to: string[]; data: string }> = [];
  private server: SMTPServer | null = null;
  port = 0;

  async start(port = 0): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          this.received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server?.listen(port, '127.0.0.1', () => resolve()));
    this.port = (
      (this.server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo
    ).port;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

describe('e-mail notifications through the outbox survive an SMTP outage, sent exactly once', () => {
  const smtp = new TestSmtp();
  const clock = new TestClock('2026-02-13T02:00:00Z');
  let t: TestServer;

  beforeAll(async () => {
    await smtp.start();
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      clock,
      channels: [emailChannel(`smtp://127.0.0.1:${smtp.port}`, 'posyandu@test.invalid')],
    });
    await t.sql.query(`update app_user set email = 'sri.kader@gombang.test' where username = 'kader.gombang'`);
    const kader = await t.as('kader.gombang');
    await kader.request('mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }', {
      input: pendidikanInput(),
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('queues the due-soon reminder for 08:00 WIB, not midnight', async () => {
    clock.set('2026-02-23T17:00:01Z'); // Tuesday 24 February, 00:00:01 WIB
    expect(await t.server.tickDeadlines()).toEqual({ dueSoon: 1, overdue: 0, escalated: 0 });
    const queued = await t.sql.query<{ recipient: string; deliver_after: Date }>(
      'select recipient, deliver_after from outbox_message',
    );
    expect(queued.rows).toEqual([
      { recipient: 'sri.kader@gombang.test', deliver_after: new Date('2026-02-24T01:00:00Z') },
    ]);
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 0 });
  });

  it('fails while the SMTP server is down, keeps the message, and delivers it once it is back', async () => {
    const port = smtp.port;
    await smtp.stop();
    clock.set('2026-02-24T01:00:01Z');
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 1 });
    const failed = await t.sql.query<{ attempts: number; sent_at: Date | null; last_error: string }>(
      'select attempts, sent_at, last_error from outbox_message',
    );
    expect(failed.rows[0]).toMatchObject({
      attempts: 1,
      sent_at: null,
      last_error: expect.stringMatching(/ECONNREFUSED|connect/i),
    });

    await smtp.start(port);
    clock.set('2026-02-24T01:00:30Z'); // still backing off (1 minute)
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 0 });
    clock.set('2026-02-24T01:02:00Z');
    expect(await t.server.deliverOutbox()).toEqual({ sent: 1, failed: 0 });
    expect(await t.server.deliverOutbox()).toEqual({ sent: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.to).toEqual(['sri.kader@gombang.test']);
    expect(smtp.received[0]?.data).toMatch(/Hari ini hari kerja terakhir untuk kasus SPM-/);
  });
});

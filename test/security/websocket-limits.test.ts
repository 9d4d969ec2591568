import { createTokenService } from '@posyandu-spm/server';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadInstalledPlugins } from '@posyandu-spm/api';

const SUB = 'subscription { caseEvents { cursor caseId } }';
/** The secret startTestServer signs its tokens with. */
const TEST_SECRET = 'test-secret-that-is-long-enough-for-hs256';

interface Frame {
  type: string;
  id?: string;
  payload?: unknown;
}

/** A bare graphql-ws socket, to send exactly what an attacker would. */
class RawSocket {
  readonly frames: Frame[] = [];
  closeCode: number | null = null;
  unexpected: number | null = null;
  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.frames.push(JSON.parse(data.toString()) as Frame));
    ws.on('close', (code: number) => (this.closeCode = code));
  }

  static open(t: TestServer, headers: Record<string, string> = {}): Promise<RawSocket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(`${t.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
      const socket = new RawSocket(ws);
      ws.once('open', () => resolve(socket));
      ws.once('unexpected-response', (_req, res) => {
        socket.unexpected = res.statusCode ?? null;
        resolve(socket);
      });
      ws.once('error', (error) => (socket.unexpected === null ? reject(error) : undefined));
    });
  }

  send(frame: Frame): void {
    this.ws.send(JSON.stringify(frame));
  }

  async init(token: string | null): Promise<Frame | null> {
    this.send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
    return this.next((f) => f.type === 'connection_ack').catch(() => null);
  }

  async next(match: (f: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      if (this.closeCode !== null || Date.now() > deadline)
        throw new Error(`no such frame (closed: ${this.closeCode})`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async closed(timeoutMs = 5000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (this.closeCode === null) {
      if (Date.now() > deadline) throw new Error('the server did not close the socket');
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.closeCode;
  }

  async errorOf(id: string, query: string): Promise<Record<string, unknown> | undefined> {
    this.send({ id, type: 'subscribe', payload: { query } });
    const frame = await this.next((f) => f.id === id && (f.type === 'error' || f.type === 'next'));
    expect(frame.type).toBe('error');
    return (frame.payload as Array<{ extensions?: Record<string, unknown> }>)[0]?.extensions;
  }

  close(): void {
    this.ws.close();
  }
}

describe('the WebSocket path applies the same limits as HTTP', () => {
  let t: TestServer;
  let token: string;
  beforeAll(async () => {
    t = await startTestServer({
      plugins: await loadInstalledPlugins(),
      production: true,
      limits: {
        corsOrigins: ['https://spm.klatenkab.go.id'],
        ws: { maxConnectionsPerUser: 2, maxSubscriptionsPerConnection: 2 },
      },
    });
    token = (await t.as('kader.gombang')).token ?? '';
  });
  afterAll(() => t?.close());

  it('queries and mutations over the socket are refused with OPERATION_NOT_ALLOWED', async () => {
    const s = await RawSocket.open(t);
    await s.init(token);
    expect(await s.errorOf('q', '{ me { username } }')).toMatchObject({
      code: 'OPERATION_NOT_ALLOWED',
      messages: { en: expect.stringContaining('Only subscriptions') },
    });
    expect(
      await s.errorOf('m', 'mutation { login(username: "kader.gombang", password: "x") { token } }'),
    ).toMatchObject({ code: 'OPERATION_NOT_ALLOWED' });
    s.close();
  });

  it('a subscription nested too deep, or with too many aliases, gets the same coded errors as over HTTP', async () => {
    const s = await RawSocket.open(t);
    await s.init(token);
    const deep = `subscription { caseEvents { case { holder { ${'parent { '.repeat(8)}id${' }'.repeat(8)} } } } }`;
    expect(await s.errorOf('deep', deep)).toMatchObject({ code: 'QUERY_TOO_DEEP', details: { maxDepth: 10 } });
    const aliases = Array.from({ length: 21 }, (_, i) => `a${i}: cursor`).join(' ');
    expect(await s.errorOf('alias', `subscription { caseEvents { ${aliases} } }`)).toMatchObject({
      code: 'TOO_MANY_ALIASES',
    });
    const errors = (await s.errorOf('bad', 'subscription { caseEvents { nope } }')) ?? {};
    expect(errors.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|http/);
    s.close();
  });

  it('introspection is refused over the socket in production', async () => {
    const s = await RawSocket.open(t);
    await s.init(token);
    expect(await s.errorOf('i', '{ __schema { types { name } } }')).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
    s.close();
  });

  it('the upgrade is refused for a browser origin CORS does not allow; the allowed origin and no origin pass', async () => {
    const evil = await RawSocket.open(t, { origin: 'https://evil.example' });
    expect(evil.unexpected).toBe(403);
    const ok = await RawSocket.open(t, { origin: 'https://spm.klatenkab.go.id' });
    expect(ok.unexpected).toBeNull();
    expect(await ok.init(token)).toMatchObject({ type: 'connection_ack' });
    ok.close();
  });

  it('a message over 64 KiB closes the socket (1009), whatever it holds', async () => {
    const s = await RawSocket.open(t);
    await s.init(token);
    s.send({ id: 'big', type: 'subscribe', payload: { query: SUB, variables: { pad: 'x'.repeat(70 * 1024) } } });
    expect(await s.closed()).toBe(1009);
  });

  it('a third subscription on one connection is TOO_MANY_SUBSCRIPTIONS', async () => {
    const s = await RawSocket.open(t);
    await s.init(token);
    s.send({ id: '1', type: 'subscribe', payload: { query: SUB } });
    s.send({ id: '2', type: 'subscribe', payload: { query: SUB } });
    expect(await s.errorOf('3', SUB)).toMatchObject({ code: 'TOO_MANY_SUBSCRIPTIONS' });
    s.close();
  });

  it('a third socket of one user is closed with 4429; others may still connect', async () => {
    const first = await RawSocket.open(t);
    const second = await RawSocket.open(t);
    expect(await first.init(token)).not.toBeNull();
    expect(await second.init(token)).not.toBeNull();
    const third = await RawSocket.open(t);
    await third.init(token);
    expect(await third.closed()).toBe(4429);
    const other = await RawSocket.open(t);
    expect(await other.init((await t.as('perangkat.gombang')).token)).not.toBeNull();
    for (const s of [first, second, other]) s.close();
    // Closed sockets free their places.
    await new Promise((r) => setTimeout(r, 200));
    const again = await RawSocket.open(t);
    expect(await again.init(token)).not.toBeNull();
    again.close();
  });

  it('a token that expires while the socket is open closes it with 4403 at that moment', async () => {
    // A real login session, and a token for it signed like the server's own but valid for 2 seconds only.
    const tokens = createTokenService(TEST_SECRET, 2 / 60);
    const claims = await tokens.claims((await t.as('bidan.gombang')).token ?? '');
    if (!claims?.sessionId || claims.generation === null) throw new Error('login gave no session token');
    const { token: shortLived, expiresAt } = await tokens.sign(claims.userId, {
      id: claims.sessionId,
      generation: claims.generation,
    });
    const exp = Math.floor(expiresAt.getTime() / 1000);
    const s = await RawSocket.open(t);
    expect(await s.init(shortLived)).not.toBeNull();
    s.send({ id: 'live', type: 'subscribe', payload: { query: SUB } });
    const code = await s.closed(6000);
    expect(code).toBe(4403);
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000 - 50);
  });
});

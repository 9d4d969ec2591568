import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message the fake gateway accepted. */
export interface ReceivedSms {
  id: string;
  to: string;
  from: string | null;
  text: string;
  reference: string;
  callbackUrl: string | null;
}

export interface TestSmsGateway {
  /** The gateway's send address (`SMS_GATEWAY_URL`). */
  url: string;
  token: string;
  callbackSecret: string;
  accepted: ReceivedSms[];
  /** Every request with the status answered. */
  requests: Array<{ body: unknown; answered: number }>;
  /** The statuses to answer the next well-formed requests with; then 200. */
  failNext(...statuses: number[]): void;
  /** Posts a delivery report for an accepted message to its callbackUrl, signed with the shared secret (or `secret`). */
  report(
    messageId: string,
    status: 'SENT' | 'DELIVERED' | 'FAILED' | 'EXPIRED',
    options?: { error?: string; secret?: string },
  ): Promise<number>;
  close(): Promise<void>;
}

/**
 * A real HTTP server standing in for the SMS gateway, speaking the contract docs/operations.md
 * gives: `POST /v1/messages` with a bearer token and `{ to: "+62…", from?, text, reference,
 * callbackUrl? }` answers 200 `{ id }`; 401 for a wrong token, 422 `{ error }` for a bad number or
 * an empty or over-long text (10 SMS parts, 1530 characters); delivery reports go to the callback
 * as `{ id, reference, status, error?, timestamp }` with `X-Signature: sha256=<hex HMAC-SHA256>`.
 */
export async function startSmsGateway(): Promise<TestSmsGateway> {
  const token = randomBytes(16).toString('hex');
  const callbackSecret = randomBytes(16).toString('hex');
  const accepted: ReceivedSms[] = [];
  const requests: TestSmsGateway['requests'] = [];
  const failures: number[] = [];
  let next = 1;

  const answer = (req: http.IncomingMessage, body: Record<string, unknown>): { status: number; body: unknown } => {
    if (req.method !== 'POST' || req.url !== '/v1/messages') return { status: 404, body: { error: 'not found' } };
    if (req.headers.authorization !== `Bearer ${token}`) return { status: 401, body: { error: 'invalid token' } };
    if (typeof body.to !== 'string' || !/^\+62\d{8,13}$/.test(body.to)) {
      return { status: 422, body: { error: 'to: an Indonesian number in +62 form' } };
    }
    if (typeof body.text !== 'string' || !body.text.trim() || body.text.length > 1530) {
      return { status: 422, body: { error: 'text: 1 to 1530 characters' } };
    }
    if (typeof body.reference !== 'string' || !body.reference)
      return { status: 422, body: { error: 'reference required' } };
    const failure = failures.shift();
    if (failure) return { status: failure, body: { error: 'upstream operator unavailable' } };
    const id = `sms-${next++}`;
    accepted.push({
      id,
      to: body.to,
      from: typeof body.from === 'string' ? body.from : null,
      text: body.text,
      reference: body.reference,
      callbackUrl: typeof body.callbackUrl === 'string' ? body.callbackUrl : null,
    });
    return { status: 200, body: { id, status: 'QUEUED' } };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      let reply;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        reply = answer(req, body);
      } catch {
        reply = { status: 400, body: { error: 'invalid JSON' } };
      }
      requests.push({ body, answered: reply.status });
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1/messages`,
    token,
    callbackSecret,
    accepted,
    requests,
    failNext: (...statuses) => failures.push(...statuses),
    async report(messageId, status, options = {}) {
      const message = accepted.find((m) => m.id === messageId);
      if (!message?.callbackUrl) throw new Error(`no callbackUrl for ${messageId}`);
      const payload = JSON.stringify({
        id: messageId,
        reference: message.reference,
        status,
        ...(options.error ? { error: options.error } : {}),
        timestamp: new Date().toISOString(),
      });
      const signature = createHmac('sha256', options.secret ?? callbackSecret)
        .update(payload)
        .digest('hex');
      const response = await fetch(message.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': `sha256=${signature}` },
        body: payload,
      });
      return response.status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

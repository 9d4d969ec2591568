import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got, with whether its Standard Webhooks signature was valid. */
export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  validSignature: boolean;
  /** The status the receiver answered. */
  answered: number;
}

export interface TestWebhookReceiver {
  url: string;
  received: ReceivedWebhook[];
  /** The statuses to answer the next requests with, in order; 200 once they are used up. */
  answerNext(...statuses: number[]): void;
  /** Forgets the programmed statuses not used yet: 200 from now on. */
  clearAnswers(): void;
  close(): Promise<void>;
}

/**
 * Checks a Standard Webhooks signature as the specification says, with node:crypto (not the
 * library the server signs with): base64 HMAC-SHA256, keyed with the base64 part of `whsec_…`, over
 * `id.timestamp.body`; the header may carry several space-separated `v1,<sig>` values.
 */
export function verifyStandardWebhook(secret: string, id: string, timestamp: string, body: string, header: string) {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((part) => {
    const [version, sig] = part.split(',');
    const given = Buffer.from(sig ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * A real HTTP server standing in for an OPD's webhook receiver: it records every request, checks
 * its signature with `secret()` (read when a request arrives, since the secret is known only once
 * the endpoint is made), and answers with the programmed statuses.
 */
export async function startWebhookReceiver(secret: () => string): Promise<TestWebhookReceiver> {
  const received: ReceivedWebhook[] = [];
  const queue: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (name: string) => String(req.headers[name] ?? '');
      const answered = queue.shift() ?? 200;
      received.push({
        id: header('webhook-id'),
        timestamp: header('webhook-timestamp'),
        signature: header('webhook-signature'),
        body,
        payload: JSON.parse(body) as ReceivedWebhook['payload'],
        validSignature: verifyStandardWebhook(
          secret(),
          header('webhook-id'),
          header('webhook-timestamp'),
          body,
          header('webhook-signature'),
        ),
        answered,
      });
      res.writeHead(answered, { 'content-type': 'text/plain' }).end(answered < 300 ? 'ok' : 'error');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/posyandu`,
    received,
    answerNext: (...statuses) => queue.push(...statuses),
    clearAnswers: () => queue.splice(0, queue.length),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { checkUrlShape, resolveTarget, type TargetPolicy } from './ssrf-guard.js';

/** One POST of a delivery, as the attempt log records it. */
export interface SendResult {
  status: number | null;
  error: string | null;
  durationMs: number;
}

const TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;

/**
 * Signs a payload as Standard Webhooks does (standardwebhooks package): `webhook-id` (stable across
 * retries), `webhook-timestamp` (seconds, the moment of sending — the wall clock, since receivers
 * compare it with theirs) and `webhook-signature` (`v1,` + HMAC-SHA256 over `id.timestamp.body`).
 */
export function signedHeaders(
  secret: string,
  webhookId: string,
  body: string,
  at = new Date(),
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'posyandu-spm-webhooks/1',
    'webhook-id': webhookId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(webhookId, at, body),
  };
}

function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  addresses: Array<{ address: string; family: number }>,
): Promise<{ status: number; location: string | null }> {
  // Connect only to the addresses that were checked.
  const lookup: LookupFunction = (_host, options, callback) => {
    const first = addresses[0] as { address: string; family: number };
    if ((options as { all?: boolean }).all) (callback as (e: null, a: typeof addresses) => void)(null, addresses);
    else callback(null, first.address, first.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location ?? null }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * POSTs a signed delivery. The target (and each redirect's target, at most three) is resolved and
 * checked against the SSRF rules before connecting. 2xx is success; anything else is a failure to
 * retry, with the status or the error in the log.
 */
export async function sendWebhook(
  target: string,
  secret: string,
  webhookId: string,
  body: string,
  policy: TargetPolicy,
): Promise<SendResult> {
  const started = Date.now();
  const headers = signedHeaders(secret, webhookId, body);
  try {
    let url = checkUrlShape(target);
    for (let hop = 0; ; hop += 1) {
      const addresses = await resolveTarget(url, policy);
      const res = await post(url, headers, body, addresses);
      if (res.status >= 300 && res.status < 400 && res.location && hop < MAX_REDIRECTS) {
        url = checkUrlShape(new URL(res.location, url).toString());
        continue;
      }
      const ok = res.status >= 200 && res.status < 300;
      return { status: res.status, error: ok ? null : `HTTP ${res.status}`, durationMs: Date.now() - started };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: null, error: message.slice(0, 500), durationMs: Date.now() - started };
  }
}

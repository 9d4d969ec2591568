import { createHmac, timingSafeEqual } from 'node:crypto';
import {
  ChannelError,
  type DeliveryStatusUpdate,
  type NotificationChannel,
  type OutgoingMessage,
  type StatusCallbackReply,
  type StatusCallbackRequest,
} from './channel.js';
import { internationalPhone } from './phone-number.js';

export interface SmsGatewayOptions {
  /** Where messages are POSTed, e.g. https://sms.example.co.id/v1/messages. */
  url: string;
  /** Sent as `Authorization: Bearer …` when set. */
  token?: string;
  /** The sender name or number the gateway shows (`from`), when the account has several. */
  sender?: string;
  /** Where the gateway reports delivery (`callbackUrl` in every request), e.g. https://spm.klatenkab.go.id/channels/sms/status. */
  callbackUrl?: string | (() => string | undefined);
  /** The shared secret the gateway signs its callbacks with (X-Signature: sha256=<hex HMAC-SHA256 of the body>). */
  callbackSecret?: string;
  timeoutMs?: number;
}

interface CallbackBody {
  id?: string;
  status?: string;
  error?: string | null;
  timestamp?: string;
}

const STATUS: Record<string, DeliveryStatusUpdate['status']> = {
  SENT: 'SENT',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
  UNDELIVERED: 'FAILED',
  EXPIRED: 'FAILED',
  REJECTED: 'FAILED',
};

/**
 * SMS through an HTTP gateway with a small JSON contract (docs/operations.md): `POST url` with
 * `{ to, from, text, reference, callbackUrl }` answers 2xx `{ id }`; 4xx (but 408 and 429) is a
 * final refusal, anything else is retried. Delivery reports come back as `{ id, status, error }`
 * signed with the shared secret. Most Indonesian gateways (or a small adapter in front of one)
 * speak it.
 */
export function smsChannel(options: SmsGatewayOptions): NotificationChannel {
  return {
    id: 'sms',
    async send(message: OutgoingMessage) {
      const callbackUrl = typeof options.callbackUrl === 'function' ? options.callbackUrl() : options.callbackUrl;
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({
          to: `+${internationalPhone(message.recipient)}`,
          ...(options.sender ? { from: options.sender } : {}),
          text: message.body,
          reference: message.id,
          ...(callbackUrl ? { callbackUrl } : {}),
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const text = await response.text();
      if (!response.ok) {
        let reason = text.slice(0, 300);
        try {
          const body = JSON.parse(text) as { error?: string; message?: string };
          reason = body.error ?? body.message ?? reason;
        } catch {
          // a plain-text reason
        }
        const permanent = response.status >= 400 && response.status < 500 && ![408, 429].includes(response.status);
        throw new ChannelError(`SMS gateway ${response.status}: ${reason}`, permanent);
      }
      let id: string | undefined;
      try {
        id = (JSON.parse(text) as { id?: unknown }).id?.toString();
      } catch {
        // a gateway that answers without a body: no delivery reports to match
      }
      return { providerMessageId: id ?? null };
    },
    handleStatusCallback(request: StatusCallbackRequest): StatusCallbackReply {
      if (request.method !== 'POST') return { status: 405, body: 'POST only', updates: [] };
      const expected = createHmac('sha256', options.callbackSecret ?? '')
        .update(request.rawBody)
        .digest();
      const given = Buffer.from((request.headers['x-signature'] ?? '').replace(/^sha256=/, ''), 'hex');
      if (!options.callbackSecret || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { status: 401, body: 'invalid signature', updates: [] };
      }
      let body: CallbackBody | CallbackBody[];
      try {
        body = JSON.parse(request.rawBody.toString('utf8')) as CallbackBody | CallbackBody[];
      } catch {
        return { status: 400, body: 'invalid JSON', updates: [] };
      }
      const updates: DeliveryStatusUpdate[] = [];
      for (const report of Array.isArray(body) ? body : [body]) {
        const status = STATUS[(report.status ?? '').toUpperCase()];
        if (!report.id || !status) continue;
        const at = report.timestamp ? new Date(report.timestamp) : new Date();
        updates.push({
          providerMessageId: String(report.id),
          status,
          at: Number.isNaN(at.getTime()) ? new Date() : at,
          error: status === 'FAILED' ? `SMS ${report.status}: ${report.error ?? ''}`.trim() : null,
        });
      }
      return { status: 200, body: 'ok', updates };
    },
  };
}

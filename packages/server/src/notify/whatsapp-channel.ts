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

export interface WhatsAppOptions {
  /** The Graph API's address (default https://graph.facebook.com); a test or a proxy may stand in. */
  baseUrl: string;
  /** The Graph API version in the path, e.g. `v23.0`. */
  apiVersion: string;
  /** The business phone number's id (not the number itself). */
  phoneNumberId: string;
  /** A system user's access token with whatsapp_business_messaging. */
  accessToken: string;
  /** The Meta app's secret: status webhooks are signed with it (X-Hub-Signature-256). */
  appSecret?: string;
  /** The token typed into the app's webhook settings; Meta's verification GET must echo it. */
  verifyToken?: string;
  /** How long to wait for the Graph API (default 15 s). */
  timeoutMs?: number;
}

/** The Graph API's error body: `{ error: { message, type, code, error_data: { details }, fbtrace_id } }`. */
interface GraphError {
  error?: { message?: string; code?: number; error_data?: { details?: string } };
}

/**
 * Error codes after which sending the same message again cannot succeed: invalid parameter,
 * undeliverable recipient, template missing, paused or with the wrong parameters.
 * (https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes)
 */
const PERMANENT_CODES = new Set([
  100, 131008, 131009, 131026, 131051, 132000, 132001, 132005, 132007, 132012, 132015, 132016, 132018,
]);

interface StatusWebhook {
  object?: string;
  entry?: Array<{
    changes?: Array<{
      field?: string;
      value?: {
        statuses?: Array<{
          id?: string;
          status?: string;
          timestamp?: string;
          errors?: Array<{ code?: number; title?: string; message?: string; error_data?: { details?: string } }>;
        }>;
      };
    }>;
  }>;
}

const STATUS: Record<string, DeliveryStatusUpdate['status']> = {
  sent: 'SENT',
  delivered: 'DELIVERED',
  read: 'READ',
  failed: 'FAILED',
};

function signatureMatches(secret: string, rawBody: Buffer, header: string | undefined): boolean {
  const given = Buffer.from((header ?? '').replace(/^sha256=/, ''), 'hex');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * WhatsApp through the WhatsApp Business Cloud API: a business-initiated message must be an
 * approved template, so each message names its template, language and body parameters
 * (`POST {base}/{version}/{phone-number-id}/messages`, `type: "template"`, bearer token). Delivery
 * statuses come back on the app's webhook, signed with the app secret (X-Hub-Signature-256).
 */
export function whatsAppChannel(options: WhatsAppOptions): NotificationChannel {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/${options.apiVersion}/${options.phoneNumberId}/messages`;
  return {
    id: 'whatsapp',
    async send(message: OutgoingMessage) {
      if (!message.template) throw new ChannelError('WhatsApp sends templates only; this message has none', true);
      const { name, language, params } = message.template;
      const response = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: internationalPhone(message.recipient),
          type: 'template',
          template: {
            name,
            language: { code: language },
            components: params.length
              ? [{ type: 'body', parameters: params.map((text) => ({ type: 'text', text })) }]
              : [],
          },
        }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      });
      const text = await response.text();
      if (!response.ok) {
        let body: GraphError = {};
        try {
          body = JSON.parse(text) as GraphError;
        } catch {
          // not JSON: a proxy's page; the status says enough
        }
        const code = body.error?.code;
        const detail = body.error?.error_data?.details;
        throw new ChannelError(
          `WhatsApp ${response.status}${code ? ` (#${code})` : ''}: ${body.error?.message ?? text.slice(0, 200)}${detail ? ` — ${detail}` : ''}`,
          response.status < 500 && response.status !== 429 && code !== undefined && PERMANENT_CODES.has(code),
        );
      }
      const accepted = JSON.parse(text) as { messages?: Array<{ id?: string }> };
      const id = accepted.messages?.[0]?.id;
      if (!id) throw new ChannelError('WhatsApp accepted the request but returned no message id', false);
      return { providerMessageId: id };
    },
    handleStatusCallback(request: StatusCallbackRequest): StatusCallbackReply {
      if (request.method === 'GET') {
        const ok =
          request.query['hub.mode'] === 'subscribe' &&
          Boolean(options.verifyToken) &&
          request.query['hub.verify_token'] === options.verifyToken;
        return ok
          ? { status: 200, body: request.query['hub.challenge'] ?? '', updates: [] }
          : { status: 403, body: 'verification failed', updates: [] };
      }
      if (
        !options.appSecret ||
        !signatureMatches(options.appSecret, request.rawBody, request.headers['x-hub-signature-256'])
      ) {
        return { status: 401, body: 'invalid signature', updates: [] };
      }
      let body: StatusWebhook;
      try {
        body = JSON.parse(request.rawBody.toString('utf8')) as StatusWebhook;
      } catch {
        return { status: 400, body: 'invalid JSON', updates: [] };
      }
      const updates: DeliveryStatusUpdate[] = [];
      for (const entry of body.entry ?? []) {
        for (const change of entry.changes ?? []) {
          for (const s of change.value?.statuses ?? []) {
            const status = STATUS[s.status ?? ''];
            if (!s.id || !status) continue;
            const error = s.errors?.[0];
            updates.push({
              providerMessageId: s.id,
              status,
              at: s.timestamp ? new Date(Number(s.timestamp) * 1000) : new Date(),
              error: error
                ? `WhatsApp #${error.code ?? '?'}: ${error.title ?? error.message ?? ''}${error.error_data?.details ? ` — ${error.error_data.details}` : ''}`
                : null,
            });
          }
        }
      }
      return { status: 200, body: 'ok', updates };
    },
  };
}

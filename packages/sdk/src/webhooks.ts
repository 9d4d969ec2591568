import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** The body of a posyandu-spm webhook: a case event, without personal data (fetch the case for more). */
export interface SpmWebhookEvent {
  /** `case.registered`, `case.action_taken`, `case.document_attached`, … */
  type: string;
  timestamp: string;
  data: {
    eventId: string;
    caseId: string;
    caseCode: string;
    sectorId: string;
    serviceType: string;
    eventType: string;
    action: string | null;
    fromStatus: string | null;
    toStatus: string | null;
    status: string;
    holderId: string | null;
    outcome: string | null;
    occurredAt: string;
  };
}

export { WebhookVerificationError };

/**
 * Checks a delivery's `webhook-id`, `webhook-timestamp` (within 5 minutes of now) and
 * `webhook-signature` against the endpoint's secret (`whsec_…`, shown once when the admin made the
 * endpoint), over the raw body exactly as received. Returns the event, or throws
 * WebhookVerificationError. Deduplicate by `webhook-id`: a retry carries the same one.
 */
export function verifyWebhook(
  secret: string,
  rawBody: string | Uint8Array,
  headers: Record<string, string | string[] | undefined> | Headers,
): SpmWebhookEvent {
  const get = (name: string): string => {
    if (headers instanceof Headers) return headers.get(name) ?? '';
    const value = headers[name] ?? headers[name.toLowerCase()];
    return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  };
  return new Webhook(secret).verify(rawBody, {
    'webhook-id': get('webhook-id'),
    'webhook-timestamp': get('webhook-timestamp'),
    'webhook-signature': get('webhook-signature'),
  }) as SpmWebhookEvent;
}

import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** An approved message template as the WhatsApp Manager holds it: its languages and body parameter count. */
export interface ApprovedTemplate {
  languages: readonly string[];
  params: number;
}

/** A template message the fake Graph API accepted. */
export interface ReceivedWhatsApp {
  id: string;
  to: string;
  template: string;
  language: string;
  params: string[];
}

/** A Graph API error to answer with: its HTTP status, error code, message and details. */
export interface WhatsAppFailure {
  status: number;
  code: number;
  message: string;
  details?: string;
}

/** One request as it came, with the answer given (for retries and refusals). */
export interface WhatsAppRequest {
  path: string;
  authorization: string;
  body: unknown;
  answered: number;
}

export interface TestWhatsAppApi {
  /** The base URL the channel is configured with (`WHATSAPP_API_URL`). */
  url: string;
  apiVersion: string;
  phoneNumberId: string;
  accessToken: string;
  appSecret: string;
  requests: WhatsAppRequest[];
  accepted: ReceivedWhatsApp[];
  /**
   * The answers to the next well-formed requests, in order, then 200: an HTTP status (with the
   * Graph API's unknown error, #131000) or a whole error (e.g. 400 #131026, the number is not on WhatsApp).
   */
  failNext(...failures: Array<number | WhatsAppFailure>): void;
  /**
   * Posts a delivery status webhook for an accepted message to `callbackUrl`, as Meta does: the
   * `whatsapp_business_account` envelope, signed with the app secret in X-Hub-Signature-256
   * (`secret` overrides it, to test a forged one). Returns the server's answer status.
   */
  sendStatus(
    callbackUrl: string,
    messageId: string,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    options?: { error?: { code: number; title: string; details?: string }; secret?: string },
  ): Promise<number>;
  close(): Promise<void>;
}

function graphError(status: number, code: number, message: string, details?: string) {
  return {
    status,
    body: {
      error: {
        message,
        type: 'OAuthException',
        code,
        ...(details ? { error_data: { messaging_product: 'whatsapp', details } } : {}),
        fbtrace_id: randomBytes(8).toString('base64url'),
      },
    },
  };
}

/**
 * A real HTTP server standing in for the WhatsApp Business Cloud API (graph.facebook.com): it
 * checks what the documentation asks of `POST /{version}/{phone-number-id}/messages` — a bearer
 * token, `messaging_product: "whatsapp"`, a recipient in international digits, `type: "template"`
 * with an approved template's name, one of its languages and exactly its body parameters — and
 * answers as the Graph API does: `{ messaging_product, contacts, messages: [{ id: "wamid…" }] }`,
 * or `{ error: { message, type, code, error_data, fbtrace_id } }` with the documented codes
 * (190 bad token, 131009 bad parameter, 132001 unknown template or language, 132000 parameter
 * count, 132018 a parameter with a new line, a tab or more than 4 spaces in a row, 131000 an
 * unknown error).
 */
export async function startWhatsAppApi(
  templates: Readonly<Record<string, ApprovedTemplate>>,
): Promise<TestWhatsAppApi> {
  const apiVersion = 'v23.0';
  const phoneNumberId = '106540352242922';
  const accessToken = `EAAG${randomBytes(24).toString('hex')}`;
  const appSecret = randomBytes(16).toString('hex');
  const requests: WhatsAppRequest[] = [];
  const accepted: ReceivedWhatsApp[] = [];
  const failures: Array<number | WhatsAppFailure> = [];

  const check = (path: string, authorization: string, body: Record<string, unknown>) => {
    if (path !== `/${apiVersion}/${phoneNumberId}/messages`) {
      return graphError(400, 100, 'Unsupported post request. Object does not exist or cannot be loaded');
    }
    if (authorization !== `Bearer ${accessToken}`) {
      return graphError(401, 190, 'Invalid OAuth access token - Cannot parse access token');
    }
    if (body.messaging_product !== 'whatsapp') {
      return graphError(400, 100, '(#100) The parameter messaging_product is required.');
    }
    if (typeof body.to !== 'string' || !/^\d{8,15}$/.test(body.to)) {
      return graphError(400, 131009, '(#131009) Parameter value is not valid', 'to: not a phone number');
    }
    if (body.type !== 'template') {
      return graphError(400, 131047, 'Re-engagement message', 'outside the 24-hour window: only templates may be sent');
    }
    const template = body.template as
      | { name?: string; language?: { code?: string }; components?: Array<{ type?: string; parameters?: unknown[] }> }
      | undefined;
    const approved = template?.name ? templates[template.name] : undefined;
    const language = template?.language?.code ?? '';
    if (!approved || !approved.languages.includes(language)) {
      return graphError(
        400,
        132001,
        '(#132001) Template name does not exist in the translation',
        `template name (${template?.name}) does not exist in ${language}`,
      );
    }
    const parameters = template?.components?.find((c) => c.type === 'body')?.parameters ?? [];
    const texts = parameters.map((p) =>
      (p as { type?: string; text?: unknown }).type === 'text' ? (p as { text?: unknown }).text : undefined,
    );
    if (texts.length !== approved.params || texts.some((t) => typeof t !== 'string' || t === '')) {
      return graphError(
        400,
        132000,
        '(#132000) Number of parameters does not match the expected number of params',
        `body: number of localizable_params (${texts.length}) does not match the expected number of params (${approved.params})`,
      );
    }
    // "Param text cannot have new-line/tab characters or more than 4 consecutive spaces".
    if (texts.some((t) => typeof t === 'string' && /[\n\t]| {5,}/.test(t))) {
      return graphError(
        400,
        132018,
        '(#132018) There was an issue with the parameters in your template.',
        'Param text cannot have new-line/tab characters or more than 4 consecutive spaces',
      );
    }
    const failure = failures.shift();
    if (typeof failure === 'number')
      return graphError(failure, 131000, 'Something went wrong', 'message failed to send because of an unknown error');
    if (failure) return graphError(failure.status, failure.code, failure.message, failure.details);
    const id = `wamid.${randomBytes(18).toString('base64url')}`;
    accepted.push({
      id,
      to: body.to,
      template: approved ? (template?.name as string) : '',
      language,
      params: texts as string[],
    });
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ input: body.to, wa_id: body.to }], messages: [{ id }] },
    };
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body: Record<string, unknown> = {};
      let answer;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
        answer =
          req.method === 'POST' && String(req.headers['content-type']).startsWith('application/json')
            ? check(req.url ?? '', String(req.headers.authorization ?? ''), body)
            : graphError(400, 100, 'Unsupported request');
      } catch {
        answer = graphError(400, 100, 'Invalid JSON');
      }
      requests.push({
        path: req.url ?? '',
        authorization: String(req.headers.authorization ?? ''),
        body,
        answered: answer.status,
      });
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    apiVersion,
    phoneNumberId,
    accessToken,
    appSecret,
    requests,
    accepted,
    failNext: (...next) => failures.push(...next),
    async sendStatus(callbackUrl, messageId, status, options = {}) {
      const message = accepted.find((m) => m.id === messageId);
      const payload = JSON.stringify({
        object: 'whatsapp_business_account',
        entry: [
          {
            id: '102290129340398',
            changes: [
              {
                field: 'messages',
                value: {
                  messaging_product: 'whatsapp',
                  metadata: { display_phone_number: '15550783881', phone_number_id: phoneNumberId },
                  statuses: [
                    {
                      id: messageId,
                      status,
                      timestamp: String(Math.floor(Date.now() / 1000)),
                      recipient_id: message?.to ?? '',
                      ...(options.error
                        ? {
                            errors: [
                              {
                                code: options.error.code,
                                title: options.error.title,
                                message: options.error.title,
                                error_data: { details: options.error.details ?? options.error.title },
                              },
                            ],
                          }
                        : {}),
                    },
                  ],
                },
              },
            ],
          },
        ],
      });
      const signature = createHmac('sha256', options.secret ?? appSecret)
        .update(payload)
        .digest('hex');
      const response = await fetch(callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${signature}` },
        body: payload,
      });
      return response.status;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

import type { DeliveryStatus, MessageTemplate } from '../entities/outbox-message.entity.js';

/** A message as a gateway sends it. */
export interface OutgoingMessage {
  /** The outbox id: the reference an SMS gateway echoes in its delivery callback. */
  id: string;
  recipient: string;
  subject: string;
  body: string;
  /** A provider template (WhatsApp): channels that send free text ignore it and send `body`. */
  template: MessageTemplate | null;
}

/** What a gateway answered when it accepted a message. */
export interface SendReceipt {
  /** The provider's id for the message, named again by its delivery status callbacks. */
  providerMessageId?: string | null;
}

/** A provider's refusal: `permanent` when sending again cannot help (a bad number, an unknown template). */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/** A provider's word on a message it accepted earlier, from its status callback. */
export interface DeliveryStatusUpdate {
  providerMessageId: string;
  status: Exclude<DeliveryStatus, 'ACCEPTED'>;
  at: Date;
  /** Why it failed, as the provider says it. */
  error?: string | null;
}

/** The HTTP request of a status callback, as the server hands it to the channel (the raw body, for signatures). */
export interface StatusCallbackRequest {
  method: string;
  headers: Readonly<Record<string, string | undefined>>;
  query: Readonly<Record<string, string | undefined>>;
  rawBody: Buffer;
}

/** What to answer the provider, and the statuses its request carried (none when it was refused). */
export interface StatusCallbackReply {
  status: number;
  body: string;
  updates: DeliveryStatusUpdate[];
}

/**
 * A way to reach people: e-mail (SMTP), WhatsApp (the Business Cloud API's message templates) and
 * SMS (an HTTP gateway), each with its own `id`. `send` resolves once the gateway accepted the
 * message and rejects when it did not (the outbox then retries, or gives up on a permanent
 * ChannelError). A channel whose provider reports delivery later handles its callbacks, mounted
 * at `/channels/<id>/status`.
 */
export interface NotificationChannel {
  readonly id: string;
  send(message: OutgoingMessage): Promise<SendReceipt | void>;
  handleStatusCallback?(request: StatusCallbackRequest): StatusCallbackReply;
  close?(): Promise<void>;
}

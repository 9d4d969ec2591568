/** A message as a gateway sends it. */
export interface OutgoingMessage {
  recipient: string;
  subject: string;
  body: string;
}

/**
 * A way to reach people: e-mail (SMTP) is built in; an SMS or WhatsApp gateway
 * is another implementation with its own `id`. `send` resolves once the gateway
 * accepted the message and rejects when it did not (the outbox then retries).
 */
export interface NotificationChannel {
  readonly id: string;
  send(message: OutgoingMessage): Promise<void>;
  close?(): Promise<void>;
}

import nodemailer from 'nodemailer';
import type { NotificationChannel, OutgoingMessage } from './channel.js';

/** E-mail through an SMTP server, e.g. `smtp://user:pass@mail.klatenkab.go.id:587`. */
export function emailChannel(smtpUrl: string, from: string): NotificationChannel {
  const transport = nodemailer.createTransport(smtpUrl, { from });
  return {
    id: 'email',
    async send(message: OutgoingMessage) {
      await transport.sendMail({ to: message.recipient, subject: message.subject, text: message.body });
    },
    async close() {
      transport.close();
    },
  };
}

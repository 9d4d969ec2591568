import type { ServerConfig } from '../config.js';
import type { NotificationChannel } from './channel.js';
import { emailChannel } from './email-channel.js';
import { smsChannel } from './sms-channel.js';
import { whatsAppChannel } from './whatsapp-channel.js';

/** The channels the environment configures: e-mail (SMTP_URL), WhatsApp (WHATSAPP_*), SMS (SMS_GATEWAY_*). */
export function notificationChannels(config: ServerConfig): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (config.SMTP_URL) channels.push(emailChannel(config.SMTP_URL, config.MAIL_FROM));
  if (config.WHATSAPP_PHONE_NUMBER_ID && config.WHATSAPP_ACCESS_TOKEN) {
    channels.push(
      whatsAppChannel({
        baseUrl: config.WHATSAPP_API_URL,
        apiVersion: config.WHATSAPP_API_VERSION,
        phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID,
        accessToken: config.WHATSAPP_ACCESS_TOKEN,
        appSecret: config.WHATSAPP_APP_SECRET,
        verifyToken: config.WHATSAPP_VERIFY_TOKEN,
      }),
    );
  }
  if (config.SMS_GATEWAY_URL) {
    channels.push(
      smsChannel({
        url: config.SMS_GATEWAY_URL,
        token: config.SMS_GATEWAY_TOKEN,
        sender: config.SMS_SENDER,
        callbackUrl: config.PUBLIC_URL ? `${config.PUBLIC_URL.replace(/\/+$/, '')}/channels/sms/status` : undefined,
        callbackSecret: config.SMS_CALLBACK_SECRET,
      }),
    );
  }
  return channels;
}

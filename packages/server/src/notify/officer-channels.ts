import type { EntityManager } from '@mikro-orm/postgresql';
import { normalizePhone, validationFailed, type FieldProblem, type LocalizedText } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { OutboxMessage, type MessageTemplate } from '../entities/outbox-message.entity.js';
import type { User } from '../entities/user.entity.js';

/** The WhatsApp template of every officer notice (Utility, `id` and `en`): "Posyandu SPM: {1}". */
export const OFFICER_TEMPLATE = 'spm_pemberitahuan_petugas';

/** Where an officer wants notices besides the app (always): e-mail, WhatsApp, SMS. */
export interface OfficerChannels {
  email: boolean;
  whatsapp: boolean;
  sms: boolean;
}

/** A user's phone and channels as they ask to change them. */
export interface OfficerChannelSettings extends OfficerChannels {
  phone: string | null;
}

/**
 * Checks and normalises a change of a user's notice settings: the phone an Indonesian number (kept
 * as +62…), WhatsApp or SMS only with a phone, e-mail only with an address. All problems at once,
 * each on its field, in Indonesian and English.
 */
export function checkedChannelSettings(input: OfficerChannelSettings, email: string | null): OfficerChannelSettings {
  const problems: FieldProblem[] = [];
  const raw = input.phone?.trim() ?? '';
  const phone = raw ? normalizePhone(raw) : null;
  if (raw && !phone) {
    problems.push({
      field: 'input.phone',
      label: { id: 'Nomor HP', en: 'Mobile number' },
      message: {
        id: 'Nomor HP tidak valid (contoh: 0812 3456 7890 atau +62 812 3456 7890).',
        en: 'Not a valid Indonesian mobile number (e.g. 0812 3456 7890 or +62 812 3456 7890).',
      },
    });
  }
  for (const [field, on, name] of [
    ['input.whatsapp', input.whatsapp, 'WhatsApp'],
    ['input.sms', input.sms, 'SMS'],
  ] as const) {
    if (on && !raw) {
      problems.push({
        field,
        label: { id: name, en: name },
        message: {
          id: `Pemberitahuan lewat ${name} memerlukan nomor HP.`,
          en: `Notices by ${name} need a mobile number.`,
        },
      });
    }
  }
  if (input.email && !email) {
    problems.push({
      field: 'input.email',
      label: { id: 'E-mail', en: 'E-mail' },
      message: {
        id: 'Pemberitahuan lewat e-mail memerlukan alamat e-mail pada akun.',
        en: 'Notices by e-mail need an e-mail address on the account.',
      },
    });
  }
  if (problems.length) throw validationFailed(problems);
  return { phone, email: input.email, whatsapp: input.whatsapp, sms: input.sms };
}

/** The user's channels as they work now: e-mail only with an address (it is on by default, even before one is given). */
export function channelsOf(user: User): OfficerChannels {
  return { email: Boolean(user.email) && user.notifyEmail, whatsapp: user.notifyWhatsApp, sms: user.notifyBySms };
}

/**
 * Queues an officer notice on every channel the user opted into, through the same outbox (retries,
 * delivery reports, the admin's failed list) as the citizens' messages, from `deliverAfter` (the
 * area's working hours for the deadline clock's notices). The in-app notification is the caller's.
 */
export function queueOfficerNotice(
  em: EntityManager,
  user: User,
  c: Case,
  message: LocalizedText,
  now: Date,
  deliverAfter: Date,
): void {
  const language = user.locale === 'en' ? 'en' : 'id';
  const text = message[language];
  const common = { case: c, kind: 'OFFICER_NOTICE', deliverAfter, createdAt: now };
  if (user.email && user.notifyEmail) {
    em.persist(
      em.create(OutboxMessage, {
        ...common,
        channel: 'email',
        recipient: user.email,
        subject: `[Posyandu SPM] ${text}`,
        body: `${text}\n\n${language === 'id' ? message.en : message.id}\n`,
      }),
    );
  }
  if (!user.phone) return;
  const body = `Posyandu SPM: ${text}`;
  if (user.notifyWhatsApp) {
    const template: MessageTemplate = { name: OFFICER_TEMPLATE, language, params: [text] };
    em.persist(
      em.create(OutboxMessage, {
        ...common,
        channel: 'whatsapp',
        recipient: user.phone,
        subject: `OFFICER_NOTICE ${c.code}`,
        body,
        template,
      }),
    );
  }
  if (user.notifyBySms) {
    em.persist(
      em.create(OutboxMessage, {
        ...common,
        channel: 'sms',
        recipient: user.phone,
        subject: `OFFICER_NOTICE ${c.code}`,
        body,
      }),
    );
  }
}

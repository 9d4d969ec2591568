import type { EntityManager } from '@mikro-orm/postgresql';
import {
  normalizePhone,
  timeZoneOfArea,
  validationFailed,
  type FieldProblem,
  type LocalizedText,
} from '@posyandu-spm/core';
import type { CaseEvent } from '../entities/case-event.entity.js';
import type { Case } from '../entities/case.entity.js';
import { OutboxMessage } from '../entities/outbox-message.entity.js';
import type { ConsentSource, OfficerMessageConsent, User } from '../entities/user.entity.js';
import { messageSettingsOf } from './citizen-messages.js';
import { officerMessage, officerTemplateKind, type OfficerNoticeKind } from './officer-templates.js';

/** Where an officer wants notices besides the app (always): e-mail, WhatsApp, SMS. */
export interface OfficerChannels {
  email: boolean;
  whatsapp: boolean;
  sms: boolean;
}

/** A user's phone, channels, language and consent as they ask to change them. */
export interface OfficerChannelSettings extends OfficerChannels {
  phone: string | null;
  /** `id` or `en`; unchanged when absent. */
  language?: string | null;
  /** The officer agrees to notices by the WhatsApp/SMS chosen, at this number (an admin: the officer told them so). */
  consent?: boolean | null;
}

/** Who is changing the settings: the officer themself, or their admin. */
export interface SettingsAuthor {
  userId: string;
  name: string;
  source: Exclude<ConsentSource, 'BEFORE_RECORDING'>;
}

/** The settings to store, checked. */
export interface CheckedChannelSettings extends OfficerChannels {
  phone: string | null;
  locale: string;
  messageConsent: OfficerMessageConsent | null;
}

type Holder = Pick<User, 'email' | 'locale' | 'messageConsent'>;

function problem(field: string, label: LocalizedText, id: string, en: string): FieldProblem {
  return { field, label, message: { id, en } };
}

/**
 * Checks a change of a user's notice settings and what to store: the phone an Indonesian mobile
 * number (kept as +628…); WhatsApp or SMS only with a phone and a consent — given now
 * (`consent: true`) or on record for the same number and channels; e-mail only with an address;
 * the language `id` or `en`. Every problem at once, each on its field (`prefix.phone` …), in
 * Indonesian and English. Turning WhatsApp and SMS both off withdraws the consent.
 */
export function channelSettingProblems(
  input: OfficerChannelSettings,
  user: Holder,
  by: SettingsAuthor,
  now: Date,
  prefix = 'input',
): { problems: FieldProblem[]; settings: CheckedChannelSettings } {
  const problems: FieldProblem[] = [];
  const raw = input.phone?.trim() ?? '';
  const normalised = raw ? normalizePhone(raw) : null;
  const phone = normalised?.startsWith('+628') ? normalised : null;
  if (raw && !phone) {
    problems.push(
      problem(
        `${prefix}.phone`,
        { id: 'Nomor HP', en: 'Mobile number' },
        'Nomor HP tidak valid: nomor seluler Indonesia, contoh 0812 3456 7890 atau +62 812 3456 7890.',
        'Not a valid Indonesian mobile number (e.g. 0812 3456 7890 or +62 812 3456 7890).',
      ),
    );
  }
  const wanted: Array<'WHATSAPP' | 'SMS'> = [];
  for (const [key, on, name, code] of [
    ['whatsapp', input.whatsapp, 'WhatsApp', 'WHATSAPP'],
    ['sms', input.sms, 'SMS', 'SMS'],
  ] as const) {
    if (!on) continue;
    wanted.push(code);
    if (!raw) {
      problems.push(
        problem(
          `${prefix}.${key}`,
          { id: name, en: name },
          `Pemberitahuan lewat ${name} memerlukan nomor HP.`,
          `Notices by ${name} need a mobile number.`,
        ),
      );
    }
  }
  const onRecord = user.messageConsent;
  const covered =
    onRecord !== null && onRecord.phone === phone && wanted.every((channel) => onRecord.channels.includes(channel));
  if (wanted.length && raw && !input.consent && !covered) {
    const names = wanted.map((c) => (c === 'WHATSAPP' ? 'WhatsApp' : 'SMS')).join(' / ');
    problems.push(
      by.source === 'SELF'
        ? problem(
            `${prefix}.consent`,
            { id: 'Persetujuan', en: 'Consent' },
            `Centang persetujuan Anda untuk menerima pemberitahuan lewat ${names} di nomor ini.`,
            `Tick your consent to receive notices by ${names} at this number.`,
          )
        : problem(
            `${prefix}.consent`,
            { id: 'Persetujuan', en: 'Consent' },
            `Pemberitahuan lewat ${names} memerlukan persetujuan petugas untuk nomor ini; centang hanya bila petugas telah menyetujuinya.`,
            `Notices by ${names} need the officer's consent for this number; tick it only when the officer has agreed.`,
          ),
    );
  }
  if (input.email && !user.email) {
    problems.push(
      problem(
        `${prefix}.email`,
        { id: 'E-mail', en: 'E-mail' },
        'Pemberitahuan lewat e-mail memerlukan alamat e-mail pada akun.',
        'Notices by e-mail need an e-mail address on the account.',
      ),
    );
  }
  const language = input.language?.trim();
  if (language && language !== 'id' && language !== 'en') {
    problems.push(
      problem(
        `${prefix}.language`,
        { id: 'Bahasa', en: 'Language' },
        'Bahasa pemberitahuan: id (Bahasa Indonesia) atau en (English).',
        'The language of notices: id (Bahasa Indonesia) or en (English).',
      ),
    );
  }
  let messageConsent: OfficerMessageConsent | null = null;
  if (wanted.length) {
    messageConsent =
      input.consent || !covered
        ? {
            channels: wanted,
            phone,
            givenAt: now.toISOString(),
            recordedById: by.userId,
            recordedByName: by.name,
            source: by.source,
          }
        : onRecord;
  }
  return {
    problems,
    settings: {
      phone,
      email: input.email,
      whatsapp: input.whatsapp,
      sms: input.sms,
      locale: language || user.locale,
      messageConsent,
    },
  };
}

/** As channelSettingProblems, throwing VALIDATION_FAILED with every problem. */
export function checkedChannelSettings(
  input: OfficerChannelSettings,
  user: Holder,
  by: SettingsAuthor,
  now: Date,
): CheckedChannelSettings {
  const { problems, settings } = channelSettingProblems(input, user, by, now);
  if (problems.length) throw validationFailed(problems);
  return settings;
}

/** Stores checked settings on the user. */
export function applyChannelSettings(user: User, settings: CheckedChannelSettings): void {
  user.phone = settings.phone;
  user.notifyEmail = settings.email;
  user.notifyWhatsApp = settings.whatsapp;
  user.notifyBySms = settings.sms;
  user.locale = settings.locale;
  user.messageConsent = settings.messageConsent;
}

/** The user's channels as they work now: e-mail only with an address (it is on by default, even before one is given). */
export function channelsOf(user: User): OfficerChannels {
  return { email: Boolean(user.email) && user.notifyEmail, whatsapp: user.notifyWhatsApp, sms: user.notifyBySms };
}

/** A due date as the case's area reads it, e.g. "30 Nov 2026". */
function localDate(at: Date, areaCode: string, language: 'id' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: timeZoneOfArea(areaCode),
  }).format(at);
}

/**
 * The WhatsApp template and SMS text of a notice in the officer's language: the case's code, its
 * service type, its due date and its link in the console (an escalation also its level).
 */
function officerChannelMessage(
  em: EntityManager,
  c: Case,
  event: CaseEvent,
  kind: OfficerNoticeKind,
  language: 'id' | 'en',
) {
  const settings = messageSettingsOf(em);
  const registry = settings?.registry;
  const type = registry?.hasSector(c.sectorId)
    ? registry.serviceType(c.sectorId, c.serviceTypeId).name[language]
    : c.serviceTypeId;
  const link = `${(settings?.publicUrl ?? '').replace(/\/+$/, '')}/kasus/${c.id}`;
  const common = [c.code, type, localDate(c.dueAt, c.area.code, language), link];
  const templateKind = officerTemplateKind(kind, event.type);
  const level = (event.payload as { level?: unknown } | null)?.level;
  return officerMessage(
    templateKind,
    language,
    templateKind === 'ESCALATED' ? [String(level ?? ''), ...common] : common,
  );
}

/**
 * Queues an officer notice on every channel the user chose, through the same outbox (retries,
 * delivery reports, the admin's failed list) as the citizens' messages, from `deliverAfter` (the
 * area's working hours for the deadline clock's notices). E-mail carries the in-app words in both
 * languages; WhatsApp and SMS an approved template's words (officer-templates.ts) in the officer's
 * language, and only with their consent on record. The in-app notification is the caller's.
 */
export function queueOfficerNotice(
  em: EntityManager,
  user: User,
  c: Case,
  event: CaseEvent,
  kind: OfficerNoticeKind,
  message: LocalizedText,
  now: Date,
  deliverAfter: Date,
): void {
  const language = user.locale === 'en' ? 'en' : 'id';
  const common = { case: c, event, kind: 'OFFICER_NOTICE', deliverAfter, createdAt: now };
  if (user.email && user.notifyEmail) {
    const text = message[language];
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
  const consent = user.messageConsent;
  if (!user.phone || !consent) return;
  const channels = [
    ['whatsapp', user.notifyWhatsApp && consent.channels.includes('WHATSAPP')],
    ['sms', user.notifyBySms && consent.channels.includes('SMS')],
  ] as const;
  if (!channels.some(([, on]) => on)) return;
  const { template, text } = officerChannelMessage(em, c, event, kind, language);
  for (const [channel, on] of channels) {
    if (!on) continue;
    em.persist(
      em.create(OutboxMessage, {
        ...common,
        channel,
        recipient: user.phone,
        subject: `OFFICER_NOTICE ${template.name} ${c.code}`,
        body: text,
        template: channel === 'whatsapp' ? template : null,
      }),
    );
  }
}

import { useId, useState, type FormEvent } from 'react';
import type { NotificationSettingsInput } from '../gql/graphql';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';

export interface NotificationSettingsValue {
  phone: string | null;
  /** The language of the notices: `locale` on the user's own profile, `language` on the admin's card. */
  locale?: string;
  language?: string;
  notificationChannels: { email: boolean; whatsapp: boolean; sms: boolean };
  notificationConsent?: {
    channels: readonly string[];
    phone?: string | null;
    givenAt: string;
    source: string;
    recordedBy?: string | null;
  } | null;
}

/** Two ways of writing one Indonesian number (`0812-…`, `+62 812 …`) compare equal. */
function sameNumber(a: string, b: string): boolean {
  const digits = (n: string) => n.replace(/\D/g, '').replace(/^0062|^62|^0/, '');
  return digits(a) !== '' && digits(a) === digits(b);
}

/**
 * A user's mobile number, where their notices go besides the app (always on) — e-mail, WhatsApp,
 * SMS — their language, and the officer's consent to WhatsApp/SMS: ticked by the officer on their
 * profile (`by="self"`), or by the admin on the user's card only with the officer's consent
 * (`by="admin"`). The server checks the number, that WhatsApp and SMS have one and a consent; its
 * coded error shows here.
 */
export function NotificationSettingsForm({
  value,
  hasEmail,
  by,
  title,
  onSave,
  saving,
  error,
}: {
  value: NotificationSettingsValue;
  hasEmail: boolean;
  by: 'self' | 'admin';
  title: string;
  onSave(input: NotificationSettingsInput): Promise<unknown>;
  saving: boolean;
  error: unknown;
}) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const [phone, setPhone] = useState(value.phone ?? '');
  const [language, setLanguage] = useState(value.locale ?? value.language ?? 'id');
  const [consent, setConsent] = useState(false);
  const recorded = value.notificationConsent;
  // Only the three choices (the cached object also carries its __typename, which the input type refuses).
  const [channels, setChannels] = useState(() => {
    const { email, whatsapp, sms } = value.notificationChannels;
    return { email, whatsapp, sms };
  });
  const [saved, setSaved] = useState(false);
  // A consent on record for this number and these channels needs no new tick (the server agrees).
  const covered =
    recorded !== null &&
    recorded !== undefined &&
    sameNumber(recorded.phone ?? '', phone) &&
    (!channels.whatsapp || recorded.channels.includes('WHATSAPP')) &&
    (!channels.sms || recorded.channels.includes('SMS'));
  const toggle = (key: keyof typeof channels) => (checked: boolean) => {
    setSaved(false);
    setChannels((c) => ({ ...c, [key]: checked }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // Without an address e-mail cannot be on (the server would refuse it).
    onSave({ phone: phone.trim() || null, ...channels, email: hasEmail && channels.email, language, consent })
      .then(() => {
        setSaved(true);
        setConsent(false);
      })
      .catch(() => {});
  };
  return (
    <form className="form stack" onSubmit={submit} aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <TextField
        label={t('profile.phone')}
        hint={t('profile.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={phone}
        onValue={(v) => {
          setSaved(false);
          setPhone(v);
        }}
      />
      <fieldset className="field">
        <legend>{t('profile.channels')}</legend>
        <label className="choice">
          <input type="checkbox" checked disabled /> {t('profile.inApp')}
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={hasEmail && channels.email}
            disabled={!hasEmail}
            onChange={(e) => toggle('email')(e.target.checked)}
          />{' '}
          {hasEmail ? t('profile.email') : t('profile.emailNone')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={channels.whatsapp} onChange={(e) => toggle('whatsapp')(e.target.checked)} />{' '}
          {t('profile.whatsapp')}
        </label>
        <label className="choice">
          <input type="checkbox" checked={channels.sms} onChange={(e) => toggle('sms')(e.target.checked)} />{' '}
          {t('profile.sms')}
        </label>
      </fieldset>
      {(channels.whatsapp || channels.sms) && !covered && (
        <label className="choice">
          <input
            type="checkbox"
            checked={consent}
            onChange={(e) => {
              setSaved(false);
              setConsent(e.target.checked);
            }}
          />{' '}
          {t(by === 'self' ? 'profile.consentSelf' : 'profile.consentAdmin')}
        </label>
      )}
      {recorded && (
        <p className="muted">
          {t('profile.consentRecorded', {
            channels: recorded.channels.map((c) => (c === 'WHATSAPP' ? 'WhatsApp' : 'SMS')).join(', '),
            at: formatDateTime(recorded.givenAt, DEFAULT_TIME_ZONE, locale),
            by:
              recorded.source === 'BEFORE_RECORDING'
                ? t('profile.consentBefore')
                : `${recorded.recordedBy ?? ''} (${t(recorded.source === 'SELF' ? 'profile.consentBySelf' : 'profile.consentByAdmin')})`,
          })}
        </p>
      )}
      <label className="field">
        <span>{t('profile.language')}</span>
        <select
          value={language}
          onChange={(e) => {
            setSaved(false);
            setLanguage(e.target.value);
          }}
        >
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      <ErrorMessage error={error} />
      <p className={saved ? 'alert alert--ok' : 'visually-hidden'} role="status" aria-live="polite">
        {saved ? t('profile.saved') : ''}
      </p>
      <button type="submit" className="button button--primary" disabled={saving}>
        {t('profile.save')}
      </button>
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import type { NotificationSettingsInput } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';

export interface NotificationSettingsValue {
  phone: string | null;
  notificationChannels: { email: boolean; whatsapp: boolean; sms: boolean };
}

/**
 * A user's mobile number and where their notices go besides the app (always on): e-mail, WhatsApp,
 * SMS. The server checks the number and that WhatsApp and SMS have one; its coded error shows here.
 * The user's profile page and the admin's user card both use it.
 */
export function NotificationSettingsForm({
  value,
  hasEmail,
  title,
  onSave,
  saving,
  error,
}: {
  value: NotificationSettingsValue;
  hasEmail: boolean;
  title: string;
  onSave(input: NotificationSettingsInput): Promise<unknown>;
  saving: boolean;
  error: unknown;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const [phone, setPhone] = useState(value.phone ?? '');
  // Only the three choices (the cached object also carries its __typename, which the input type refuses).
  const [channels, setChannels] = useState(() => {
    const { email, whatsapp, sms } = value.notificationChannels;
    return { email, whatsapp, sms };
  });
  const [saved, setSaved] = useState(false);
  const toggle = (key: keyof typeof channels) => (checked: boolean) => {
    setSaved(false);
    setChannels((c) => ({ ...c, [key]: checked }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    // Without an address e-mail cannot be on (the server would refuse it).
    onSave({ phone: phone.trim() || null, ...channels, email: hasEmail && channels.email })
      .then(() => setSaved(true))
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

import { useEffect, useState } from 'react';
import { DEFAULT_TIME_ZONE, formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { offlineDb } from './offline-db';
import { useOutbox } from './outbox-provider';

/** Says plainly that the phone is offline, and how old the data on the screen is. */
export function OfflineBanner() {
  const { t, locale } = useI18n();
  const { online, userId } = useOutbox();
  const [savedAt, setSavedAt] = useState<number | null>(null);
  useEffect(() => {
    if (online || !userId) return;
    void offlineDb()
      .then((db) => db.get('cache', userId))
      .then((saved) => setSavedAt(saved?.savedAt ?? null))
      .catch(() => {});
  }, [online, userId]);
  if (online) return null;
  const when = savedAt
    ? t('offline.savedAt', { when: formatDateTime(new Date(savedAt).toISOString(), deviceZone(), locale) })
    : '';
  return (
    <p className="offline-banner" role="status">
      <span aria-hidden="true">⚠ </span>
      {t('offline.banner', { when })}
    </p>
  );
}

/** The phone's own clock zone: "last updated" is about this phone, not a case's area. */
function deviceZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE;
}

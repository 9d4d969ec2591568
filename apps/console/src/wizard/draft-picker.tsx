import { useEffect, useState } from 'react';
import { deleteDraft, listDrafts } from '../offline/draft-store';
import type { StoredDraft } from '../offline/offline-db';
import { useOutbox } from '../offline/outbox-provider';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { navigate } from '../router/router';
import { Skeleton } from '../ui/skeleton';
import { newIdempotencyKey } from './draft';

export function startNewDraft(): void {
  navigate(`/kasus-baru?draf=${newIdempotencyKey()}`, { replace: true });
}

/** `/kasus-baru` without a draft: the unfinished drafts of this user on this phone, or straight to a new one. */
export function DraftPicker() {
  const { t, text, locale } = useI18n();
  const { userId } = useOutbox();
  const [drafts, setDrafts] = useState<StoredDraft[] | null>(null);
  useEffect(() => {
    if (!userId) return;
    void listDrafts(userId)
      .catch(() => [])
      .then((list) => (list.length ? setDrafts(list) : startNewDraft()));
  }, [userId]);
  if (!drafts) return <Skeleton lines={4} label={t('app.loading')} />;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const remove = async (id: string) => {
    await deleteDraft(id);
    const rest = drafts.filter((d) => d.id !== id);
    if (rest.length) setDrafts(rest);
    else startNewDraft();
  };
  return (
    <section className="page" aria-labelledby="drafts-title">
      <h1 id="drafts-title">{t('drafts.title')}</h1>
      <ul className="plain-list draft-list">
        {drafts.map((d) => {
          const title = d.title ? text(d.title) : t('drafts.untitled');
          const who = d.draft.applicant.name.trim();
          return (
            <li key={d.id} className="panel">
              <button
                type="button"
                className="button button--block"
                onClick={() => navigate(`/kasus-baru?draf=${encodeURIComponent(d.id)}`)}
              >
                {t('drafts.resume', { title: who ? `${title} — ${who}` : title })}
              </button>
              <span className="muted block">
                {t('drafts.step', { n: d.step + 1 })} ·{' '}
                {t('drafts.updated', { when: formatDateTime(new Date(d.updatedAt).toISOString(), zone, locale) })}
              </span>
              <button type="button" className="button button--small" onClick={() => void remove(d.id)}>
                {t('drafts.remove', { title })}
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button button--primary button--block" onClick={startNewDraft}>
        {t('drafts.new')}
      </button>
    </section>
  );
}

import { DeadlineBadge, isUrgent } from '../deadline/deadline-badge';
import type { CaseSummaryFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';

/**
 * One case of the inbox: what it is, from which desa, where it came from, and — in words and an
 * icon, not only colour — whether it is new to my unit and whether it came by escalation.
 */
export function InboxCard({ c, fresh }: { c: CaseSummaryFieldsFragment; fresh: boolean }) {
  const { t, text, locale } = useI18n();
  const entry = c.inbox;
  const escalated = entry?.reason === 'ESCALATED';
  return (
    <li className={`card${isUrgent(c.deadline.state) ? ' card--urgent' : ''}`} data-case-code={c.code}>
      <Link href={`/kasus/${encodeURIComponent(c.id)}`} className="card__link">
        <span className="card__title">
          {text(c.serviceType.name)}
          {entry && !entry.actedOn && <span className="tag tag--new">{t('inbox.new')}</span>}
          {fresh && <span className="tag tag--new">{t('inbox.justArrived')}</span>}
        </span>
        <span className="card__meta">
          <span className="code">{c.code}</span> · {text(c.sector.name)} · {t('inbox.desa', { name: c.area.name })}
        </span>
        <span className="card__meta">{text(c.state.label)}</span>
        {entry && (
          <span className="card__meta">
            {escalated
              ? t('inbox.escalatedFrom', { holder: c.holder.name })
              : entry.receivedFrom
                ? t('inbox.receivedFrom', { name: entry.receivedFrom.name })
                : t('inbox.registeredHere')}{' '}
            · {formatDateTime(entry.since, c.deadline.timeZone, locale)}
          </span>
        )}
      </Link>
      {escalated && (
        <span className="tag tag--escalated">
          <span aria-hidden="true">⚠ </span>
          {t('inbox.escalatedBecauseOverdue')}
        </span>
      )}
      <DeadlineBadge deadline={c.deadline} />
    </li>
  );
}

import type { DeadlineState } from '../gql/graphql';
import { formatDate, zoneAbbreviation } from '../i18n/format';
import { useI18n, type I18n } from '../i18n/i18n';

export interface DeadlineView {
  state: DeadlineState;
  workingDaysLeft: number;
  dueAt: string;
  timeZone: string;
  /** Counted days fall in a year whose SKB 3 Menteri is not loaded: the date may still move. */
  provisional?: boolean;
  /** Why, from the server (Indonesian and English); null when final. */
  provisionalReason?: { id: string; en: string } | null;
}

const icons: Record<DeadlineState, string> = {
  ON_TRACK: '◷',
  DUE_SOON: '⏰',
  OVERDUE: '⚠',
  PAUSED: '⏸',
  MET: '✓',
  MISSED: '✗',
};

/** The words for a deadline: they carry the meaning, colour and icon only repeat it. */
export function deadlineLabel(deadline: Pick<DeadlineView, 'state' | 'workingDaysLeft'>, t: I18n['t']): string {
  const days = Math.abs(deadline.workingDaysLeft);
  switch (deadline.state) {
    case 'ON_TRACK':
      return t('deadline.onTrack', { days });
    case 'DUE_SOON':
      return t('deadline.dueSoon');
    case 'OVERDUE':
      return days > 0 ? t('deadline.overdue', { days }) : t('deadline.overdueToday');
    case 'PAUSED':
      return t('deadline.paused', { days });
    case 'MET':
      return t('deadline.met');
    case 'MISSED':
      return t('deadline.missed');
  }
}

export function isUrgent(state: DeadlineState): boolean {
  return state === 'DUE_SOON' || state === 'OVERDUE';
}

/**
 * Working days left, with the due date in the area's time zone. Due soon and
 * overdue stand out by icon, weight and border as well as colour. A provisional
 * deadline says so in words ("sementara"): the year's SKB is not loaded, so the
 * date may still move; `explain` adds the server's reason (the case page, tracking).
 */
export function DeadlineBadge({
  deadline,
  showDate = true,
  explain = false,
}: {
  deadline: DeadlineView;
  showDate?: boolean;
  explain?: boolean;
}) {
  const { t, text, locale } = useI18n();
  const label = deadlineLabel(deadline, t);
  const due = `${formatDate(deadline.dueAt, deadline.timeZone, locale)} (${zoneAbbreviation(deadline.timeZone)})`;
  const reason = deadline.provisionalReason ? text(deadline.provisionalReason) : t('deadline.provisionalHint');
  return (
    <span
      className={`deadline deadline--${deadline.state.toLowerCase().replace('_', '-')}`}
      data-state={deadline.state}
      data-provisional={deadline.provisional ? 'true' : undefined}
    >
      <span className="deadline__icon" aria-hidden="true">
        {icons[deadline.state]}
      </span>
      <span className="deadline__label">
        {isUrgent(deadline.state) ? <strong>{label}</strong> : label}
        {deadline.provisional && (
          <span className="deadline__provisional" title={explain ? undefined : reason}>
            {t('deadline.provisional')}
          </span>
        )}
        {deadline.provisional && explain && <span className="deadline__reason">{reason}</span>}
        {showDate ? (
          <span className="deadline__date">{t('deadline.dueAt', { date: due })}</span>
        ) : (
          <span className="visually-hidden">, {t('deadline.dueAt', { date: due })}</span>
        )}
      </span>
    </span>
  );
}

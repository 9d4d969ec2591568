import type { DeadlineState } from '../gql/graphql';
import { formatDate, zoneAbbreviation } from '../i18n/format';
import { useI18n, type I18n } from '../i18n/i18n';

export interface DeadlineView {
  state: DeadlineState;
  workingDaysLeft: number;
  dueAt: string;
  timeZone: string;
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
 * overdue stand out by icon, weight and border as well as colour.
 */
export function DeadlineBadge({ deadline, showDate = true }: { deadline: DeadlineView; showDate?: boolean }) {
  const { t, locale } = useI18n();
  const label = deadlineLabel(deadline, t);
  const due = `${formatDate(deadline.dueAt, deadline.timeZone, locale)} (${zoneAbbreviation(deadline.timeZone)})`;
  return (
    <span
      className={`deadline deadline--${deadline.state.toLowerCase().replace('_', '-')}`}
      data-state={deadline.state}
    >
      <span className="deadline__icon" aria-hidden="true">
        {icons[deadline.state]}
      </span>
      <span className="deadline__label">
        {isUrgent(deadline.state) ? <strong>{label}</strong> : label}
        {showDate ? (
          <span className="deadline__date">{t('deadline.dueAt', { date: due })}</span>
        ) : (
          <span className="visually-hidden">, {t('deadline.dueAt', { date: due })}</span>
        )}
      </span>
    </span>
  );
}

import type { MessageKey } from '../i18n/dictionary';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import type { CaseDetail } from './case.page';

export function Timeline({ c }: { c: CaseDetail }) {
  const { t, text, locale } = useI18n();
  const stateLabel = (id: string | null | undefined) => {
    const state = c.sector.workflow.states.find((s) => s.id === id);
    return state ? text(state.label) : (id ?? '');
  };
  const actionLabel = (id: string) => {
    const action = c.sector.workflow.actions.find((a) => a.id === id);
    return action ? text(action.label) : id;
  };
  const eventLabel = (type: string) => {
    const key = `event.${type}` as MessageKey;
    const label = t(key);
    return label === key ? type : label;
  };
  /** The escalation chain's steps say where they went (the level and its unit, the new holder, the new date). */
  const escalationDetail = (type: string, payload: Record<string, unknown> | null | undefined): string | null => {
    const p = payload ?? {};
    if (type === 'ESCALATED' && typeof p.level === 'number') {
      const level = t('escalation.level', { level: p.level });
      return typeof p.unitName === 'string' ? `${level} → ${p.unitName}` : level;
    }
    if (type === 'ESCALATION_REASSIGNED' && typeof p.toHolderName === 'string') return `→ ${p.toHolderName}`;
    if (type === 'DUE_DATE_SET' && typeof p.dueAt === 'string') {
      return `→ ${formatDateTime(p.dueAt, c.area.timeZone, locale)}`;
    }
    return null;
  };
  return (
    <section className="panel" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('case.timeline')}</h2>
      <ol className="timeline">
        {[...c.timeline].reverse().map((e, i) => (
          <li key={`${e.occurredAt}-${i}`}>
            <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt, c.area.timeZone, locale)}</time>
            <span className="timeline__what">
              {e.action ? actionLabel(e.action) : eventLabel(e.type)}
              {e.toStatus && e.toStatus !== e.fromStatus && <> → {stateLabel(e.toStatus)}</>}
              {escalationDetail(e.type, e.payload) && <> {escalationDetail(e.type, e.payload)}</>}
            </span>
            <span className="muted">
              {e.actorName ?? t('case.systemActor')}
              {e.holder && <> · {e.holder.name}</>}
            </span>
            {(e.reason || e.note) && <span className="prewrap">{e.reason ?? e.note}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

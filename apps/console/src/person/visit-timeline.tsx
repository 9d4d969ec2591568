import { Fragment } from 'react';
import type { PersonHistoryQuery } from '../gql/graphql';
import type { MessageKey } from '../i18n/dictionary';
import { formatDate, DEFAULT_TIME_ZONE } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { formatNumber, formatZ } from './chart-format';

export type HistoryVisit = PersonHistoryQuery['kesehatanPersonHistory']['visits'][number];

const INDICATOR_SHORT: Record<string, MessageKey> = {
  weightForAge: 'growth.short.weightForAge',
  lengthHeightForAge: 'growth.short.lengthHeightForAge',
  weightForLengthHeight: 'growth.short.weightForLengthHeight',
  bmiForAge: 'growth.short.bmiForAge',
  headCircumferenceForAge: 'growth.short.headCircumferenceForAge',
};

/** "10 bulan 4 hari" / "10 months 4 days", from the server's calendar age. */
export function AgeText({ months, days }: { months: number | null; days: number | null }) {
  const { t } = useI18n();
  if (months === null || days === null) return null;
  return <>{t('person.age', { months, days })}</>;
}

/** The open days, newest first, each a card with what was measured, found, given and followed up. */
export function VisitTimeline({ visits }: { visits: readonly HistoryVisit[] }) {
  const { t, text, locale } = useI18n();
  const n = (v: number) => formatNumber(v, locale);
  return (
    <ol className="card-list person-timeline">
      {[...visits].reverse().map((v) => {
        const m = v.visit.measurement;
        const s = v.visit.services;
        const topics = v.visit.counsellingTopics;
        return (
          <li key={v.visit.id} className="card">
            <h3>{formatDate(`${v.heldOn}T05:00:00Z`, DEFAULT_TIME_ZONE, locale)}</h3>
            <p className="muted">
              {v.posyanduName} · {t(`person.targetGroup.${v.visit.targetGroup}` as MessageKey)}
              {v.ageMonths !== null && (
                <>
                  {' · '}
                  <AgeText months={v.ageMonths} days={v.ageDays} />
                </>
              )}
            </p>
            {m && (
              <dl className="facts">
                {m.weightKg !== null && (
                  <>
                    <dt>{t('person.weight')}</dt>
                    <dd>{n(m.weightKg)} kg</dd>
                  </>
                )}
                {m.lengthCm !== null && (
                  <>
                    <dt>{t(m.position === 'STANDING' ? 'person.height' : 'person.length')}</dt>
                    <dd>{n(m.lengthCm)} cm</dd>
                  </>
                )}
                {m.headCircumferenceCm !== null && (
                  <>
                    <dt>{t('person.head')}</dt>
                    <dd>{n(m.headCircumferenceCm)} cm</dd>
                  </>
                )}
                {m.lilaCm !== null && (
                  <>
                    <dt>{t('person.lila')}</dt>
                    <dd>{n(m.lilaCm)} cm</dd>
                  </>
                )}
                {m.systolic !== null && m.diastolic !== null && (
                  <>
                    <dt>{t('person.bloodPressure')}</dt>
                    <dd>
                      {m.systolic}/{m.diastolic} mmHg
                    </dd>
                  </>
                )}
                {m.oedema && (
                  <>
                    <dt>{t('person.oedema')}</dt>
                    <dd>{t('person.yes')}</dd>
                  </>
                )}
                {m.zScores.map((z) => (
                  <Fragment key={z.indicator}>
                    <dt>{t(INDICATOR_SHORT[z.indicator] ?? 'growth.short.weightForAge')}</dt>
                    <dd>
                      {m.risks.some((r) => r.indicator === z.indicator) ? '⚠ ' : '✓ '}
                      {text(z.label)} (z {formatZ(z.zScore, locale)})
                    </dd>
                  </Fragment>
                ))}
              </dl>
            )}
            {m?.remeasure && (
              <p className="alert alert--warning" role="note">
                ⚠ {t('person.remeasure')}
              </p>
            )}
            {m && m.risks.length > 0 && (
              <p>
                <strong>⚠ {t('person.risks')}: </strong>
                {m.risks.map((r) => text(r.label)).join('; ')}
              </p>
            )}
            {s && (
              <p>
                <strong>{t('person.services')}: </strong>
                {[
                  ...(s.immunizations.length
                    ? [`${t('person.immunization')} ${s.immunizations.map((c) => c.replaceAll('_', ' ')).join(', ')}`]
                    : []),
                  ...(s.vitaminA ? [t('person.vitaminA')] : []),
                  ...(s.supplementaryFeeding ? [t('person.pmt')] : []),
                  ...(s.ironTablets ? [t('person.ironTablets')] : []),
                ].join(' · ') || t('person.none')}
                {s.note && <span className="block prewrap">{s.note}</span>}
              </p>
            )}
            {topics.length > 0 && (
              <p>
                <strong>{t('person.counselling')}: </strong>
                {topics.map((c) => t(`person.topic.${c}` as MessageKey)).join(', ')}
                {v.visit.counsellingNote && <span className="block prewrap">{v.visit.counsellingNote}</span>}
              </p>
            )}
            {v.visit.followUps.length > 0 && (
              <div>
                <strong>{t('person.followUps')}:</strong>
                <ul>
                  {v.visit.followUps.map((f) => (
                    <li key={`${f.caseId}-${f.code}`}>
                      <Link href={`/kasus/${f.caseId}`}>{t('person.followUpCase', { code: f.caseCode })}</Link> —{' '}
                      {text(f.label)} · {text(f.caseStatusLabel)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}

import { useI18n } from '../i18n/i18n';
import { personHref } from '../person/person-href';
import { Link } from '../router/router';
import type { Visit } from './open-day-common';
import { indicatorWord, useOpenDayWords } from './open-day-text';

/**
 * What table 2 found, in words: each z-score with its Permenkes category, the
 * risks, and the follow-up case a risk opened (its code, for the KIA book). A
 * risk is told by a heading, an icon and the words, never by colour alone.
 */
export function MeasurementResult({ visit }: { visit: Visit }) {
  const w = useOpenDayWords();
  const { text, locale } = useI18n();
  const m = visit.measurement;
  if (!m) return <p className="muted">{w('noMeasurement')}</p>;
  const number = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 2,
  });
  const codes = [...new Set(visit.followUps.map((f) => f.caseCode))];
  const indicator = (name: string) => {
    const word = indicatorWord(name);
    return word ? w(word) : null;
  };
  return (
    <section className="od-result" aria-label={w('result', { name: visit.person.name ?? '' })}>
      {m.zScores.length > 0 && (
        <ul className="plain-list od-zscores">
          {m.zScores.map((z) => (
            <li key={z.indicator}>
              {w('zScore', {
                indicator: indicator(z.indicator) ?? z.indicator,
                z: number.format(z.zScore),
                label: text(z.label),
              })}
              {z.implausible && <strong> ({w('implausible')})</strong>}
            </li>
          ))}
        </ul>
      )}
      {m.remeasure && (
        <p className="alert alert--warning" role="alert">
          <span aria-hidden="true">↻ </span>
          {w('remeasure')}
        </p>
      )}
      {m.risks.length === 0 ? (
        <p className="alert alert--ok" role="status">
          <span aria-hidden="true">✓ </span>
          {w('noRisk')}
        </p>
      ) : (
        <div className="alert alert--error" role="alert">
          <h3 className="od-result__head">
            <span aria-hidden="true">⚠ </span>
            {w('risks')}
          </h3>
          <ul>
            {m.risks.map((r) => (
              <li key={r.indicator}>
                {indicator(r.indicator) ? `${indicator(r.indicator)}: ` : ''}
                {text(r.label)}
              </li>
            ))}
          </ul>
          {codes.map((code) => (
            <p key={code} className="od-followup">
              {w('followUp', { code })}
            </p>
          ))}
        </div>
      )}
      <p>
        <Link href={personHref(visit.person.id)}>{w('historyAndGrowth', { name: visit.person.name ?? '' })}</Link>
      </p>
    </section>
  );
}

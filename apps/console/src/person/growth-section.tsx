import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { GrowthReferenceDocument, type KesehatanGrowthChart, type KesehatanSex } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/dictionary';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { GrowthChart, type ChartPoint } from './growth-chart';

/** What the selector offers: BB/PB and BB/TB are one choice, the table follows the child's age. */
type Choice =
  | 'WEIGHT_FOR_AGE'
  | 'LENGTH_HEIGHT_FOR_AGE'
  | 'WEIGHT_FOR_LENGTH_HEIGHT'
  | 'BMI_FOR_AGE'
  | 'HEAD_CIRCUMFERENCE_FOR_AGE';
const CHOICES: ReadonlyArray<{ value: Choice; label: MessageKey }> = [
  { value: 'WEIGHT_FOR_AGE', label: 'growth.chart.weightForAge' },
  { value: 'LENGTH_HEIGHT_FOR_AGE', label: 'growth.chart.lengthHeightForAge' },
  { value: 'WEIGHT_FOR_LENGTH_HEIGHT', label: 'growth.chart.weightForLengthHeight' },
  { value: 'BMI_FOR_AGE', label: 'growth.chart.bmiForAge' },
  { value: 'HEAD_CIRCUMFERENCE_FOR_AGE', label: 'growth.chart.headCircumferenceForAge' },
];
const TABLE_LABEL: Partial<Record<KesehatanGrowthChart, MessageKey>> = {
  WEIGHT_FOR_LENGTH: 'growth.chart.weightForLength',
  WEIGHT_FOR_HEIGHT: 'growth.chart.weightForHeight',
};

export interface GrowthVisit {
  heldOn: string;
  growthPoints: ReadonlyArray<Omit<ChartPoint, 'heldOn'> & { chart: KesehatanGrowthChart }>;
}

function pointsOf(visits: readonly GrowthVisit[], chart: KesehatanGrowthChart): ChartPoint[] {
  return visits.flatMap((v) =>
    v.growthPoints
      .filter((p) => p.chart === chart)
      .map((p) => ({ heldOn: v.heldOn, x: p.x, y: p.y, zScore: p.zScore, label: p.label })),
  );
}

/** The chart selector, the WHO curves from the server, and the child's points on them. */
export function GrowthSection({ sex, visits }: { sex: KesehatanSex; visits: readonly GrowthVisit[] }) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<Choice>('WEIGHT_FOR_AGE');
  // Weight-for-length below 24 months, weight-for-height from 24 months: the newest measurement's table first.
  const wflh = (['WEIGHT_FOR_LENGTH', 'WEIGHT_FOR_HEIGHT'] as const).filter((c) => pointsOf(visits, c).length);
  const newestWflh = [...visits]
    .reverse()
    .flatMap((v) => v.growthPoints.map((p) => p.chart))
    .find((c) => c === 'WEIGHT_FOR_LENGTH' || c === 'WEIGHT_FOR_HEIGHT');
  const [table, setTable] = useState<KesehatanGrowthChart | null>(null);
  const chart: KesehatanGrowthChart =
    choice === 'WEIGHT_FOR_LENGTH_HEIGHT' ? (table ?? newestWflh ?? 'WEIGHT_FOR_LENGTH') : choice;
  const { data, error, loading, refetch } = useQuery(GrowthReferenceDocument, { variables: { indicator: chart, sex } });
  const points = pointsOf(visits, chart);
  const title = t(TABLE_LABEL[chart] ?? CHOICES.find((c) => c.value === choice)!.label);
  const reference = data?.kesehatanGrowthReference;

  return (
    <section aria-labelledby="growth-title" className="growth-section">
      <h2 id="growth-title">{t('growth.title')}</h2>
      <div className="growth-section__controls">
        <label className="field">
          <span className="field__label">{t('growth.indicator')}</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value as Choice)}>
            {CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {t(c.label)}
              </option>
            ))}
          </select>
        </label>
        {choice === 'WEIGHT_FOR_LENGTH_HEIGHT' && wflh.length > 1 && (
          <label className="field">
            <span className="field__label">{t('growth.table')}</span>
            <select value={chart} onChange={(e) => setTable(e.target.value as KesehatanGrowthChart)}>
              {wflh.map((c) => (
                <option key={c} value={c}>
                  {t(TABLE_LABEL[c]!)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {!reference || reference.indicator !== chart ? (
        loading ? (
          <Skeleton lines={6} label={t('growth.loading')} />
        ) : (
          <ErrorMessage error={error} onRetry={() => void refetch()} />
        )
      ) : (
        <>
          {!points.length && <p className="muted">{t('growth.noPoints')}</p>}
          <GrowthChart
            title={title}
            rows={reference.rows}
            points={points}
            xUnit={reference.xUnit}
            yUnit={reference.yUnit}
          />
        </>
      )}
    </section>
  );
}

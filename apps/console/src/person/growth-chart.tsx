import { useId } from 'react';
import { useI18n, type BilingualText } from '../i18n/i18n';
import {
  BOX,
  pieces,
  scale,
  SD_LINES,
  ticks,
  visibleRows,
  xDomain,
  yDomain,
  type ReferenceRow,
  type SdKey,
} from './chart-scale';
import { formatDay, formatNumber, formatZ } from './chart-format';

export interface ChartPoint {
  /** YYYY-MM-DD */
  heldOn: string;
  x: number;
  y: number;
  zScore: number;
  label: BilingualText;
}

export interface GrowthChartProps {
  title: string;
  rows: readonly ReferenceRow[];
  points: readonly ChartPoint[];
  xUnit: string;
  yUnit: string;
}

const UNIT_WORDS: Record<string, { id: string; en: string }> = {
  month: { id: 'bulan', en: 'months' },
  cm: { id: 'cm', en: 'cm' },
  kg: { id: 'kg', en: 'kg' },
  'kg/m2': { id: 'kg/m²', en: 'kg/m²' },
};

/**
 * A WHO growth chart drawn by hand in SVG: the −3, −2, 0, +2, +3 SD lines (labelled at their right
 * end, the bands between them shaded), the child's measurements as points joined by a line, and the
 * same points as a table for screen readers and for anyone who prefers numbers.
 */
export function GrowthChart({ title, rows, points, xUnit, yUnit }: GrowthChartProps) {
  const { t, text, locale } = useI18n();
  const uid = useId();
  const sorted = [...points].sort((a, b) => a.x - b.x);
  const xd = xDomain(
    rows,
    sorted.map((p) => p.x),
    xUnit === 'month' ? 12 : 15,
  );
  const shown = visibleRows(rows, xd);
  const yd = yDomain(
    rows,
    sorted.map((p) => p.y),
    xd,
  );
  const { width, height, left, right, top, bottom } = BOX;
  const sx = scale(xd, [left, width - right]);
  const sy = scale(yd, [height - bottom, top]);
  const unit = (u: string) => text(UNIT_WORDS[u] ?? { id: u, en: u });
  const xLabel = xUnit === 'month' ? t('growth.axis.age') : t('growth.axis.length');
  const path = (piece: readonly ReferenceRow[], key: SdKey) =>
    piece.map((r, i) => `${i ? 'L' : 'M'}${sx(r.x)},${sy(r[key])}`).join('');
  const band = (piece: readonly ReferenceRow[], lower: SdKey, upper: SdKey) =>
    `${path(piece, upper)}${[...piece]
      .reverse()
      .map((r) => `L${sx(r.x)},${sy(r[lower])}`)
      .join('')}Z`;
  const lastRow = shown.filter((r) => r.x <= xd[1]).at(-1);

  return (
    <figure className="growth-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
        className="growth-chart__svg"
      >
        <title id={`${uid}-title`}>{title}</title>
        <desc id={`${uid}-desc`}>{t('growth.chartDescription', { count: sorted.length })}</desc>
        <defs>
          <clipPath id={`${uid}-plot`}>
            <rect x={left} y={top} width={width - left - right} height={height - top - bottom} />
          </clipPath>
        </defs>
        <g clipPath={`url(#${uid}-plot)`}>
          {pieces(shown).map((piece, i) => (
            <g key={i}>
              <path className="growth-chart__band growth-chart__band--outer" d={band(piece, 'sdNeg3', 'sdNeg2')} />
              <path className="growth-chart__band growth-chart__band--normal" d={band(piece, 'sdNeg2', 'sd2')} />
              <path className="growth-chart__band growth-chart__band--outer" d={band(piece, 'sd2', 'sd3')} />
              {SD_LINES.map((line) => (
                <path
                  key={line.key}
                  d={path(piece, line.key)}
                  data-sd={line.key}
                  className={`growth-chart__line growth-chart__line--${line.key}`}
                />
              ))}
            </g>
          ))}
          {sorted.length > 1 && (
            <polyline
              className="growth-chart__child-line"
              points={sorted.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
            />
          )}
          {sorted.map((p) => (
            <circle
              key={`${p.heldOn}-${p.x}`}
              className="growth-chart__point"
              cx={sx(p.x)}
              cy={sy(p.y)}
              r={5}
              data-z={p.zScore}
            >
              <title>{`${formatDay(p.heldOn, locale)}: ${formatNumber(p.y, locale)} ${unit(yUnit)}, z ${formatZ(p.zScore, locale)} (${text(p.label)})`}</title>
            </circle>
          ))}
        </g>
        {lastRow &&
          SD_LINES.map((line) => (
            <text key={line.key} x={width - right + 3} y={sy(lastRow[line.key]) + 4} className="growth-chart__sd-label">
              {line.label}
            </text>
          ))}
        <g className="growth-chart__axis" aria-hidden="true">
          <line x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} />
          <line x1={left} x2={left} y1={top} y2={height - bottom} />
          {ticks(xd, 6).map((v) => (
            <text key={`x${v}`} x={sx(v)} y={height - bottom + 14} textAnchor="middle">
              {formatNumber(v, locale)}
            </text>
          ))}
          {ticks(yd, 6).map((v) => (
            <text key={`y${v}`} x={left - 4} y={sy(v) + 4} textAnchor="end">
              {formatNumber(v, locale)}
            </text>
          ))}
          <text x={(left + width - right) / 2} y={height - 6} textAnchor="middle" className="growth-chart__axis-label">
            {`${xLabel} (${unit(xUnit)})`}
          </text>
          <text
            x={12}
            y={(top + height - bottom) / 2}
            textAnchor="middle"
            transform={`rotate(-90 12 ${(top + height - bottom) / 2})`}
            className="growth-chart__axis-label"
          >
            {`${t('growth.axis.value')} (${unit(yUnit)})`}
          </text>
        </g>
      </svg>
      <figcaption className="muted">{t('growth.legend')}</figcaption>
      <table className="growth-table">
        <caption>{t('growth.tableCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('growth.col.date')}</th>
            <th scope="col">{`${xLabel} (${unit(xUnit)})`}</th>
            <th scope="col">{`${t('growth.axis.value')} (${unit(yUnit)})`}</th>
            <th scope="col">{t('growth.col.z')}</th>
            <th scope="col">{t('growth.col.category')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => (
            <tr key={`${p.heldOn}-${p.x}`}>
              <td>{formatDay(p.heldOn, locale)}</td>
              <td>{formatNumber(p.x, locale)}</td>
              <td>{formatNumber(p.y, locale)}</td>
              <td>{formatZ(p.zScore, locale)}</td>
              <td>{text(p.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('growth.attribution')}</p>
    </figure>
  );
}

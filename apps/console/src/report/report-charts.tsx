import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { SpmRecapQuery } from '../gql/graphql';
import { useI18n, type Locale } from '../i18n/i18n';
import { navigate } from '../router/router';
import { drillDownHref } from '../case-list/case-list-url';
import { barsByArea, barsByService, SEGMENTS, wrapLabel, type Bar } from './chart-data';
import { CountLink, ScrollTable } from './report-table';
import { reportText } from './report-text';

// Only the parts drawn here: Chart.js tree-shakes the rest out of this lazy chunk.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);

type Recap = SpmRecapQuery['spmRecap'];

const INK = '#1b1f1d';
const MUTED = '#4a5350';
const GRID = '#c6cdca';

/**
 * The charts of `/laporan` (issue 15, item 6), loaded on their own after the tables: outcomes per
 * jenis pelayanan dasar, the monthly trend, and the areas within side by side. Each canvas is an
 * image named by its title, with its numbers in a data table behind a toggle; a click on a bar
 * opens the cases behind it, as the table's links do.
 */
export default function ReportCharts({
  recap,
  trend,
}: {
  recap: Recap;
  /** The months of the report's year (the recap's own months while the year's are loading). */
  trend: Recap['trend'];
}) {
  const { text } = useI18n();
  const services = barsByService(recap);
  const areas = barsByArea(recap);
  const areaWord = recap.area.level === 'KABUPATEN' ? 'chartAreasKecamatan' : 'chartAreasDesa';
  return (
    <section className="report-charts" aria-labelledby="report-charts-title">
      <h2 id="report-charts-title">{text(reportText('charts'))}</h2>
      <div className="report-charts__grid">
        {services.length > 0 && <StackedBars title={text(reportText('chartServices'))} bars={services} />}
        {trend.length > 0 && <Trend trend={trend} />}
        {areas.length > 0 && (
          <StackedBars
            title={text(reportText(areaWord, { area: recap.area.name }))}
            bars={areas}
            wide={areas.length > 12}
          />
        )}
      </div>
    </section>
  );
}

/** A canvas drawn by Chart.js from `config`, redrawn when `key` changes, destroyed on unmount. */
function useChart(config: () => ChartConfiguration, key: string) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, config());
    return () => chart.destroy();
    // The config is rebuilt from `key` (the data and the language), not from its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return canvas;
}

function Figure({
  title,
  height,
  canvas,
  table,
  wide,
}: {
  title: string;
  height: number;
  canvas: RefObject<HTMLCanvasElement | null>;
  table: ReactNode;
  wide?: boolean;
}) {
  const { text } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();
  return (
    <figure className={`chart${wide ? ' chart--wide' : ''}`}>
      <figcaption className="chart__title">{title}</figcaption>
      <div className="chart__canvas" style={{ height }}>
        <canvas ref={canvas} role="img" aria-label={text(reportText('chartImage', { name: title }))}>
          {text(reportText('chartFallback'))}
        </canvas>
      </div>
      <button
        type="button"
        className="linklike chart__toggle"
        aria-expanded={showTable}
        aria-controls={tableId}
        onClick={() => setShowTable((s) => !s)}
      >
        {text(reportText(showTable ? 'hideData' : 'showData', { name: title }))}
      </button>
      <div id={tableId} hidden={!showTable}>
        {table}
      </div>
    </figure>
  );
}

function formatMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-15T00:00:00Z`));
}

/** Horizontal bars (long service names read on a phone), one stacked segment per outcome cell. */
function StackedBars({ title, bars, wide }: { title: string; bars: Bar[]; wide?: boolean }) {
  const { text, locale } = useI18n();
  // Cells nobody is in stay out of the legend and the table: shorter on a phone.
  const segments = SEGMENTS.filter((s) => bars.some((b) => b.counts[s.cell] > 0));
  const labels = bars.map((b) => text(b.label));
  const percent = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  // The on-time share under each name: the achievement in one number, in words (not colour).
  const rates = bars.map((b) =>
    b.capaian
      ? capaianText(b.capaian)
      : b.counts.onTimeRate === null || b.counts.onTimeRate === undefined
        ? text(reportText('chartNoRate'))
        : text(reportText('chartRate', { rate: percent.format(b.counts.onTimeRate) })),
  );
  /** Capaian SPM in words: the share of the sasaran served to standard, or why there is none (never 100 %). */
  function capaianText(c: NonNullable<Bar['capaian']>): string {
    return c.rate === null || c.rate === undefined
      ? text(c.statusLabel)
      : text(reportText('chartCapaian', { rate: percent.format(c.rate), served: c.served, sasaran: c.sasaran ?? 0 }));
  }
  const withCapaian = bars.some((b) => b.capaian);
  const canvas = useChart(
    () => ({
      type: 'bar',
      data: {
        labels: labels.map((l, i) => [...wrapLabel(l), rates[i] ?? '']),
        datasets: segments.map((s) => ({
          label: text(reportText(s.cell)),
          data: bars.map((b) => b.counts[s.cell]),
          backgroundColor: s.color,
          borderColor: '#ffffff',
          borderWidth: 1,
        })),
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: {
            stacked: true,
            beginAtZero: true,
            ticks: { precision: 0, color: MUTED },
            grid: { color: GRID },
            title: { display: true, text: text(reportText('chartCases')), color: MUTED },
          },
          y: { stacked: true, ticks: { color: INK, autoSkip: false }, grid: { display: false } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: INK, boxWidth: 12, boxHeight: 12 } },
          tooltip: { mode: 'nearest' },
        },
        onHover: (event, elements) => {
          const target = event.native?.target;
          if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          const bar = hit && bars[hit.index];
          const segment = hit && segments[hit.datasetIndex];
          if (bar && segment) navigate(drillDownHref(bar.filter, segment.cell));
        },
      },
    }),
    JSON.stringify([locale, labels, rates, segments.map((s) => s.cell), bars.map((b) => b.counts)]),
  );
  const height = Math.max(180, bars.length * 40 + 110 + Math.ceil(segments.length / 3) * 18);
  return (
    <Figure
      title={title}
      height={height}
      canvas={canvas}
      wide={wide}
      table={
        <ScrollTable
          caption={title}
          head={
            <tr>
              <th scope="col">{text(reportText('chartLabel'))}</th>
              {withCapaian && <th scope="col">{text(reportText('capaian'))}</th>}
              <th scope="col">{text(reportText('received'))}</th>
              {segments.map((s) => (
                <th scope="col" key={s.cell}>
                  {text(reportText(s.cell))}
                </th>
              ))}
            </tr>
          }
        >
          {bars.map((b, i) => (
            <tr key={i}>
              <th scope="row">{labels[i]}</th>
              {withCapaian && <td>{b.capaian ? capaianText(b.capaian) : '–'}</td>}
              {(['received', ...segments.map((s) => s.cell)] as const).map((cell) => (
                <td key={cell}>
                  <CountLink
                    count={b.counts[cell]}
                    href={drillDownHref(b.filter, cell)}
                    what={`${text(reportText(cell))}, ${labels[i]}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </ScrollTable>
      }
    />
  );
}

const TREND_LINES = [
  { cell: 'received', color: INK, point: 'circle', dash: [] },
  { cell: 'completedOnTime', color: '#0b5d3b', point: 'triangle', dash: [6, 4] },
  { cell: 'openOverdue', color: '#b42318', point: 'rectRot', dash: [2, 3] },
] as const;

/** Received, completed on time and open overdue per month of registration: lines with distinct dashes and points. */
function Trend({ trend }: { trend: Recap['trend'] }) {
  const { text, locale } = useI18n();
  const title = text(reportText('chartTrend'));
  const months = trend.map((m) => formatMonth(m.month, locale));
  const canvas = useChart(
    () => ({
      type: 'line',
      data: {
        labels: months,
        datasets: TREND_LINES.map((l) => ({
          label: text(reportText(l.cell)),
          data: trend.map((m) => m.counts[l.cell]),
          borderColor: l.color,
          backgroundColor: l.color,
          borderDash: [...l.dash],
          borderWidth: 2,
          pointStyle: l.point,
          pointRadius: 5,
          tension: 0,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { ticks: { color: INK }, grid: { color: GRID } },
          y: {
            beginAtZero: true,
            ticks: { precision: 0, color: MUTED },
            grid: { color: GRID },
            title: { display: true, text: text(reportText('chartCases')), color: MUTED },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: INK, usePointStyle: true } },
        },
        onClick: (_event, elements) => {
          const hit = elements[0];
          const month = hit && trend[hit.index];
          const line = hit && TREND_LINES[hit.datasetIndex];
          if (month && line) navigate(drillDownHref(month.filter, line.cell));
        },
      },
    }),
    JSON.stringify([locale, trend]),
  );
  return (
    <Figure
      title={title}
      height={280}
      canvas={canvas}
      table={
        <ScrollTable
          caption={title}
          head={
            <tr>
              <th scope="col">{text(reportText('month'))}</th>
              {TREND_LINES.map((l) => (
                <th scope="col" key={l.cell}>
                  {text(reportText(l.cell))}
                </th>
              ))}
            </tr>
          }
        >
          {trend.map((m, i) => (
            <tr key={m.month}>
              <th scope="row">{months[i]}</th>
              {TREND_LINES.map((l) => (
                <td key={l.cell}>
                  <CountLink
                    count={m.counts[l.cell]}
                    href={drillDownHref(m.filter, l.cell)}
                    what={`${text(reportText(l.cell))}, ${months[i] ?? ''}`}
                  />
                </td>
              ))}
            </tr>
          ))}
        </ScrollTable>
      }
    />
  );
}

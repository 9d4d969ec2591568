import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState, type FormEvent, type ReactNode } from 'react';
import { useAuth } from '../auth/auth';
import { downloadAuthorized } from '../files/download';
import { IntakeSectorsDocument, SpmRecapDocument, type SpmRecapCountsFieldsFragment } from '../gql/graphql';
import { DEFAULT_TIME_ZONE, localDateInput } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { COUNT_COLUMNS, drillDownHref, type CountColumn, type RecapLineFilter } from '../case-list/case-list-url';
import { CountLink, ScrollTable as Table } from './report-table';
import { reportText, type ReportWord } from './report-text';

// Chart.js and the charts are their own chunk, loaded after the tables: the tables (and the entry
// bundle) never wait for them.
const ReportCharts = lazy(() => import('./report-charts'));

type Kind = 'MONTH' | 'QUARTER' | 'YEAR';

interface Asked {
  year: number;
  kind: Kind;
  number: number;
  sectorId: string;
  areaCode: string;
}

/** This month, in the area's local dates. */
export function thisMonth(now: Date, timeZone = DEFAULT_TIME_ZONE): Asked {
  const today = localDateInput(now, timeZone);
  return {
    year: Number(today.slice(0, 4)),
    kind: 'MONTH',
    number: Number(today.slice(5, 7)),
    sectorId: '',
    areaCode: '',
  };
}

/** The columns, in the order the PDF and the spreadsheets print them. */
const COLUMNS: ReadonlyArray<Exclude<keyof SpmRecapCountsFieldsFragment, '__typename' | 'onTimeRate'>> = [
  ...COUNT_COLUMNS.filter((c) => c !== 'otherClosed'),
  'medianWorkingDays',
  'p90WorkingDays',
];

/** The on-time share in words and digits, never by colour alone. */
function OnTime({ rate }: { rate: number | null | undefined }) {
  const { text, locale } = useI18n();
  if (rate === null || rate === undefined) return <>{text(reportText('noRate'))}</>;
  return (
    <>
      {new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(rate)}
    </>
  );
}

function CountHeads({ first }: { first: ReactNode }) {
  const { text } = useI18n();
  return (
    <tr>
      {first}
      {COLUMNS.map((c) => (
        <th scope="col" key={c}>
          {text(reportText(c as ReportWord))}
        </th>
      ))}
      <th scope="col">{text(reportText('onTimeRate'))}</th>
    </tr>
  );
}

/** The counted columns a case list stands behind (the medians are not counts). */
const COUNTED: ReadonlySet<string> = new Set<CountColumn>(COUNT_COLUMNS);

/** One line's counts, each a link to its cases (the line's filter and the cell), the medians and the rate as text. */
function CountCells({
  counts,
  line,
  what,
}: {
  counts: SpmRecapCountsFieldsFragment;
  line: RecapLineFilter;
  what: string;
}) {
  const { text } = useI18n();
  return (
    <>
      {COLUMNS.map((c) => (
        <td key={c}>
          {COUNTED.has(c) ? (
            <CountLink
              count={counts[c]}
              href={drillDownHref(line, c as CountColumn)}
              what={`${text(reportText(c as ReportWord))}, ${what}`}
            />
          ) : (
            (counts[c] ?? '–')
          )}
        </td>
      ))}
      <td>
        <OnTime rate={counts.onTimeRate} />
      </td>
    </>
  );
}

/**
 * The SPM report page (`/laporan`): the recap of an area and a month, quarter or year per sector ×
 * jenis pelayanan dasar × penerima (`spmRecap`), the monthly trend, the areas within and the
 * settlements per unit; the same numbers as CSV, XLSX and the PDF a kabupaten files.
 */
export default function ReportPage({ now = new Date() }: { now?: Date; params?: Record<string, string> }) {
  const { t, text } = useI18n();
  const { token } = useAuth();
  const [form, setForm] = useState<Asked>(() => thisMonth(now));
  const [asked, setAsked] = useState<Asked>(form);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const sectors = useQuery(IntakeSectorsDocument);
  const period = {
    year: asked.year,
    month: asked.kind === 'MONTH' ? asked.number : null,
    quarter: asked.kind === 'QUARTER' ? asked.number : null,
  };
  const variables = { period, sectorId: asked.sectorId || null, areaCode: asked.areaCode.trim() || null };
  // One request: the period's recap and, for a month or quarter, its whole year's trend for the chart.
  const recap = useQuery(SpmRecapDocument, {
    variables: {
      ...variables,
      yearPeriod: { year: asked.year, month: null, quarter: null },
      withYearTrend: asked.kind !== 'YEAR',
    },
  });
  const r = recap.data?.spmRecap;
  const yearTrend = recap.data?.yearRecap?.trend;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDownloadError(null);
    setAsked(form);
  };
  const download = (format: 'csv' | 'xlsx' | 'pdf') => {
    setDownloadError(null);
    const query = new URLSearchParams({ year: String(period.year), format });
    if (period.month) query.set('month', String(period.month));
    if (period.quarter) query.set('quarter', String(period.quarter));
    if (variables.sectorId) query.set('sectorId', variables.sectorId);
    if (variables.areaCode) query.set('areaCode', variables.areaCode);
    const name = `rekap-spm-${r?.area.code ?? ''}-${r?.period.from.slice(0, 7) ?? period.year}.${format}`;
    downloadAuthorized(`/reports/spm-recap?${query}`, token, name).catch(setDownloadError);
  };

  return (
    <section className="page page--wide report" aria-labelledby="report-title">
      <div className="page__head">
        <h1 id="report-title">{text(reportText('title'))}</h1>
      </div>
      <p className="muted">{text(reportText('intro'))}</p>
      <form className="panel form" onSubmit={submit} aria-label={text(reportText('title'))}>
        <div className="row row--3">
          <TextField
            label={text(reportText('year'))}
            type="number"
            min={2000}
            max={2100}
            value={String(form.year)}
            onValue={(year) => setForm((f) => ({ ...f, year: Number(year) }))}
            required
          />
          <label className="field">
            <span>{text(reportText('periodKind'))}</span>
            <select
              value={form.kind}
              onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as Kind, number: 1 }))}
            >
              <option value="MONTH">{text(reportText('kindMonth'))}</option>
              <option value="QUARTER">{text(reportText('kindQuarter'))}</option>
              <option value="YEAR">{text(reportText('kindYear'))}</option>
            </select>
          </label>
          {form.kind !== 'YEAR' && (
            <TextField
              label={text(reportText(form.kind === 'MONTH' ? 'monthNumber' : 'quarterNumber'))}
              type="number"
              min={1}
              max={form.kind === 'MONTH' ? 12 : 4}
              value={String(form.number)}
              onValue={(n) => setForm((f) => ({ ...f, number: Number(n) }))}
              required
            />
          )}
        </div>
        <label className="field">
          <span>{text(reportText('sector'))}</span>
          <select value={form.sectorId} onChange={(e) => setForm((f) => ({ ...f, sectorId: e.target.value }))}>
            <option value="">{text(reportText('allSectors'))}</option>
            {(sectors.data?.sectors ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {text(s.name)}
              </option>
            ))}
          </select>
        </label>
        <TextField
          label={text(reportText('area'))}
          hint={text(reportText('areaHint'))}
          value={form.areaCode}
          inputMode="decimal"
          onValue={(areaCode) => setForm((f) => ({ ...f, areaCode }))}
        />
        <div className="row">
          <button type="submit" className="button button--primary">
            {text(reportText('show'))}
          </button>
          <button type="button" className="button" disabled={!r} onClick={() => download('csv')}>
            {text(reportText('downloadCsv'))}
          </button>
          <button type="button" className="button" disabled={!r} onClick={() => download('xlsx')}>
            {text(reportText('downloadXlsx'))}
          </button>
          <button type="button" className="button" disabled={!r} onClick={() => download('pdf')}>
            {text(reportText('downloadPdf'))}
          </button>
        </div>
        <ErrorMessage error={downloadError} />
      </form>

      <ErrorMessage error={r ? undefined : recap.error} onRetry={() => void recap.refetch()} />
      {!r && recap.loading && <Skeleton lines={8} label={t('app.loading')} />}
      {r && (
        <div className="stack" aria-live="polite">
          <h2>
            {text(reportText('heading', { area: `${r.area.name} (${r.area.code})`, period: text(r.period.label) }))}
          </h2>
          <Table
            caption={text(reportText('total'))}
            head={<CountHeads first={<th scope="col">{text(reportText('sector'))}</th>} />}
          >
            {r.bySector.map((s) => (
              <tr key={s.sectorId}>
                <th scope="row">{text(s.name)}</th>
                <CountCells counts={s.counts} line={s.filter} what={text(s.name)} />
              </tr>
            ))}
            <tr>
              <th scope="row">{text(reportText('total'))}</th>
              <CountCells counts={r.total} line={r.totalFilter} what={text(reportText('total'))} />
            </tr>
          </Table>
          <Suspense fallback={<Skeleton lines={4} label={text(reportText('chartsLoading'))} />}>
            <ReportCharts recap={r} trend={yearTrend ?? r.trend} />
          </Suspense>
          {r.bySector.map((s) => (
            <Table
              key={s.sectorId}
              caption={text(s.name)}
              head={
                <CountHeads
                  first={
                    <>
                      <th scope="col">{text(reportText('service'))}</th>
                      <th scope="col">{text(reportText('penerima'))}</th>
                    </>
                  }
                />
              }
            >
              {r.rows
                .filter((row) => row.sectorId === s.sectorId)
                .map((row) => (
                  <tr key={`${row.serviceId ?? ''}|${row.penerima ?? ''}`}>
                    <th scope="row">
                      {text(row.serviceName)}
                      {!row.countsTowardSpm && <span className="muted"> ({text(reportText('notSpm'))})</span>}
                    </th>
                    <td>{text(row.penerimaLabel)}</td>
                    <CountCells
                      counts={row.counts}
                      line={row.filter}
                      what={`${text(row.serviceName)}, ${text(row.penerimaLabel)}`}
                    />
                  </tr>
                ))}
            </Table>
          ))}
          <Table
            caption={text(reportText('trend'))}
            head={<CountHeads first={<th scope="col">{text(reportText('month'))}</th>} />}
          >
            {r.trend.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <CountCells counts={m.counts} line={m.filter} what={m.month} />
              </tr>
            ))}
          </Table>
          {r.areas.length > 0 && (
            <Table
              caption={text(reportText('areas'))}
              head={<CountHeads first={<th scope="col">{text(reportText('areaName'))}</th>} />}
            >
              {r.areas.map((a) => (
                <tr key={a.code}>
                  <th scope="row">
                    {a.name} ({a.code})
                  </th>
                  <CountCells counts={a.counts} line={a.filter} what={a.name} />
                </tr>
              ))}
            </Table>
          )}
          {r.settlements.some((s) => s.count > 0) && (
            <Table
              caption={text(reportText('settlements'))}
              head={
                <tr>
                  <th scope="col">{text(reportText('unit'))}</th>
                  <th scope="col">{text(reportText('sector'))}</th>
                  <th scope="col">{text(reportText('count'))}</th>
                </tr>
              }
            >
              {r.settlements.map((s) => (
                <tr key={`${s.unitKind}|${s.unitId ?? ''}|${s.sectorId ?? ''}`}>
                  <th scope="row">{s.unitName ?? text(s.unitKindLabel)}</th>
                  <td>{s.sectorId ?? '–'}</td>
                  <td>
                    <CountLink
                      count={s.count}
                      href={drillDownHref(s.filter, 'settledAtVillage')}
                      what={`${text(reportText('settlements'))}, ${s.unitName ?? text(s.unitKindLabel)}`}
                    />
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      )}
    </section>
  );
}

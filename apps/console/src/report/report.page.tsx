import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useAuth } from '../auth/auth';
import { downloadAuthorized } from '../files/download';
import { IntakeSectorsDocument, SpmReportDocument, type SpmReportCountsFieldsFragment } from '../gql/graphql';
import { DEFAULT_TIME_ZONE, formatDate, localDateInput, zoneAbbreviation } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { reportText, type ReportWord } from './report-text';

interface Period {
  from: string;
  to: string;
  sectorId: string;
  areaCode: string;
}

/** This month so far, in the area's local dates. */
export function thisMonth(now: Date, timeZone = DEFAULT_TIME_ZONE): Period {
  const today = localDateInput(now, timeZone);
  return { from: `${today.slice(0, 8)}01`, to: today, sectorId: '', areaCode: '' };
}

const COUNT_ROWS: ReportWord[] = [
  'registered',
  'closedOnTime',
  'closedLate',
  'open',
  'openOverdue',
  'paused',
  'resolved',
  'rejected',
];

/** The on-time share in words and digits, never by colour alone. */
function OnTime({ counts }: { counts: SpmReportCountsFieldsFragment }) {
  const { text, locale } = useI18n();
  if (counts.onTimeRate === null || counts.onTimeRate === undefined) return <>{text(reportText('noneClosed'))}</>;
  return (
    <>{new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'id-ID', { style: 'percent' }).format(counts.onTimeRate)}</>
  );
}

function Table({ caption, head, children }: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="table-scroll">
      <table className="report-table">
        <caption>{caption}</caption>
        <thead>{head}</thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/**
 * The SPM report page (`/laporan`): the period's cases in the viewer's reach, as the server counts
 * them (`spmReport`), with the same numbers downloadable as CSV or XLSX for the monthly report.
 */
export default function ReportPage({ now = new Date() }: { now?: Date; params?: Record<string, string> }) {
  const { t, text, locale } = useI18n();
  const { token } = useAuth();
  const [form, setForm] = useState<Period>(() => thisMonth(now));
  const [asked, setAsked] = useState<Period>(form);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const sectors = useQuery(IntakeSectorsDocument);
  const variables = {
    from: asked.from,
    to: asked.to,
    sectorId: asked.sectorId || null,
    areaCode: asked.areaCode.trim() || null,
  };
  const report = useQuery(SpmReportDocument, { variables });
  const r = report.data?.spmReport;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDownloadError(null);
    setAsked(form);
  };
  const download = (format: 'csv' | 'xlsx') => {
    setDownloadError(null);
    const query = new URLSearchParams({ from: asked.from, to: asked.to, format });
    if (variables.sectorId) query.set('sectorId', variables.sectorId);
    if (variables.areaCode) query.set('areaCode', variables.areaCode);
    downloadAuthorized(`/reports/spm?${query}`, token, `laporan-spm-${asked.from}-${asked.to}.${format}`).catch(
      setDownloadError,
    );
  };
  const day = (d: string) => formatDate(`${d}T05:00:00Z`, r?.timeZone ?? DEFAULT_TIME_ZONE, locale);

  return (
    <section className="page report" aria-labelledby="report-title">
      <div className="page__head">
        <h1 id="report-title">{text(reportText('title'))}</h1>
      </div>
      <p className="muted">{text(reportText('intro'))}</p>
      <form className="panel form" onSubmit={submit} aria-label={text(reportText('title'))}>
        <div className="row row--3">
          <TextField
            label={text(reportText('from'))}
            type="date"
            value={form.from}
            onValue={(from) => setForm((f) => ({ ...f, from }))}
            required
          />
          <TextField
            label={text(reportText('to'))}
            type="date"
            value={form.to}
            onValue={(to) => setForm((f) => ({ ...f, to }))}
            required
          />
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
        </div>
        <ErrorMessage error={downloadError} />
      </form>

      <ErrorMessage error={r ? undefined : report.error} onRetry={() => void report.refetch()} />
      {!r && report.loading && <Skeleton lines={8} label={t('app.loading')} />}
      {r && (
        <div className="stack" aria-live="polite">
          <p className="muted">
            {text(reportText('period', { from: day(r.from), to: day(r.to), zone: zoneAbbreviation(r.timeZone) }))}
          </p>
          <Table
            caption={text(reportText('totals'))}
            head={
              <tr>
                <th scope="col">{text(reportText('totals'))}</th>
                <th scope="col">{text(reportText('count'))}</th>
              </tr>
            }
          >
            {COUNT_ROWS.map((key) => (
              <tr key={key}>
                <th scope="row">{text(reportText(key))}</th>
                <td>{r.totals[key as keyof SpmReportCountsFieldsFragment]}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{text(reportText('onTimeRate'))}</th>
              <td>
                <OnTime counts={r.totals} />
              </td>
            </tr>
          </Table>
          <p>{text(reportText('returned', { count: r.returned }))}</p>
          <Table
            caption={text(reportText('bySector'))}
            head={
              <tr>
                <th scope="col">{text(reportText('sector'))}</th>
                <th scope="col">{text(reportText('registered'))}</th>
                <th scope="col">{text(reportText('closedOnTime'))}</th>
                <th scope="col">{text(reportText('openOverdue'))}</th>
                <th scope="col">{text(reportText('onTimeRate'))}</th>
              </tr>
            }
          >
            {r.bySector.map((s) => (
              <tr key={s.sectorId}>
                <th scope="row">{text(s.name)}</th>
                <td>{s.counts.registered}</td>
                <td>{s.counts.closedOnTime}</td>
                <td>{s.counts.openOverdue}</td>
                <td>
                  <OnTime counts={s.counts} />
                </td>
              </tr>
            ))}
          </Table>
          <Table
            caption={text(reportText('settledAt'))}
            head={
              <tr>
                <th scope="col">{text(reportText('settledAt'))}</th>
                <th scope="col">{text(reportText('count'))}</th>
              </tr>
            }
          >
            {r.settledAt.map((s) => (
              <tr key={s.unitKind}>
                <th scope="row">{text(s.label)}</th>
                <td>{s.count}</td>
              </tr>
            ))}
          </Table>
          <Table
            caption={text(reportText('timeByHolder'))}
            head={
              <tr>
                <th scope="col">{text(reportText('timeByHolder'))}</th>
                <th scope="col">{text(reportText('holdings'))}</th>
                <th scope="col">{text(reportText('averageDays'))}</th>
              </tr>
            }
          >
            {r.timeByHolder.map((h) => (
              <tr key={h.unitKind}>
                <th scope="row">{text(h.label)}</th>
                <td>{h.holdings}</td>
                <td>{h.averageWorkingDays}</td>
              </tr>
            ))}
          </Table>
        </div>
      )}
    </section>
  );
}

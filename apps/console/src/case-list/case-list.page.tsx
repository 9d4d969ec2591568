import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useAuth } from '../auth/auth';
import { DeadlineBadge } from '../deadline/deadline-badge';
import { CaseListDocument, CaseListSectorsDocument, type SpmRecapCell } from '../gql/graphql';
import { formatDateTime } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { reportText } from '../report/report-text';
import { Link, navigate, useLocation } from '../router/router';
import { downloadAuthorized } from '../files/download';
import { ErrorMessage } from '../ui/error-message';
import { DateField } from '../ui/date-field';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { caseListText as w } from './case-list-text';
import { NOT_MAPPED, penerimaOptions, spmLabels, spmServiceOptions } from './spm-options';
import {
  caseExportHref,
  caseFilterOf,
  caseListHref,
  COUNT_CELLS,
  DEADLINE_STATES,
  ORDERS,
  OUTCOMES,
  paramsFromSearch,
  REPORT_CELLS,
  type CaseListParams,
  type CountColumn,
} from './case-list-url';

const PAGE = 50;
/** The recap column a report cell is named by (its label is the report's column head). */
const CELL_COLUMN = Object.fromEntries(
  Object.entries(COUNT_CELLS).flatMap(([column, cell]) => (cell ? [[cell, column]] : [])),
) as Record<SpmRecapCell, CountColumn>;

/**
 * The case list (`/kasus`): every case the viewer may read, filtered (sector, service type, status,
 * outcome, SPM report column, deadline, overdue, area, holder, registration period) and sorted from
 * the URL, so the list can be shared, bookmarked, and opened from a count of the SPM report.
 */
export default function CaseListPage() {
  const { search } = useLocation();
  const params = paramsFromSearch(search);
  // The form is keyed by the URL: a new URL (a drill-down, Back) resets what is typed.
  return <CaseList key={caseListHref(params)} params={params} />;
}

function CaseList({ params }: { params: CaseListParams }) {
  const { t, text, locale } = useI18n();
  const { me, token } = useAuth();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const [form, setForm] = useState<CaseListParams>(params);
  const sectors = useQuery(CaseListSectorsDocument).data?.sectors ?? [];
  const variables = { filter: caseFilterOf(params), first: PAGE, orderBy: params.order ?? null };
  const { data, error, loading, fetchMore, refetch } = useQuery(CaseListDocument, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.cases;
  const oneSector = form.sectorIds?.length === 1 ? form.sectorIds[0] : undefined;
  const sector = sectors.find((s) => s.id === oneSector);
  const labels = spmLabels(sectors);
  const active = Object.keys(params).filter((k) => k !== 'order').length;
  const holders = new Map<string, string>();
  for (const m of me?.memberships ?? []) holders.set(m.orgUnit.id, m.orgUnit.name);
  for (const e of connection?.edges ?? []) holders.set(e.node.holder.id, e.node.holder.name);

  const set = (patch: Partial<CaseListParams>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(caseListHref(form));
  };
  const any = text(w('any'));
  /** The current filter's export, as the report page downloads its files (docs/reports.md). */
  const download = (format: 'csv' | 'xlsx') => {
    setDownloadError(null);
    // The local date (sv-SE writes YYYY-MM-DD), as the server names the file; not the UTC date.
    const name = `daftar-kasus-${new Date().toLocaleDateString('sv-SE')}.${format}`;
    downloadAuthorized(caseExportHref(params, format, locale), token, name).catch(setDownloadError);
  };

  return (
    <section className="page page--wide" aria-labelledby="case-list-title">
      <div className="page__head">
        <h1 id="case-list-title">{text(w('title'))}</h1>
      </div>
      <p className="muted">{text(w('intro'))}</p>
      {/* Closed when the URL already filters (a drill-down, a shared link): the cases come first on a phone. */}
      <details className="panel case-filters-panel" open={active === 0}>
        <summary>{text(w('filtersSummary', { count: active }))}</summary>
        <form className="form case-filters" onSubmit={submit} aria-label={text(w('filters'))}>
          {/* Several sectors at once (a coordinator reads kesehatan and sosial together): one tap
              target of 44 px per sector, two or three to a line on a phone; none ticked = all. */}
          <fieldset className="case-filters__sectors">
            <legend>{text(w('sector'))}</legend>
            <p className="muted case-filters__hint">{text(w('sectorsHint'))}</p>
            <div className="case-filters__sector-list">
              {sectors.map((s) => (
                <label key={s.id} className="checkbox-row">
                  <input
                    type="checkbox"
                    name="sektor"
                    value={s.id}
                    checked={form.sectorIds?.includes(s.id) ?? false}
                    onChange={(e) => {
                      const others = (form.sectorIds ?? []).filter((id) => id !== s.id);
                      const next = e.target.checked ? [...others, s.id] : others;
                      set({
                        sectorIds: next.length ? sectors.map((x) => x.id).filter((id) => next.includes(id)) : undefined,
                        serviceType: undefined,
                        status: undefined,
                        spmService: undefined,
                      });
                    }}
                  />
                  {text(s.name)}
                </label>
              ))}
              {/* Sectors in the URL that this reader no longer sees (a plugin removed): kept, and said. */}
              {(form.sectorIds ?? [])
                .filter((id) => !sectors.some((s) => s.id === id))
                .map((id) => (
                  <label key={id} className="checkbox-row">
                    <input
                      type="checkbox"
                      checked
                      onChange={() =>
                        set({
                          sectorIds: form.sectorIds?.filter((x) => x !== id),
                          serviceType: undefined,
                          status: undefined,
                        })
                      }
                    />
                    {id}
                  </label>
                ))}
            </div>
          </fieldset>
          <FilterSelect
            label={text(w('serviceType'))}
            anyLabel={any}
            value={form.serviceType}
            disabled={!sector}
            options={(sector?.serviceTypes ?? []).map((s) => ({ value: s.id, label: text(s.name) }))}
            onChange={(serviceType) => set({ serviceType })}
          />
          <FilterSelect
            label={text(w('spmServiceFilter'))}
            anyLabel={any}
            value={form.spmService === '' ? NOT_MAPPED : form.spmService}
            options={spmServiceOptions(sectors, form.sectorIds, text, text(w('notMapped')))}
            onChange={(value) => set({ spmService: value === NOT_MAPPED ? '' : value })}
          />
          <FilterSelect
            label={text(w('penerimaFilter'))}
            anyLabel={any}
            value={form.penerima === '' ? NOT_MAPPED : form.penerima}
            options={penerimaOptions(sectors, form.sectorIds, form.spmService, text, text(w('notMapped')))}
            onChange={(value) => set({ penerima: value === NOT_MAPPED ? '' : value })}
          />
          <FilterSelect
            label={text(w('status'))}
            anyLabel={any}
            value={form.status}
            disabled={!sector}
            options={(sector?.workflow.states ?? []).map((s) => ({ value: s.id, label: text(s.label) }))}
            onChange={(status) => set({ status })}
          />
          <FilterSelect
            label={text(w('outcome'))}
            anyLabel={any}
            value={form.outcome}
            options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
            onChange={(value) => set({ outcome: OUTCOMES.find((o) => o === value) })}
          />
          <FilterSelect
            label={text(w('reportCell'))}
            anyLabel={any}
            value={form.reportCell}
            options={REPORT_CELLS.map((c) => ({ value: c, label: text(reportText(CELL_COLUMN[c])) }))}
            onChange={(value) => set({ reportCell: REPORT_CELLS.find((c) => c === value) })}
          />
          <FilterSelect
            label={text(w('deadline'))}
            anyLabel={any}
            value={form.deadlineState}
            options={DEADLINE_STATES.map((d) => ({ value: d, label: text(w(`deadline${d}`)) }))}
            onChange={(value) => set({ deadlineState: DEADLINE_STATES.find((d) => d === value) })}
          />
          <label className="field">
            <span>{text(w('openness'))}</span>
            <select
              value={form.open === undefined ? '' : form.open ? 'ya' : 'tidak'}
              onChange={(e) => set({ open: e.target.value === '' ? undefined : e.target.value === 'ya' })}
            >
              <option value="">{text(w('any'))}</option>
              <option value="ya">{text(w('openYes'))}</option>
              <option value="tidak">{text(w('openNo'))}</option>
            </select>
          </label>
          <label className="checkbox-row case-filters__check">
            <input
              type="checkbox"
              checked={form.overdue === true}
              onChange={(e) => set({ overdue: e.target.checked ? true : undefined })}
            />
            {text(w('overdueOnly'))}
          </label>
          <TextField
            label={text(w('area'))}
            hint={text(w('areaHint'))}
            value={form.areaCode ?? ''}
            inputMode="decimal"
            onValue={(areaCode) => set({ areaCode: areaCode.trim() || undefined })}
          />
          <FilterSelect
            label={text(w('holder'))}
            anyLabel={any}
            value={form.holderId}
            options={[...holders].map(([id, name]) => ({ value: id, label: name }))}
            onChange={(holderId) => set({ holderId })}
          />
          <DateField
            label={text(w('from'))}
            value={form.registeredFrom ?? ''}
            onValue={(from) => set({ registeredFrom: from || undefined })}
          />
          <DateField
            label={text(w('to'))}
            value={form.registeredTo ?? ''}
            onValue={(to) => set({ registeredTo: to || undefined })}
          />
          <label className="field">
            <span>{text(w('order'))}</span>
            <select
              value={form.order ?? 'REGISTERED'}
              onChange={(e) => set({ order: ORDERS.find((o) => o === e.target.value && o !== 'REGISTERED') })}
            >
              {ORDERS.map((o) => (
                <option key={o} value={o}>
                  {text(w(`order${o}`))}
                </option>
              ))}
            </select>
          </label>
          <div className="row case-filters__actions">
            <button type="submit" className="button button--primary">
              {text(w('apply'))}
            </button>
            <Link className="button" href="/kasus">
              {text(w('reset'))}
            </Link>
          </div>
        </form>
      </details>

      {params.reportCell && (
        <p className="case-list__from">
          {text(w('fromReport', { cell: text(reportText(CELL_COLUMN[params.reportCell])) }))}
          <span className="muted case-list__reach"> {text(w('reach'))}</span>
        </p>
      )}
      {(params.spmService !== undefined || params.penerima !== undefined) && (
        <p className="muted">
          {params.spmService !== undefined &&
            text(
              w('spmService', {
                id: params.spmService ? labels.service(params.spmService, text) : text(w('notMapped')),
              }),
            )}
          {params.spmService !== undefined && params.penerima !== undefined && ' · '}
          {params.penerima !== undefined &&
            text(
              w('penerima', {
                id: params.penerima ? labels.penerima(params.penerima, text) : text(w('notMapped')),
              }),
            )}
        </p>
      )}
      <ErrorMessage error={data ? undefined : error} onRetry={() => void refetch()} />
      {!data && loading && <Skeleton lines={6} label={t('app.loading')} />}
      {connection && (
        <>
          <p role="status" className="case-list__count">
            {text(w('count', { count: connection.totalCount }))}
          </p>
          <div className="row">
            <button
              type="button"
              className="button"
              disabled={connection.totalCount === 0}
              onClick={() => download('csv')}
            >
              {text(w('exportCsv'))}
            </button>
            <button
              type="button"
              className="button"
              disabled={connection.totalCount === 0}
              onClick={() => download('xlsx')}
            >
              {text(w('exportXlsx'))}
            </button>
          </div>
          <ErrorMessage error={downloadError} />
          {connection.edges.length === 0 ? (
            <p>{text(w('empty'))}</p>
          ) : (
            <div className="table-scroll" role="region" tabIndex={0} aria-label={text(w('tableRegion'))}>
              <table className="report-table case-list-table">
                <caption className="visually-hidden">{text(w('title'))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{text(w('code'))}</th>
                    <th scope="col">{text(w('sector'))}</th>
                    <th scope="col">{text(w('spmCol'))}</th>
                    <th scope="col">{text(w('stateCol'))}</th>
                    <th scope="col">{text(w('deadline'))}</th>
                    <th scope="col">{text(w('areaCol'))}</th>
                    <th scope="col">{text(w('holderCol'))}</th>
                    <th scope="col">{text(w('registered'))}</th>
                  </tr>
                </thead>
                <tbody>
                  {connection.edges.map(({ node: c }) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link href={`/kasus/${encodeURIComponent(c.id)}`} className="code">
                          {c.code}
                        </Link>
                      </th>
                      <td>
                        {text(c.sector.name)}
                        <br />
                        <span className="muted">{text(c.serviceType.name)}</span>
                      </td>
                      <td>
                        {c.spmService ? text(c.spmService.name) : <span className="muted">{text(w('notMapped'))}</span>}
                        {c.penerima && (
                          <>
                            <br />
                            <span className="muted">{text(c.penerima.label)}</span>
                          </>
                        )}
                      </td>
                      <td>{c.outcome ? t(`outcome.${c.outcome}`) : text(c.state.label)}</td>
                      <td>
                        <DeadlineBadge deadline={c.deadline} />
                      </td>
                      <td>{c.area.name}</td>
                      <td>
                        <Link
                          href={caseListHref({ ...params, holderId: c.holder.id })}
                          aria-label={text(w('filterByHolder', { name: c.holder.name }))}
                        >
                          {c.holder.name}
                        </Link>
                      </td>
                      <td>{formatDateTime(c.registeredAt, c.deadline.timeZone, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button"
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    cases: {
                      ...fetchMoreResult.cases,
                      edges: [...prev.cases.edges, ...fetchMoreResult.cases.edges],
                    },
                  }),
                })
              }
            >
              {text(w('loadMore'))}
            </button>
          )}
        </>
      )}
    </section>
  );
}

interface FilterSelectProps {
  label: string;
  /** The first choice, which clears the filter. */
  anyLabel: string;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  disabled?: boolean;
  /** The chosen value, or undefined for "any". */
  onChange: (value: string | undefined) => void;
}

/** One filter of the list as a labelled select whose first choice is "any". */
function FilterSelect({ label, anyLabel, value, options, disabled, onChange }: FilterSelectProps) {
  // A value from the URL the options do not (yet) hold stays selected, shown as itself.
  const shown = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">{anyLabel}</option>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useQuery } from '@apollo/client/react';
import { AreaRecapDocument, type AreaRecapQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { useOpenDayWords } from './open-day-text';
import { DownloadButton } from './recap-view';
import './open-day.css';

type Counts = AreaRecapQuery['kesehatanAreaRecap']['rows'][number]['recap'];

/**
 * `/hari-buka/kecamatan/:areaCode/:month`: the month of every Posyandu of a kecamatan, one row each
 * and the whole kecamatan (counts only), for the kecamatan officer and the Puskesmas.
 */
export default function AreaRecapPage({ params }: { params: Record<string, string> }) {
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const areaCode = params.areaCode ?? '';
  const month = params.month ?? '';
  const { data, error, loading, refetch } = useQuery(AreaRecapDocument, {
    variables: { areaCode, month },
    fetchPolicy: 'cache-and-network',
  });
  const r = data?.kesehatanAreaRecap;
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '–'
      : `${new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} %`;
  const cells = (
    c: Pick<
      Counts,
      'sessions' | 'visitors' | 'childrenWeighed' | 'childrenAtRisk' | 'followUpsOpen' | 'followUpsDone' | 'skdn'
    >,
  ) => (
    <>
      <td>{c.sessions}</td>
      <td>{c.visitors}</td>
      <td>{c.childrenWeighed}</td>
      <td>{c.childrenAtRisk}</td>
      <td>
        {c.followUpsOpen} / {c.followUpsDone}
      </td>
      <td>{percent(c.skdn.dPerS)}</td>
      <td>{percent(c.skdn.nPerD)}</td>
    </>
  );
  const title = w('areaRecapTitle', { area: areaCode, month });
  return (
    <section className="page open-day" aria-labelledby="area-recap-title">
      <p>
        <Link href="/hari-buka">← {w('title')}</Link>
      </p>
      <h1 id="area-recap-title">{title}</h1>
      <ErrorMessage error={r ? undefined : error} onRetry={() => void refetch()} />
      {!r && loading && <Skeleton lines={6} label={title} />}
      {r && r.rows.length === 0 && <p className="muted">{w('noAreaRows')}</p>}
      {r && r.rows.length > 0 && (
        <div className="table-scroll">
          <table className="report-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Posyandu</th>
                <th scope="col">{w('sessions')}</th>
                <th scope="col">{w('recapVisitors')}</th>
                <th scope="col">{w('childrenWeighed')}</th>
                <th scope="col">{w('childrenAtRisk')}</th>
                <th scope="col">
                  {w('followUpsOpen')} / {w('followUpsDone')}
                </th>
                <th scope="col">{w('skdnDS')}</th>
                <th scope="col">{w('skdnND')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.posyanduId}>
                  <th scope="row">
                    {row.posyanduName} <span className="muted">({row.desaCode})</span>
                  </th>
                  {cells(row.recap)}
                </tr>
              ))}
              <tr>
                <th scope="row">
                  <strong>{w('areaTotal', { n: r.totals.posyandu })}</strong>
                </th>
                {cells(r.totals)}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {r && (
        <p className="row">
          {(['csv', 'xlsx'] as const).map((format) => (
            <DownloadButton
              key={format}
              href={`/plugins/kesehatan/open-day/area-recap?areaCode=${encodeURIComponent(areaCode)}&month=${encodeURIComponent(month)}&format=${format}`}
              fileName={`rekap-kecamatan-${areaCode}-${month}.${format}`}
              label={w(format === 'csv' ? 'downloadCsv' : 'downloadXlsx')}
            />
          ))}
        </p>
      )}
    </section>
  );
}

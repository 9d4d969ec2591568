import { useState } from 'react';
import { useAuth } from '../auth/auth';
import { downloadAuthorized } from '../files/download';
import { ErrorMessage } from '../ui/error-message';
import type { RecapFieldsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Link } from '../router/router';
import { indicatorWord, useOpenDayWords, type OpenDayWord } from './open-day-text';

const TOTALS: ReadonlyArray<[OpenDayWord, keyof RecapFieldsFragment]> = [
  ['sessions', 'sessions'],
  ['recapVisitors', 'visitors'],
  ['childrenWeighed', 'childrenWeighed'],
  ['childrenAtRisk', 'childrenAtRisk'],
  ['followUpsOpened', 'followUpsOpened'],
  ['followUpsOpen', 'followUpsOpen'],
  ['followUpsDone', 'followUpsDone'],
  ['followUpsVisited', 'followUpsVisited'],
  ['homeVisits', 'homeVisits'],
  ['immunized', 'immunized'],
  ['recapVitaminA', 'vitaminA'],
  ['recapPmt', 'supplementaryFeeding'],
  ['counselled', 'counselled'],
];

/** The recap's numbers as tables a village officer can read aloud, the RTL, and the downloads. */
export function RecapView({ recap, query }: { recap: RecapFieldsFragment; query: string }) {
  const w = useOpenDayWords();
  const { text } = useI18n();
  return (
    <>
      <FigureTable caption={w('recap')} rows={TOTALS.map(([word, key]) => [w(word), String(recap[key])])} />
      <SkdnTable skdn={recap.skdn} />
      <h2>{w('byTargetGroup')}</h2>
      <table className="od-table">
        <thead>
          <tr>
            <th scope="col">{w('targetGroup')}</th>
            <th scope="col">{w('value')}</th>
          </tr>
        </thead>
        <tbody>
          {recap.visitorsByTargetGroup.map((g) => (
            <tr key={g.key}>
              <th scope="row">{text(g.label)}</th>
              <td>{g.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{w('risksByCategory')}</h2>
      {recap.risksByCategory.length === 0 ? (
        <p className="muted">{w('noRisks')}</p>
      ) : (
        <table className="od-table">
          <thead>
            <tr>
              <th scope="col">{w('risks')}</th>
              <th scope="col">{w('people')}</th>
            </tr>
          </thead>
          <tbody>
            {recap.risksByCategory.map((r) => (
              <tr key={`${r.indicator}-${r.code}`}>
                <th scope="row">
                  {indicatorWord(r.indicator) ? `${w(indicatorWord(r.indicator)!)}: ` : ''}
                  {text(r.label)}
                </th>
                <td>{r.people}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {recap.followUpOutcomes && <FollowUpOutcomes outcomes={recap.followUpOutcomes} />}
      <h2>{w('plans')}</h2>
      {recap.followUpPlans.length === 0 ? (
        <p className="muted">{w('noPlan')}</p>
      ) : (
        recap.followUpPlans.map((plan, i) => (
          <p key={i} className="prewrap panel">
            {plan}
          </p>
        ))
      )}
      <h2>{w('download')}</h2>
      <p className="row">
        {(['csv', 'xlsx'] as const).map((format) => (
          <DownloadButton
            key={format}
            href={`/plugins/kesehatan/open-day/recap?${query}&format=${format}`}
            fileName={`rekap-hari-buka-${recap.period}.${format}`}
            label={w(format === 'csv' ? 'downloadCsv' : 'downloadXlsx')}
          />
        ))}
      </p>
    </>
  );
}

/** A file of the API (a recap) fetched with the login token; the server's refusal shown in words. */
export function DownloadButton({ href, fileName, label }: { href: string; fileName: string; label: string }) {
  const { token } = useAuth();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await downloadAuthorized(href, token, fileName);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" className="button" disabled={busy} onClick={() => void download()}>
        <span aria-hidden="true">⬇ </span>
        {label}
      </button>
      <ErrorMessage error={failure} />
    </>
  );
}

/** S, D, N, T, O and B as the Posyandu reports them (Permenkes), D/S and N/D in percent. */
function SkdnTable({ skdn }: { skdn: RecapFieldsFragment['skdn'] }) {
  const w = useOpenDayWords();
  const { locale } = useI18n();
  const percent = (value: number | null | undefined) =>
    value === null || value === undefined
      ? w('notCounted')
      : `${new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 }).format(value)} %`;
  const rows: Array<[OpenDayWord, string]> = [
    ['skdnS', String(skdn.s)],
    ['skdnD', String(skdn.d)],
    ['skdnN', String(skdn.n)],
    ['skdnT', String(skdn.t)],
    ['skdnO', String(skdn.o)],
    ['skdnB', String(skdn.b)],
    ['skdnDS', percent(skdn.dPerS)],
    ['skdnND', percent(skdn.nPerD)],
  ];
  return (
    <>
      <h2>{w('skdnTitle')}</h2>
      <FigureTable rows={rows.map(([word, value]) => [w(word), value])} />
    </>
  );
}

/** What became of each at-risk child's home-visit case (only the kader and health workers receive it). */
function FollowUpOutcomes({ outcomes }: { outcomes: NonNullable<RecapFieldsFragment['followUpOutcomes']> }) {
  const w = useOpenDayWords();
  const { text } = useI18n();
  return (
    <>
      <h2>{w('outcomesTitle')}</h2>
      {outcomes.length === 0 ? (
        <p className="muted">{w('noOutcomes')}</p>
      ) : (
        <ul className="card-list">
          {outcomes.map((o) => (
            <li key={o.caseId} className="card">
              <p className="card__title">
                {o.personName} · <Link href={`/kasus/${o.caseId}`}>{o.caseCode}</Link>
              </p>
              <p className="card__meta">
                {o.risks.map((r) => text(r)).join('; ')}
                {' · '}
                {text(o.statusLabel)} · {w('outcomeVisits', { n: o.homeVisits })}
              </p>
              {o.lastFindings && <p className="prewrap">{w('outcomeLast', { findings: o.lastFindings })}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** A two-column table of named figures (what, how many), as the Posyandu's report books lay them out. */
function FigureTable({ caption, rows }: { caption?: string; rows: ReadonlyArray<readonly [string, string]> }) {
  const w = useOpenDayWords();
  return (
    <table className="od-table">
      {caption && <caption className="visually-hidden">{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{w('figure')}</th>
          <th scope="col">{w('value')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

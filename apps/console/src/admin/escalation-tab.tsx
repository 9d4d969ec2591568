import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { EscalationChainFieldsFragment, EscalationTarget } from '../gql/graphql';
import { AdminOrgUnitsQuery, EscalationChainQuery, SetEscalationChainMutation } from '../graphql/operations';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { adminText, type AdminWord } from './admin-text';
import { UnitSelect } from './unit-select';

interface LevelDraft {
  target: EscalationTarget;
  unitId: string;
  windowWorkingDays: number;
}

const TARGETS: EscalationTarget[] = ['HOLDER_HEAD', 'UNIT'];
const targetWord = (target: EscalationTarget): AdminWord => `target${target}` as AdminWord;

function draftOf(chain: EscalationChainFieldsFragment): LevelDraft[] {
  return chain.levels.map((l) => ({
    target: l.target,
    unitId: l.unit?.id ?? '',
    windowWorkingDays: l.windowWorkingDays,
  }));
}

/**
 * Admin: the kabupaten's escalation chain (issue 14) — the due-soon notice, then each level in turn
 * with its window of working days. The server checks every level reaches a person who may open the
 * case, and refuses a chain with a hole (ESCALATION_CHAIN_INVALID, each problem on its level).
 */
export function EscalationTab() {
  const { t } = useI18n();
  const chain = useQuery(EscalationChainQuery);
  if (chain.loading && !chain.data) return <Skeleton lines={4} label={t('app.loading')} />;
  if (!chain.data) return <ErrorMessage error={chain.error} onRetry={() => void chain.refetch()} />;
  return <ChainForm key={chain.data.escalationChain.kabupatenCode} chain={chain.data.escalationChain} />;
}

function ChainForm({ chain }: { chain: EscalationChainFieldsFragment }) {
  const { text } = useI18n();
  const units = useQuery(AdminOrgUnitsQuery);
  const [save, saving] = useMutation(SetEscalationChainMutation, { refetchQueries: [EscalationChainQuery] });
  const [dueSoon, setDueSoon] = useState(chain.dueSoonWorkingDays);
  const [levels, setLevels] = useState<LevelDraft[]>(() => draftOf(chain));
  const [saved, setSaved] = useState(false);
  const unitList = units.data?.orgUnits ?? [];
  const change = (i: number, patch: Partial<LevelDraft>) =>
    setLevels((all) => all.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    save({
      variables: {
        kabupatenCode: chain.kabupatenCode,
        input: {
          dueSoonWorkingDays: dueSoon,
          levels: levels.map((l) => ({
            target: l.target,
            unitId: l.target === 'UNIT' ? l.unitId || null : null,
            windowWorkingDays: l.windowWorkingDays,
          })),
        },
      },
    })
      .then(() => setSaved(true))
      .catch(() => {});
  };
  return (
    <form className="stack" onSubmit={submit} aria-labelledby="escalation-chain-title">
      <section className="panel">
        <h2 id="escalation-chain-title">
          {text(adminText('tabEscalation'))} — {chain.kabupatenName}
        </h2>
        <p className="muted">{text(adminText('escalationIntro'))}</p>
        {!chain.configured && (
          <p className="alert alert--warning" role="alert">
            {text(adminText('escalationNotConfigured'))}
          </p>
        )}
        {chain.problems.length > 0 && (
          <div className="alert alert--warning" role="alert">
            {text(adminText('escalationProblems'))}
            <ul>
              {chain.problems.map((p) => (
                <li key={p.en}>{text(p)}</li>
              ))}
            </ul>
          </div>
        )}
        <label className="field">
          <span>{text(adminText('dueSoonDays'))}</span>
          <input
            type="number"
            min={0}
            max={5}
            value={dueSoon}
            onChange={(e) => setDueSoon(Number(e.target.value))}
            required
          />
        </label>
      </section>
      <ol className="card-list escalation-levels">
        {levels.map((level, i) => {
          const n = i + 1;
          return (
            <li key={i} className="card">
              <fieldset className="stack">
                <legend className="card__title">{text(adminText('escalationLevel', { n }))}</legend>
                <label className="field">
                  <span>{text(adminText('levelTarget'))}</span>
                  <select
                    value={level.target}
                    onChange={(e) => change(i, { target: e.target.value === 'UNIT' ? 'UNIT' : 'HOLDER_HEAD' })}
                  >
                    {TARGETS.map((target) => (
                      <option key={target} value={target}>
                        {text(adminText(targetWord(target)))}
                      </option>
                    ))}
                  </select>
                </label>
                {level.target === 'UNIT' && (
                  <UnitSelect
                    label={text(adminText('levelUnit'))}
                    empty={text(adminText('chooseUnit'))}
                    units={unitList}
                    value={level.unitId}
                    onChange={(unitId) => change(i, { unitId })}
                    required
                  />
                )}
                <label className="field">
                  <span>{text(adminText('levelWindow'))}</span>
                  <input
                    type="number"
                    min={1}
                    max={30}
                    value={level.windowWorkingDays}
                    onChange={(e) => change(i, { windowWorkingDays: Number(e.target.value) })}
                    required
                  />
                </label>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={text(adminText('removeLevelLabel', { n }))}
                  onClick={() => setLevels((all) => all.filter((_, j) => j !== i))}
                >
                  {text(adminText('remove'))}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="row">
        <button
          type="button"
          className="button"
          onClick={() => setLevels((all) => [...all, { target: 'UNIT', unitId: '', windowWorkingDays: 3 }])}
        >
          {text(adminText('addLevel'))}
        </button>
        <button type="submit" className="button button--primary" disabled={saving.loading}>
          {text(adminText('saveChain'))}
        </button>
      </div>
      <ErrorMessage error={saving.error ?? units.error} />
      <p className={saved ? 'alert alert--ok' : 'visually-hidden'} role="status" aria-live="polite">
        {saved ? text(adminText('chainSaved')) : ''}
      </p>
    </form>
  );
}

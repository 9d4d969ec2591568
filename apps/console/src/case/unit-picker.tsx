import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { SuggestableUnitsQuery } from '../graphql/operations';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';

export interface PickedUnit {
  id: string;
  name: string;
}

/** Waits this long after the last key before asking the server, so typing a name costs one request. */
const SEARCH_DELAY_MS = 250;

/**
 * Picks the unit with authority for a "bukan wewenang" answer from the org units of the case's
 * kabupaten (`suggestableUnits`), searchable by name — the id the server needs as `suggestedUnitId`,
 * never a typed name it could not match.
 */
export function UnitPicker({
  caseId,
  value,
  onChange,
  required,
  problem,
}: {
  caseId: string;
  value: PickedUnit | null;
  onChange(unit: PickedUnit | null): void;
  required: boolean;
  problem: string | null;
}) {
  const { t } = useI18n();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const { data, loading, error } = useQuery(SuggestableUnitsQuery, {
    variables: { caseId, search: search || null },
  });
  const units = data?.suggestableUnits ?? [];
  return (
    <fieldset className="field" aria-describedby={problem ? `${id}-problem` : undefined}>
      <legend>
        {t('case.suggestedUnit')}{' '}
        <span className="req">({required ? t('wizard.required') : t('doc.optional').toLowerCase()})</span>
      </legend>
      <label className="field">
        <span>{t('case.searchUnit')}</span>
        <input type="search" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
      </label>
      {value && (
        <p className="hint" role="status">
          {t('case.suggestedUnitChosen', { name: value.name })}{' '}
          {!required && (
            <button type="button" className="button button--small" onClick={() => onChange(null)}>
              {t('case.clearUnit')}
            </button>
          )}
        </p>
      )}
      <div className="unit-picker" aria-busy={loading}>
        {units.map((u) => (
          <label key={u.id} className="choice">
            <input
              type="radio"
              name={`${id}-unit`}
              value={u.id}
              checked={value?.id === u.id}
              onChange={() => onChange({ id: u.id, name: u.name })}
            />{' '}
            {u.name}
          </label>
        ))}
        {!loading && !error && units.length === 0 && <p className="muted">{t('case.noUnitFound')}</p>}
      </div>
      <ErrorMessage error={error} />
      {problem && (
        <p id={`${id}-problem`} className="field__problem" role="alert">
          ⚠ {problem}
        </p>
      )}
    </fieldset>
  );
}

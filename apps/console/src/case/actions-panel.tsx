import { useMutation } from '@apollo/client/react';
import { useKeyedChange } from '../offline/use-keyed-change';
import { Link } from '../router/router';
import { useState, type FormEvent } from 'react';
import { toCodedError } from '../apollo/coded-error';
import { PerformActionDocument, type PerformActionMutationVariables } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import type { CaseDetail } from './case.page';
import { UnitPicker, type PickedUnit } from './unit-picker';

/** The core's return action (bukan wewenang): it may name the unit with authority, as a decline may. */
const RETURN_ACTION = 'return-not-competent';

type Action = CaseDetail['availableActions'][number];

/** Only the actions the server says this user may take now; blocked ones say why. */
export function ActionsPanel({ c, onConflict }: { c: CaseDetail; onConflict(): void }) {
  const { t, text } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('case.actions')}</h2>
      {done && (
        <p className="alert alert--ok" role="status">
          ✓ {done}
        </p>
      )}
      {c.availableActions.length === 0 && <p className="muted">{t('case.noActions')}</p>}
      <ul className="action-list">
        {c.availableActions.map((action) => (
          <li key={action.id}>
            {open === action.id ? (
              <ActionForm
                c={c}
                action={action}
                onCancel={() => setOpen(null)}
                onDone={() => {
                  setOpen(null);
                  setDone(t('case.actionDone', { action: text(action.label) }));
                }}
                onConflict={onConflict}
              />
            ) : (
              <>
                <button
                  type="button"
                  className="button"
                  disabled={!action.enabled}
                  aria-describedby={action.enabled ? undefined : `blocked-${action.id}`}
                  onClick={() => {
                    setDone(null);
                    setOpen(action.id);
                  }}
                >
                  {text(action.label)}
                </button>
                {!action.enabled && action.blockedBy.length > 0 && (
                  <p id={`blocked-${action.id}`} className="hint">
                    {t('case.blockedBy', { reasons: action.blockedBy.map(text).join('; ') })}
                  </p>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ActionForm({
  c,
  action,
  onCancel,
  onDone,
  onConflict,
}: {
  c: CaseDetail;
  action: Action;
  onCancel(): void;
  onDone(): void;
  onConflict(): void;
}) {
  const { t, text } = useI18n();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const codes = action.declineReasons;
  const [declineReason, setDeclineReason] = useState(codes.length === 1 ? codes[0] : undefined);
  // "Bukan wewenang" names the unit with authority: picked from the kabupaten's units, required on a decline.
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [unitProblem, setUnitProblem] = useState(false);
  const unitRequired = declineReason === 'NOT_AUTHORITY';
  const picksUnit = unitRequired || action.id === RETURN_ACTION;
  const [settlementKind, setSettlementKind] = useState(
    action.settlementKinds.length === 1 ? action.settlementKinds[0] : undefined,
  );
  const [perform, { loading, error }] = useMutation(PerformActionDocument);
  const [queued, setQueued] = useState(false);
  const change = useKeyedChange((variables) => perform({ variables: variables as PerformActionMutationVariables }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (unitRequired && !unit) {
      setUnitProblem(true);
      return;
    }
    try {
      const how = await change({
        kind: 'performAction',
        caseId: c.id,
        caseCode: c.code,
        title: action.label,
        variables: {
          caseId: c.id,
          action: action.id,
          expectedVersion: c.version,
          input: {
            note: note.trim() || null,
            reason: reason.trim() || null,
            ...(declineReason ? { declineReason } : {}),
            ...(settlementKind ? { settlementKind } : {}),
            ...(picksUnit && unit ? { suggestedUnitId: unit.id } : {}),
          },
        },
      });
      if (how === 'queued') setQueued(true);
      else onDone();
    } catch (e) {
      // A stale version: load the case as it is now; the message stays on screen.
      if (toCodedError(e).code === 'VERSION_CONFLICT') onConflict();
    }
  };
  return (
    <form className="form panel--inner" onSubmit={submit} aria-label={text(action.label)}>
      {action.requiresReason && (
        <label className="field">
          <span>
            {t('case.reason')} <span className="req">({t('wizard.required')})</span>
          </span>
          <textarea required value={reason} onChange={(e) => setReason(e.target.value)} rows={3} />
        </label>
      )}
      {codes.length > 0 && (
        <fieldset className="field">
          <legend>
            {t('case.declineReason')} <span className="req">({t('wizard.required')})</span>
          </legend>
          {codes.map((code) => (
            <label key={code} className="choice">
              <input
                type="radio"
                name={`decline-${action.id}`}
                value={code}
                required
                checked={declineReason === code}
                onChange={() => setDeclineReason(code)}
              />{' '}
              {t(`declineReason.${code}`)}
            </label>
          ))}
          {action.declineReasons.includes('NOT_AUTHORITY') && <p className="hint">{t('case.notAuthorityHint')}</p>}
        </fieldset>
      )}
      {picksUnit && (
        <UnitPicker
          caseId={c.id}
          value={unit}
          onChange={(picked) => {
            setUnit(picked);
            setUnitProblem(false);
          }}
          required={unitRequired}
          problem={unitProblem && !unit ? t('case.suggestedUnitRequired') : null}
        />
      )}
      {action.settlementKinds.length > 0 && (
        <fieldset className="field">
          <legend>
            {t('case.settlementKind')} <span className="req">({t('wizard.required')})</span>
          </legend>
          {action.settlementKinds.map((kind) => (
            <label key={kind} className="choice">
              <input
                type="radio"
                name={`settle-${action.id}`}
                value={kind}
                required
                checked={settlementKind === kind}
                onChange={() => setSettlementKind(kind)}
              />{' '}
              {t(`settlementKind.${kind}`)}
            </label>
          ))}
        </fieldset>
      )}
      <label className="field">
        <span>
          {t('case.note')}
          {action.requiresNote && <span className="req"> ({t('wizard.required')})</span>}
        </span>
        <textarea required={action.requiresNote} value={note} onChange={(e) => setNote(e.target.value)} rows={3} />
      </label>
      {queued ? (
        <p role="status" className="alert alert--warning">
          {t('outbox.queuedChange')} <Link href="/kirim">{t('wizard.toOutbox')}</Link>
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      <div className="row">
        <button type="submit" className="button button--primary" disabled={loading || queued} aria-busy={loading}>
          {t('case.confirmAction', { action: text(action.label) })}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('app.back')}
        </button>
      </div>
    </form>
  );
}

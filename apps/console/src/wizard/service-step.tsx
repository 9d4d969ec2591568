import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import type { CaseDraft, FactAnswer } from './draft';
import { countDigits } from './input-masks';
import { LocationsField } from './locations-field';
import type { ServiceTypeView } from './sector-form';
import type { StepProblem } from './step-checks';

/** A field's problem in words under it, tied to the input for screen readers (`${id}-problem`). */
function Problem({ id, text }: { id: string; text: string | null }) {
  return (
    <span id={`${id}-problem`} className="field__problem" aria-live="polite">
      {text ? `⚠ ${text}` : ''}
    </span>
  );
}

/** The service type, what the case is about, and the plugin's intake questions for that type. */
export function ServiceStep({
  serviceTypes,
  draft,
  update,
  problems,
  showAll,
}: {
  serviceTypes: readonly ServiceTypeView[];
  draft: CaseDraft;
  update(patch: Partial<CaseDraft>): void;
  /** The server's checks of this step (step-checks.ts), by field. */
  problems: ReadonlyMap<string, StepProblem>;
  /** The kader tried to move on: every problem shows, also of fields left blank. */
  showAll: boolean;
}) {
  const { t, text } = useI18n();
  const uid = useId();
  const chosen = serviceTypes.find((s) => s.id === draft.serviceTypeId);
  const setFact = (id: string, value: FactAnswer) => update({ facts: { ...draft.facts, [id]: value } });
  /** A problem shows once something is typed in the field, or for every field once the kader tried to go on. */
  const problemOf = (field: string, typed: boolean): string | null => {
    const found = problems.get(field);
    return found && (showAll || typed) ? text(found.message) : null;
  };
  const invalid = (problem: string | null, id: string) => ({
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': `${id}-problem`,
  });
  return (
    <>
      <fieldset className="options">
        <legend>{t('wizard.serviceType')}</legend>
        {serviceTypes.map((s) => (
          <label key={s.id} className="option">
            <input
              type="radio"
              name="service-type"
              checked={draft.serviceTypeId === s.id}
              // A different service type asks for different documents and questions.
              onChange={() => update({ serviceTypeId: s.id, documents: {}, facts: {} })}
            />
            <span>
              <strong>{text(s.name)}</strong>
              {s.description && <span className="block muted">{text(s.description)}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && (
        <div className="form">
          <label className="field">
            <span>
              {t('wizard.description')} <span className="req">*</span>
            </span>
            <textarea
              required
              rows={4}
              value={draft.description}
              onChange={(e) => update({ description: e.target.value })}
              {...invalid(problemOf('description', false), `${uid}-description`)}
            />
            <Problem id={`${uid}-description`} text={problemOf('description', false)} />
          </label>
          {chosen.questions.map((q) => {
            const value = draft.facts[q.id];
            const fieldId = `${uid}-${q.id}`;
            const typed = typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) && value.length > 0;
            const problem = problemOf(`facts.${q.id}`, typed);
            const label = (
              <span>
                {text(q.label)}
                {q.required && <span className="req"> *</span>}
              </span>
            );
            if (q.type === 'boolean') {
              // Both answers are offered: "no" is an answer (a required yes/no must be answered, either way).
              return (
                <fieldset key={q.id} className="options options--inline">
                  <legend>{label}</legend>
                  {([true, false] as const).map((answer) => (
                    <label key={String(answer)} className="option">
                      <input
                        type="radio"
                        name={`fact-${q.id}`}
                        required={q.required}
                        checked={value === answer}
                        onChange={() => setFact(q.id, answer)}
                      />
                      <span>{t(answer ? 'wizard.yes' : 'wizard.no')}</span>
                    </label>
                  ))}
                  <Problem id={fieldId} text={problem} />
                </fieldset>
              );
            }
            if (q.type === 'locations') {
              return (
                <div key={q.id}>
                  <LocationsField
                    label={text(q.label)}
                    required={q.required}
                    value={Array.isArray(value) ? value : []}
                    onChange={(points) => setFact(q.id, points)}
                  />
                  <Problem id={fieldId} text={problem} />
                </div>
              );
            }
            if (q.type === 'choice') {
              return (
                <label key={q.id} className="field">
                  {label}
                  <select
                    required={q.required}
                    value={typeof value === 'string' ? value : ''}
                    onChange={(e) => setFact(q.id, e.target.value)}
                    {...invalid(problem, fieldId)}
                  >
                    <option value="">—</option>
                    {q.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {text(o.label)}
                      </option>
                    ))}
                  </select>
                  <Problem id={fieldId} text={problem} />
                </label>
              );
            }
            const text_ = typeof value === 'string' ? value : '';
            // A number written as N digits (a BPJS card: 13): the phone's digit pad and a count of the digits typed.
            const digits = q.type === 'text' && q.format === 'digits' ? q.digits : null;
            return (
              <label key={q.id} className="field">
                {label}
                <input
                  type={q.type === 'number' ? 'number' : q.type === 'date' ? 'date' : 'text'}
                  inputMode={q.type === 'number' || digits ? 'numeric' : undefined}
                  autoCapitalize={q.format === 'personName' ? 'words' : undefined}
                  autoComplete={digits ? 'off' : undefined}
                  required={q.required}
                  maxLength={q.maxLength ?? undefined}
                  value={text_}
                  onChange={(e) => setFact(q.id, e.target.value)}
                  {...invalid(problem, fieldId)}
                />
                {digits && text_.trim() && (
                  <span className="hint">{t('wizard.digitsCount', { n: countDigits(text_), total: digits })}</span>
                )}
                <Problem id={fieldId} text={problem} />
              </label>
            );
          })}
        </div>
      )}
    </>
  );
}

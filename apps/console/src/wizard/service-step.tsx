import { useI18n } from '../i18n/i18n';
import type { CaseDraft, FactAnswer } from './draft';
import { LocationsField, locationsComplete } from './locations-field';
import type { ServiceTypeView } from './sector-form';

/** The service type, what the case is about, and the plugin's intake questions for that type. */
export function ServiceStep({
  serviceTypes,
  draft,
  update,
}: {
  serviceTypes: readonly ServiceTypeView[];
  draft: CaseDraft;
  update(patch: Partial<CaseDraft>): void;
}) {
  const { t, text } = useI18n();
  const chosen = serviceTypes.find((s) => s.id === draft.serviceTypeId);
  const setFact = (id: string, value: FactAnswer) => update({ facts: { ...draft.facts, [id]: value } });
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
            />
          </label>
          {chosen.questions.map((q) => {
            const value = draft.facts[q.id];
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
                </fieldset>
              );
            }
            if (q.type === 'locations') {
              return (
                <LocationsField
                  key={q.id}
                  label={text(q.label)}
                  required={q.required}
                  value={Array.isArray(value) ? value : []}
                  onChange={(points) => setFact(q.id, points)}
                />
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
                  >
                    <option value="">—</option>
                    {q.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {text(o.label)}
                      </option>
                    ))}
                  </select>
                </label>
              );
            }
            return (
              <label key={q.id} className="field">
                {label}
                <input
                  type={q.type === 'number' ? 'number' : q.type === 'date' ? 'date' : 'text'}
                  inputMode={q.type === 'number' ? 'numeric' : undefined}
                  required={q.required}
                  maxLength={q.maxLength ?? undefined}
                  value={typeof value === 'string' ? value : ''}
                  onChange={(e) => setFact(q.id, e.target.value)}
                />
              </label>
            );
          })}
        </div>
      )}
    </>
  );
}

export function serviceStepValid(serviceType: ServiceTypeView | undefined, draft: CaseDraft): boolean {
  if (!serviceType || !draft.description.trim()) return false;
  return serviceType.questions.every((q) => {
    const value = draft.facts[q.id];
    if (q.type === 'locations')
      return Array.isArray(value) && value.length > 0 ? locationsComplete(value) : !q.required;
    if (!q.required) return true;
    if (q.type === 'boolean') return typeof value === 'boolean';
    return typeof value === 'string' && value.trim() !== '';
  });
}

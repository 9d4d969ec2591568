import { useI18n, type BilingualText } from '../i18n/i18n';

export interface RequirementView {
  code: string;
  required: boolean;
  minFiles: number;
  maxFiles: number;
  label: BilingualText;
  description?: BilingualText | null;
}

/** How many files of each document were handed in, by document code. */
export type HandedIn = Record<string, number>;

export function isComplete(req: RequirementView, handedIn: HandedIn): boolean {
  return (handedIn[req.code] ?? 0) >= Math.max(1, req.minFiles);
}

export function missingRequired(reqs: readonly RequirementView[], handedIn: HandedIn): RequirementView[] {
  return reqs.filter((r) => r.required && !isComplete(r, handedIn));
}

/**
 * The service type's own document list, as its plugin declares it: a tick for a
 * single paper, a count for multi-file items (e.g. 3 photos of the house).
 */
export function DocumentChecklist({
  requirements,
  value,
  onChange,
}: {
  requirements: readonly RequirementView[];
  value: HandedIn;
  onChange(next: HandedIn): void;
}) {
  const { t, text } = useI18n();
  const required = requirements.filter((r) => r.required);
  const done = required.filter((r) => isComplete(r, value)).length;
  const set = (code: string, count: number) => onChange({ ...value, [code]: count });
  return (
    <fieldset className="checklist">
      {/* The page heading says it already; the legend names the group for screen readers. */}
      <legend className="visually-hidden">{t('wizard.documents')}</legend>
      <p className="hint">{t('wizard.checklistIntro')}</p>
      <p className="progress" role="status" aria-live="polite">
        {t('wizard.checklistProgress', { done, total: required.length })}
      </p>
      <ul className="doc-list">
        {requirements.map((req) => {
          const count = value[req.code] ?? 0;
          const complete = isComplete(req, value);
          const hintId = `doc-hint-${req.code}`;
          const tag = req.required ? t('doc.required') : t('doc.optional');
          return (
            <li key={req.code} className={`doc ${complete ? 'doc--valid' : 'doc--missing'}`} data-code={req.code}>
              <span className="doc__icon" aria-hidden="true">
                {complete ? '✓' : '○'}
              </span>
              {req.minFiles <= 1 ? (
                <label className="doc__body choice">
                  <input
                    type="checkbox"
                    checked={count > 0}
                    onChange={(e) => set(req.code, e.target.checked ? 1 : 0)}
                    aria-describedby={req.description ? hintId : undefined}
                  />
                  <span>
                    {text(req.label)} <span className="muted">({tag})</span>
                  </span>
                </label>
              ) : (
                <label className="doc__body">
                  <span>
                    {text(req.label)} <span className="muted">({tag})</span>
                  </span>
                  <span className="row">
                    <span className="muted">{t('wizard.filesHandedIn')}</span>
                    <input
                      type="number"
                      inputMode="numeric"
                      className="input--count"
                      min={0}
                      max={req.maxFiles}
                      value={count}
                      onChange={(e) =>
                        set(req.code, Math.max(0, Math.min(req.maxFiles, Math.trunc(Number(e.target.value) || 0))))
                      }
                      aria-describedby={hintId}
                    />
                    <span id={hintId} className="muted">
                      {t('wizard.filesNeeded', { min: req.minFiles })}
                      {req.description ? ` · ${text(req.description)}` : ''}
                    </span>
                  </span>
                </label>
              )}
              {req.minFiles <= 1 && req.description && (
                <span id={hintId} className="hint block">
                  {text(req.description)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useAuth } from '../auth/auth';
import { IntakeSectorsDocument, SectorChoiceLabelsDocument, SectorFormDocument } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { deleteDraft } from '../offline/draft-store';
import { registerBackgroundSync, useOutbox } from '../offline/outbox-provider';
import { queueRegistration } from '../offline/outbox-queue';
import { navigate, useLocation } from '../router/router';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { DocumentChecklist } from './document-checklist';
import { DraftPicker } from './draft-picker';
import { toRegisterInput, type CaseDraft } from './draft';
import { PeopleStep } from './people-step';
import { QueuedRegistration } from './queued-registration';
import { ReviewStep } from './review-step';
import { intakeOptions } from './intake-options';
import { buildServiceTypes, type SectorView } from './sector-form';
import { ServiceStep } from './service-step';
import { problemsByField, stepProblems, summaryLine } from './step-checks';
import { useStoredDraft } from './use-stored-draft';

const STEPS = ['wizard.sector', 'wizard.serviceType', 'wizard.people', 'wizard.documents', 'wizard.review'] as const;

/**
 * `/kasus-baru`: the drafts on this phone; `?draf=<id>` one draft in the wizard (saved as
 * typed, so a reload comes back to the same step); `?kirim=<id>` the registration once it
 * is in the outbox (the receipt when the server has answered).
 */
export default function NewCasePage() {
  const { search } = useLocation();
  const queued = search.get('kirim');
  const draftId = search.get('draf');
  if (queued) return <QueuedRegistration id={queued} />;
  if (!draftId) return <DraftPicker />;
  return <Wizard key={draftId} draftId={draftId} />;
}

function Wizard({ draftId }: { draftId: string }) {
  const { t, text } = useI18n();
  const { me } = useAuth();
  const { userId, flush } = useOutbox();
  const sectorsQuery = useQuery(IntakeSectorsDocument, { fetchPolicy: 'cache-first' });
  const sectors = sectorsQuery.data?.sectors ?? [];
  const options = intakeOptions(sectors, me);
  const stored = useStoredDraft(userId, draftId, (d) => serviceTitle(options, d));
  const draft = stored.state?.draft;
  const step = stored.state?.step ?? 0;
  const [submitting, setSubmitting] = useState(false);
  // The step the kader tried to leave with problems left: from then on, every problem of it shows.
  const [attempted, setAttempted] = useState<number | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const sectorId = draft?.sectorId ?? '';
  const form = useQuery(SectorFormDocument, {
    variables: { id: sectorId },
    skip: !sectorId,
    fetchPolicy: 'cache-first',
  });
  const choiceLabels = useQuery(SectorChoiceLabelsDocument, {
    variables: { id: sectorId },
    skip: !sectorId,
    fetchPolicy: 'cache-first',
  });

  if (!sectorsQuery.data || !draft) {
    return sectorsQuery.error && !sectorsQuery.data ? (
      <ErrorMessage error={sectorsQuery.error} onRetry={() => void sectorsQuery.refetch()} />
    ) : (
      <Skeleton lines={6} label={t('wizard.title')} />
    );
  }
  const chosen = options.find((o) => o.sector.id === draft.sectorId);
  const serviceTypes = chosen ? buildServiceTypes(chosen.sector, form.data?.sector, choiceLabels.data?.sector) : [];
  const serviceType = serviceTypes.find((s) => s.id === draft.serviceTypeId);
  const update = (patch: Partial<CaseDraft>) => stored.setDraft((d) => ({ ...d, ...patch }));
  if (options.length === 0) return <p className="page">{t('wizard.noSectors')}</p>;

  // The server's own rules (core/intake), checked at the step the field is on, in the chosen language.
  const problems = stepProblems(step, draft, {
    sectorChosen: Boolean(chosen),
    reporterIdentityOptional: Boolean(chosen?.sector.reporterIdentityOptional),
    serviceType,
  });
  const byField = problemsByField(problems);
  const showAll = attempted === step;
  // The service step needs its form (questions, checklist) before it can be checked.
  const ready = step !== 1 || Boolean(form.data) || !serviceType;
  const submit = async () => {
    if (!userId || !chosen || !serviceType) return;
    setSubmitting(true);
    stored.forget();
    const input = toRegisterInput(draft, chosen.unitId, serviceType.questions);
    const labels = Object.fromEntries(serviceType.documents.map((d) => [d.code, d.label]));
    // Into the outbox first, with its key: whatever the signal does now, the case is made once.
    await queueRegistration(userId, draft, input, serviceType.name, labels);
    await deleteDraft(draftId);
    navigate(`/kasus-baru?kirim=${encodeURIComponent(draftId)}`, { replace: true });
    flush();
    registerBackgroundSync();
  };

  return (
    <section className="page wizard" aria-labelledby="wizard-step-title">
      <p className="muted">
        {t('wizard.title')} · {t('wizard.step', { n: step + 1, total: STEPS.length })}
      </p>
      <ol className="stepper" aria-hidden="true">
        {STEPS.map((key, i) => (
          <li key={key} className={i === step ? 'is-current' : i < step ? 'is-done' : ''} />
        ))}
      </ol>
      <h1 id="wizard-step-title" ref={heading} tabIndex={-1}>
        {t(STEPS[step] ?? 'wizard.title')}
      </h1>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!ready) return;
          if (problems.length > 0) {
            // Stay, and say what to fix, by each field's label, before the kader goes on.
            setAttempted(step);
            requestAnimationFrame(() => summary.current?.focus());
            return;
          }
          setAttempted(null);
          if (step < STEPS.length - 1) stored.setStep(step + 1);
          else void submit();
        }}
      >
        {showAll && problems.length > 0 && (
          <div ref={summary} tabIndex={-1} className="alert alert--error step-problems" role="alert">
            <p>{t('wizard.stepProblems')}</p>
            <ul>
              {problems.map((p, i) => (
                <li key={`${p.field}-${i}`}>{summaryLine(p, text)}</li>
              ))}
            </ul>
          </div>
        )}
        {step === 0 && (
          <fieldset className="options">
            <legend className="visually-hidden">{t('wizard.sector')}</legend>
            {options.map(({ sector }) => (
              <label key={sector.id} className="option">
                <input
                  type="radio"
                  name="sector"
                  checked={draft.sectorId === sector.id}
                  onChange={() => update({ sectorId: sector.id, serviceTypeId: null, documents: {}, facts: {} })}
                />
                <strong>{text(sector.name)}</strong>
              </label>
            ))}
          </fieldset>
        )}
        {step === 1 && chosen && (
          <>
            <ServiceStep
              serviceTypes={serviceTypes}
              draft={draft}
              update={update}
              problems={byField}
              showAll={showAll}
            />
            {!form.data &&
              (form.error ? <ErrorMessage error={form.error} /> : <Skeleton lines={3} label={t('app.loading')} />)}
          </>
        )}
        {step === 2 && <PeopleStep draft={draft} update={update} problems={byField} showAll={showAll} />}
        {step === 3 && serviceType && (
          <DocumentChecklist
            requirements={serviceType.documents}
            value={draft.documents}
            onChange={(change) => stored.setDraft((d) => ({ ...d, documents: change(d.documents) }))}
          />
        )}
        {step === 4 && chosen && serviceType && (
          <ReviewStep sector={chosen.sector} serviceType={serviceType} draft={draft} />
        )}
        <p className="hint draft-saved" aria-live="polite">
          {stored.saved ? `✓ ${t('drafts.saved')}` : ''}
        </p>
        <div className="row wizard__nav">
          {step > 0 && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setAttempted(null);
                stored.setStep(step - 1);
              }}
            >
              {t('wizard.previous')}
            </button>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={!ready || submitting}
            aria-busy={submitting}
          >
            {step < STEPS.length - 1 ? t('wizard.next') : submitting ? t('wizard.submitting') : t('wizard.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The draft's title in the list of drafts: its service type, once chosen. */
function serviceTitle(options: { sector: SectorView }[], draft: CaseDraft) {
  const sector = options.find((o) => o.sector.id === draft.sectorId)?.sector;
  const type = sector?.serviceTypes.find((s) => s.id === draft.serviceTypeId);
  return type?.name ?? sector?.name ?? null;
}

import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useAuth, type Me } from '../auth/auth';
import {
  IntakeSectorsDocument,
  RegisterCaseDocument,
  SectorChoiceLabelsDocument,
  SectorFormDocument,
} from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { Skeleton } from '../ui/skeleton';
import { useDocumentUploads } from '../files/use-document-uploads';
import { DocumentChecklist } from './document-checklist';
import { emptyDraft, toRegisterInput, type CaseDraft } from './draft';
import { PeopleStep, peopleStepValid } from './people-step';
import { Receipt } from './receipt';
import { UploadProgress } from './upload-progress';
import { ReviewStep } from './review-step';
import { buildServiceTypes, type SectorView } from './sector-form';
import { ServiceStep, serviceStepValid } from './service-step';

const STEPS = ['wizard.sector', 'wizard.serviceType', 'wizard.people', 'wizard.documents', 'wizard.review'] as const;

/** Sectors this user may register in, with the org unit to register at (their first intake unit). */
export function intakeOptions(sectors: readonly SectorView[], me: Me | null): { sector: SectorView; unitId: string }[] {
  return sectors.flatMap((sector) => {
    const membership = me?.memberships.find(
      (m) => sector.intakeRoles.includes(m.role) && sector.intakeUnitKinds.includes(m.orgUnit.kind),
    );
    return membership ? [{ sector, unitId: membership.orgUnit.id }] : [];
  });
}

export default function NewCasePage() {
  const { t, text } = useI18n();
  const { me } = useAuth();
  const sectorsQuery = useQuery(IntakeSectorsDocument, { fetchPolicy: 'cache-first' });
  const [register, registration] = useMutation(RegisterCaseDocument);
  const uploads = useDocumentUploads();
  const [step, setStep] = useState(0);
  const [draft, setDraft] = useState<CaseDraft>(emptyDraft);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [step]);
  const sectorId = draft.sectorId ?? '';
  const form = useQuery(SectorFormDocument, { variables: { id: sectorId }, skip: !draft.sectorId });
  const choiceLabels = useQuery(SectorChoiceLabelsDocument, { variables: { id: sectorId }, skip: !draft.sectorId });

  if (!sectorsQuery.data) {
    return sectorsQuery.error ? (
      <ErrorMessage error={sectorsQuery.error} onRetry={() => void sectorsQuery.refetch()} />
    ) : (
      <Skeleton lines={6} label={t('wizard.title')} />
    );
  }
  const options = intakeOptions(sectorsQuery.data.sectors, me);
  const chosen = options.find((o) => o.sector.id === draft.sectorId);
  const serviceTypes = chosen ? buildServiceTypes(chosen.sector, form.data?.sector, choiceLabels.data?.sector) : [];
  const serviceType = serviceTypes.find((s) => s.id === draft.serviceTypeId);
  const update = (patch: Partial<CaseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const registered = registration.data?.registerCase;
  if (registered) {
    return (
      <Receipt
        c={registered}
        uploads={
          <UploadProgress
            uploads={uploads.uploads}
            labels={Object.fromEntries((serviceType?.documents ?? []).map((d) => [d.code, d.label]))}
            onRetry={() => void uploads.retryFailed()}
          />
        }
        onAnother={() => {
          registration.reset();
          uploads.reset();
          setDraft(emptyDraft());
          setStep(0);
        }}
      />
    );
  }
  if (options.length === 0) return <p className="page">{t('wizard.noSectors')}</p>;

  const canContinue = [
    Boolean(chosen),
    Boolean(form.data) && serviceStepValid(serviceType, draft),
    peopleStepValid(draft),
    true, // Missing documents may follow later; the case records what is missing.
    true,
  ][step];
  const submit = () =>
    void register({
      variables: { input: toRegisterInput(draft, chosen?.unitId ?? null, serviceType?.questions ?? []) },
    })
      .then((result) => {
        const id = result.data?.registerCase.id;
        // The case is safe now; its files follow, each with retries, while the receipt is shown.
        if (id) void uploads.start(id, draft.documents);
      })
      .catch(() => {});

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
        onSubmit={(e) => {
          e.preventDefault();
          if (!canContinue) return;
          if (step < STEPS.length - 1) setStep(step + 1);
          else submit();
        }}
      >
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
            <ServiceStep serviceTypes={serviceTypes} draft={draft} update={update} />
            {!form.data &&
              (form.error ? <ErrorMessage error={form.error} /> : <Skeleton lines={3} label={t('app.loading')} />)}
          </>
        )}
        {step === 2 && <PeopleStep draft={draft} update={update} />}
        {step === 3 && serviceType && (
          <DocumentChecklist
            requirements={serviceType.documents}
            value={draft.documents}
            onChange={(documents) => update({ documents })}
          />
        )}
        {step === 4 && chosen && serviceType && (
          <ReviewStep sector={chosen.sector} serviceType={serviceType} draft={draft} />
        )}
        <ErrorMessage error={registration.error} />
        <div className="row wizard__nav">
          {step > 0 && (
            <button type="button" className="button" onClick={() => setStep(step - 1)}>
              {t('wizard.previous')}
            </button>
          )}
          <button
            type="submit"
            className="button button--primary"
            disabled={!canContinue || registration.loading}
            aria-busy={registration.loading}
          >
            {step < STEPS.length - 1
              ? t('wizard.next')
              : registration.loading
                ? t('wizard.submitting')
                : t('wizard.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

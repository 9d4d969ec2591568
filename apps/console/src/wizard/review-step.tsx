import { useI18n } from '../i18n/i18n';
import { countsOf, missingRequired } from './document-checklist';
import type { CaseDraft } from './draft';
import type { SectorView, ServiceTypeView } from './sector-form';

export function ReviewStep({
  sector,
  serviceType,
  draft,
}: {
  sector: SectorView;
  serviceType: ServiceTypeView;
  draft: CaseDraft;
}) {
  const { t, text } = useI18n();
  const a = draft.applicant;
  const counts = countsOf(draft.documents);
  const missing = missingRequired(serviceType.documents, counts);
  const handedIn = serviceType.documents.filter((d) => (counts[d.code] ?? 0) > 0);
  return (
    <div className="review">
      <dl className="facts">
        <dt>{t('case.sector')}</dt>
        <dd>{text(sector.name)}</dd>
        <dt>{t('case.serviceType')}</dt>
        <dd>{text(serviceType.name)}</dd>
        <dt>{t('case.description')}</dt>
        <dd className="prewrap">{draft.description}</dd>
        <dt>{t('wizard.applicant')}</dt>
        <dd>
          {a.name}
          {a.nik && <span className="code block">NIK {a.nik}</span>}
          {a.phone && <span className="block">{a.phone}</span>}
          {[
            a.address,
            draft.dusun && `${t('wizard.dusun')} ${draft.dusun}`,
            draft.rw && `RW ${draft.rw}`,
            draft.rt && `RT ${draft.rt}`,
          ]
            .filter(Boolean)
            .join(', ')}
        </dd>
        {!draft.beneficiaryIsApplicant && (
          <>
            <dt>{t('case.beneficiaries')}</dt>
            <dd>
              {draft.beneficiary.name} ({draft.beneficiary.relation})
            </dd>
          </>
        )}
        <dt>{t('case.documents')}</dt>
        <dd>
          <ul className="plain-list">
            {handedIn.map((d) => (
              <li key={d.code}>
                ✓ {text(d.label)}
                {` (${t('wizard.filesChosen', { count: counts[d.code] ?? 0 })})`}
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      {missing.length > 0 && (
        <p className="alert alert--warning" role="note">
          ⚠ {t('wizard.missingLater', { docs: missing.map((d) => text(d.label)).join(', ') })}
        </p>
      )}
    </div>
  );
}

import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import type { CaseDraft, PersonDraft } from './draft';
import { countDigits } from './input-masks';
import type { StepProblem } from './step-checks';

/**
 * The applicant, where they live, and the beneficiary when it is someone else. Each field shows
 * the server's own check (step-checks.ts) once something is typed in it, and every problem once
 * the kader has tried to move on.
 */
export function PeopleStep({
  draft,
  update,
  problems,
  showAll,
}: {
  draft: CaseDraft;
  update(patch: Partial<CaseDraft>): void;
  problems: ReadonlyMap<string, StepProblem>;
  showAll: boolean;
}) {
  const { t, text } = useI18n();
  const a = draft.applicant;
  const b = draft.beneficiary;
  const setA = (patch: Partial<PersonDraft>) => update({ applicant: { ...a, ...patch } });
  const setB = (patch: Partial<CaseDraft['beneficiary']>) => update({ beneficiary: { ...b, ...patch } });
  const problem = (field: string, value: string): string | null => {
    const found = problems.get(field);
    return found && (showAll || value.trim() !== '') ? text(found.message) : null;
  };
  const nikOk = (field: string, value: string) => (value.trim() && !problems.has(field) ? t('nik.ok') : null);
  const digitsHint = (value: string, total: number) =>
    value.trim() ? t('wizard.digitsCount', { n: countDigits(value), total }) : undefined;
  return (
    <>
      <fieldset className="form">
        <legend>{t('wizard.applicant')}</legend>
        <TextField
          label={t('wizard.name')}
          required
          autoComplete="off"
          autoCapitalize="words"
          value={a.name}
          onValue={(name) => setA({ name })}
          problem={problem('applicant.name', a.name)}
        />
        <TextField
          label={t('wizard.nik')}
          inputMode="numeric"
          maxLength={19}
          autoComplete="off"
          value={a.nik}
          hint={digitsHint(a.nik, 16)}
          onValue={(nik) => setA({ nik })}
          problem={problem('applicant.nik', a.nik)}
          ok={nikOk('applicant.nik', a.nik)}
        />
        <TextField
          label={t('wizard.kk')}
          inputMode="numeric"
          maxLength={19}
          autoComplete="off"
          value={a.kkNumber}
          hint={digitsHint(a.kkNumber, 16)}
          onValue={(kkNumber) => setA({ kkNumber })}
          problem={problem('applicant.kkNumber', a.kkNumber)}
        />
        <TextField
          label={t('wizard.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={a.phone}
          hint={t('wizard.phoneHint')}
          onValue={(phone) => setA({ phone })}
          problem={problem('applicant.phone', a.phone)}
        />
        {a.phone.trim() !== '' && <MessageConsent draft={draft} update={update} />}
        <TextField
          label={t('wizard.address')}
          value={a.address}
          onValue={(address) => setA({ address })}
          problem={problem('applicant.address', a.address)}
        />
        <div className="row row--3">
          <TextField
            label={t('wizard.dusun')}
            value={draft.dusun}
            onValue={(dusun) => update({ dusun })}
            problem={problem('dusun', draft.dusun)}
          />
          <TextField
            label={t('wizard.rw')}
            inputMode="numeric"
            maxLength={3}
            value={draft.rw}
            onValue={(rw) => update({ rw })}
            problem={problem('rw', draft.rw)}
          />
          <TextField
            label={t('wizard.rt')}
            inputMode="numeric"
            maxLength={3}
            value={draft.rt}
            onValue={(rt) => update({ rt })}
            problem={problem('rt', draft.rt)}
          />
        </div>
      </fieldset>
      <fieldset className="form">
        <legend>{t('wizard.beneficiary')}</legend>
        <label className="choice">
          <input
            type="checkbox"
            checked={draft.beneficiaryIsApplicant}
            onChange={(e) => update({ beneficiaryIsApplicant: e.target.checked })}
          />
          {t('wizard.sameAsApplicant')}
        </label>
        {!draft.beneficiaryIsApplicant && (
          <>
            <TextField
              label={t('wizard.name')}
              required
              autoComplete="off"
              autoCapitalize="words"
              value={b.name}
              onValue={(name) => setB({ name })}
              problem={problem('beneficiaries.0.name', b.name)}
            />
            <TextField
              label={t('wizard.nik')}
              inputMode="numeric"
              maxLength={19}
              autoComplete="off"
              value={b.nik}
              hint={digitsHint(b.nik, 16)}
              onValue={(nik) => setB({ nik })}
              problem={problem('beneficiaries.0.nik', b.nik)}
              ok={nikOk('beneficiaries.0.nik', b.nik)}
            />
            <TextField
              label={t('wizard.relation')}
              required
              value={b.relation}
              onValue={(relation) => setB({ relation })}
              problem={problem('beneficiaries.0.relation', b.relation)}
            />
          </>
        )}
      </fieldset>
    </>
  );
}

/**
 * The citizen's consent to be told of the case (receipt, status changes, outcome) by WhatsApp or
 * SMS, in their language: asked only once there is a phone number, recorded with the registration.
 */
function MessageConsent({ draft, update }: { draft: CaseDraft; update(patch: Partial<CaseDraft>): void }) {
  const { t } = useI18n();
  const channel = draft.messageChannel ?? null;
  return (
    <div className="stack">
      <label className="choice">
        <input
          type="checkbox"
          checked={channel !== null}
          onChange={(e) => update({ messageChannel: e.target.checked ? 'WHATSAPP' : null })}
        />
        {t('wizard.messageConsent')}
      </label>
      {channel !== null && (
        <div className="row">
          <label className="field">
            <span>{t('wizard.messageChannel')}</span>
            <select
              value={channel}
              onChange={(e) => update({ messageChannel: e.target.value === 'SMS' ? 'SMS' : 'WHATSAPP' })}
            >
              <option value="WHATSAPP">WhatsApp</option>
              <option value="SMS">SMS</option>
            </select>
          </label>
          <label className="field">
            <span>{t('wizard.messageLanguage')}</span>
            <select
              value={draft.messageLanguage ?? 'id'}
              onChange={(e) => update({ messageLanguage: e.target.value === 'en' ? 'en' : 'id' })}
            >
              <option value="id">Bahasa Indonesia</option>
              <option value="en">English</option>
            </select>
          </label>
        </div>
      )}
    </div>
  );
}

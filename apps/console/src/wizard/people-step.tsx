import { useI18n } from '../i18n/i18n';
import { TextField } from '../ui/field';
import type { CaseDraft, PersonDraft } from './draft';
import { checkKk, checkNik, checkPhone, type Problem } from './identity-checks';

/** Shows a check only once the kader has typed something. */
function useCheck() {
  const { t } = useI18n();
  return (value: string, check: (v: string) => Problem | null): string | null => {
    if (!value.trim()) return null;
    const problem = check(value);
    return problem ? t(problem.key, problem.vars) : null;
  };
}

export function PeopleStep({ draft, update }: { draft: CaseDraft; update(patch: Partial<CaseDraft>): void }) {
  const { t } = useI18n();
  const problem = useCheck();
  const a = draft.applicant;
  const b = draft.beneficiary;
  const setA = (patch: Partial<PersonDraft>) => update({ applicant: { ...a, ...patch } });
  const setB = (patch: Partial<CaseDraft['beneficiary']>) => update({ beneficiary: { ...b, ...patch } });
  const nikOk = (value: string) => (value.trim() && !checkNik(value) ? t('nik.ok') : null);
  return (
    <>
      <fieldset className="form">
        <legend>{t('wizard.applicant')}</legend>
        <TextField
          label={t('wizard.name')}
          required
          autoComplete="off"
          value={a.name}
          onValue={(name) => setA({ name })}
        />
        <TextField
          label={t('wizard.nik')}
          inputMode="numeric"
          maxLength={20}
          autoComplete="off"
          value={a.nik}
          onValue={(nik) => setA({ nik })}
          problem={problem(a.nik, checkNik)}
          ok={nikOk(a.nik)}
        />
        <TextField
          label={t('wizard.kk')}
          inputMode="numeric"
          maxLength={20}
          autoComplete="off"
          value={a.kkNumber}
          onValue={(kkNumber) => setA({ kkNumber })}
          problem={problem(a.kkNumber, checkKk)}
        />
        <TextField
          label={t('wizard.phone')}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={a.phone}
          hint={t('wizard.phoneHint')}
          onValue={(phone) => setA({ phone })}
          problem={problem(a.phone, checkPhone)}
        />
        {a.phone.trim() !== '' && <MessageConsent draft={draft} update={update} />}
        <TextField label={t('wizard.address')} value={a.address} onValue={(address) => setA({ address })} />
        <div className="row row--3">
          <TextField label={t('wizard.dusun')} value={draft.dusun} onValue={(dusun) => update({ dusun })} />
          <TextField label={t('wizard.rw')} inputMode="numeric" value={draft.rw} onValue={(rw) => update({ rw })} />
          <TextField label={t('wizard.rt')} inputMode="numeric" value={draft.rt} onValue={(rt) => update({ rt })} />
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
            <TextField label={t('wizard.name')} required value={b.name} onValue={(name) => setB({ name })} />
            <TextField
              label={t('wizard.nik')}
              inputMode="numeric"
              maxLength={20}
              value={b.nik}
              onValue={(nik) => setB({ nik })}
              problem={problem(b.nik, checkNik)}
              ok={nikOk(b.nik)}
            />
            <TextField
              label={t('wizard.relation')}
              required
              value={b.relation}
              onValue={(relation) => setB({ relation })}
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

/** Whether the people step can be left: names present, identity numbers well-formed when given. */
export function peopleStepValid(draft: CaseDraft): boolean {
  const a = draft.applicant;
  const b = draft.beneficiary;
  const optional = (value: string, check: (v: string) => Problem | null) => !value.trim() || !check(value);
  const applicantOk =
    a.name.trim() !== '' && optional(a.nik, checkNik) && optional(a.kkNumber, checkKk) && optional(a.phone, checkPhone);
  const beneficiaryOk =
    draft.beneficiaryIsApplicant || (b.name.trim() !== '' && b.relation.trim() !== '' && optional(b.nik, checkNik));
  return applicantOk && beneficiaryOk;
}

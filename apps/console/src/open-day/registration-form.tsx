import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { RegisterVisitorDocument, type KesehatanSex } from '../gql/graphql';
import { useI18n, type BilingualText } from '../i18n/i18n';
import { DateField } from '../ui/date-field';
import { TextField } from '../ui/field';
import { checkInput, nikField } from '@posyandu-spm/core/intake';
import { digitsOnly } from '../wizard/input-masks';
import { CHILD_GROUPS, GUARDED_GROUPS, type Visit } from './open-day-common';
import { TableSubmit } from './table-submit';
import { openDayText, useOpenDayWords } from './open-day-text';
import { EarlierVisitorSearch } from './earlier-visitor-search';
import { SingleToggle } from './toggle-group';

export interface RegistrationDraft {
  name: string;
  nik: string;
  targetGroup: string | null;
  sex: KesehatanSex | null;
  birthDate: string;
  guardianName: string;
  guardianNik: string;
  /** UU 27/2022: the parent or guardian agreed, when asked at the table, to the child's data being recorded. */
  guardianConsent: boolean;
}

export const EMPTY_REGISTRATION: RegistrationDraft = {
  name: '',
  nik: '',
  targetGroup: null,
  sex: null,
  birthDate: '',
  guardianName: '',
  guardianNik: '',
  guardianConsent: false,
};

/** A child under 18 on the open day, as the server decides it: by birth date, else by target group. */
export function needsGuardianConsent(d: RegistrationDraft, heldOn: string): boolean {
  if (d.birthDate) return heldOn < `${Number(d.birthDate.slice(0, 4)) + 18}${d.birthDate.slice(4)}`;
  return d.targetGroup !== null && GUARDED_GROUPS.has(d.targetGroup);
}

type Problems = Partial<
  Record<'name' | 'nik' | 'guardianName' | 'guardianNik' | 'consent' | 'targetGroup' | 'child' | 'form', BilingualText>
>;

const NIK = nikField({ id: 'NIK', en: 'NIK' }, { required: false });

/** Table 1's checks before sending (the server checks again). */
export function checkRegistration(
  d: RegistrationDraft,
  heldOn: string,
  nikText: (nik: string) => string | null,
): Problems {
  const p: Problems = {};
  if (!d.name.trim()) p.name = openDayText('needName');
  if (!d.targetGroup) p.targetGroup = openDayText('needTargetGroup');
  const guarded = d.targetGroup !== null && GUARDED_GROUPS.has(d.targetGroup);
  const nikProblem = d.nik.trim() ? nikText(d.nik) : null;
  if (nikProblem) p.nik = { id: nikProblem, en: nikProblem };
  const guardianProblem = guarded && d.guardianNik.trim() ? nikText(d.guardianNik) : null;
  if (guardianProblem) p.guardianNik = { id: guardianProblem, en: guardianProblem };
  // The home-visit case a risk opens needs an applicant with a NIK: the guardian's, or the child's own.
  if (!d.nik.trim() && !(guarded && d.guardianNik.trim())) p.form = openDayText('needNik');
  if (guarded && needsGuardianConsent(d, heldOn)) {
    if (!d.guardianName.trim()) p.guardianName = openDayText('needGuardianName');
    if (!d.guardianConsent) p.consent = openDayText('needConsent');
  }
  if (d.targetGroup && CHILD_GROUPS.has(d.targetGroup) && (!d.birthDate || !d.sex))
    p.child = openDayText('needChildData');
  else if (d.birthDate && d.birthDate > heldOn) p.child = openDayText('birthInFuture');
  return p;
}

/**
 * Table 1: an earlier visitor's details in one tap, or a new one typed in; the
 * NIK is checked while it is typed; submitting shows the queue number big.
 */
export function RegistrationForm({
  sessionId,
  posyanduId,
  heldOn,
  groups,
}: {
  sessionId: string;
  posyanduId: string;
  heldOn: string;
  groups: ReadonlyArray<{ value: string; label: BilingualText }>;
}) {
  const w = useOpenDayWords();
  const { t, text } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<RegistrationDraft>(EMPTY_REGISTRATION);
  // After the first "Daftarkan", the problems follow what is typed (a fixed field loses its message at once).
  const [submitted, setSubmitted] = useState(false);
  const [registered, setRegistered] = useState<Visit | null>(null);
  const [register, { loading, error, reset }] = useMutation(RegisterVisitorDocument);
  const update = (patch: Partial<RegistrationDraft>) => setDraft((d) => ({ ...d, ...patch }));
  // The server's own NIK rule (core/intake), in the chosen language.
  const nikText = (nik: string) => {
    const checked = checkInput(NIK, nik);
    return checked.ok ? null : text(checked.problems[0]?.message);
  };
  const live = (nik: string) => (nik.trim() ? nikText(nik) : null);
  const guarded = draft.targetGroup !== null && GUARDED_GROUPS.has(draft.targetGroup);
  const child = draft.targetGroup !== null && CHILD_GROUPS.has(draft.targetGroup);

  if (registered) {
    return (
      <section className="od-ticket" aria-labelledby={`${id}-ticket`}>
        <p id={`${id}-ticket`}>{w('registered', { name: registered.person.name ?? '' })}</p>
        <p className="od-ticket__label">{w('bigQueueNumber')}</p>
        <p className="od-ticket__number" role="status">
          {registered.queueNumber}
        </p>
        <p>{w('goesTo')}</p>
        <button
          type="button"
          className="button button--primary button--big"
          autoFocus
          onClick={() => {
            setRegistered(null);
            setDraft(EMPTY_REGISTRATION);
            setSubmitted(false);
            reset();
          }}
        >
          {w('nextRegistration')}
        </button>
      </section>
    );
  }

  const submit = async () => {
    const problems = checkRegistration(draft, heldOn, nikText);
    setSubmitted(true);
    if (Object.keys(problems).length || !draft.targetGroup) return;
    const result = await register({
      variables: {
        sessionId,
        input: {
          person: { name: draft.name.trim(), nik: draft.nik.trim() ? digitsOnly(draft.nik) : null },
          guardian:
            guarded && (draft.guardianName.trim() || draft.guardianNik.trim())
              ? {
                  name: draft.guardianName.trim(),
                  nik: draft.guardianNik.trim() ? digitsOnly(draft.guardianNik) : null,
                }
              : null,
          targetGroup: draft.targetGroup as Visit['targetGroup'],
          sex: draft.sex,
          birthDate: draft.birthDate || null,
          guardianConsent: guarded && needsGuardianConsent(draft, heldOn) ? draft.guardianConsent : null,
        },
      },
    }).catch(() => null);
    const visit = result?.data?.kesehatanRegisterVisitor;
    if (visit) setRegistered(visit);
  };
  const shown = submitted ? checkRegistration(draft, heldOn, nikText) : null;
  const problem = (key: keyof Problems) => (shown?.[key] ? text(shown[key]) : null);

  return (
    <form
      className="form od-form"
      noValidate
      aria-label={w('stationREGISTRATION')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <EarlierVisitorSearch
        sessionId={sessionId}
        posyanduId={posyanduId}
        onPick={(earlier) => {
          setDraft(earlier);
          setSubmitted(false);
        }}
      />
      <SingleToggle
        legend={w('targetGroup')}
        options={groups.map((g) => ({ value: g.value, label: text(g.label) }))}
        value={draft.targetGroup}
        onChange={(targetGroup) => update({ targetGroup })}
        problem={problem('targetGroup')}
      />
      <TextField
        label={w('name')}
        required
        autoComplete="off"
        value={draft.name}
        onValue={(name) => update({ name })}
        problem={problem('name')}
      />
      <TextField
        label={w('nik')}
        inputMode="numeric"
        maxLength={20}
        autoComplete="off"
        value={draft.nik}
        onValue={(nik) => update({ nik })}
        problem={live(draft.nik)}
        ok={draft.nik.trim() && !live(draft.nik) ? t('nik.ok') : null}
      />
      <SingleToggle
        legend={w('sex')}
        options={[
          { value: 'FEMALE', label: w('female') },
          { value: 'MALE', label: w('male') },
        ]}
        value={draft.sex}
        onChange={(sex) => update({ sex })}
      />
      <DateField
        label={w('birthDate')}
        required={child}
        max={heldOn}
        value={draft.birthDate}
        onValue={(birthDate) => update({ birthDate })}
        problem={problem('child')}
      />
      {guarded && (
        <fieldset className="form">
          <legend>{w('guardian')}</legend>
          <TextField
            label={w('guardianName')}
            required={needsGuardianConsent(draft, heldOn)}
            autoComplete="off"
            value={draft.guardianName}
            onValue={(guardianName) => update({ guardianName })}
            problem={problem('guardianName')}
          />
          <TextField
            label={w('guardianNik')}
            inputMode="numeric"
            maxLength={20}
            autoComplete="off"
            value={draft.guardianNik}
            onValue={(guardianNik) => update({ guardianNik })}
            problem={live(draft.guardianNik) ?? problem('guardianNik')}
            ok={draft.guardianNik.trim() && !live(draft.guardianNik) ? t('nik.ok') : null}
          />
          {needsGuardianConsent(draft, heldOn) && (
            <div className="field">
              <label className="od-consent">
                <input
                  type="checkbox"
                  checked={draft.guardianConsent}
                  onChange={(e) => update({ guardianConsent: e.target.checked })}
                  aria-invalid={problem('consent') ? true : undefined}
                  aria-describedby={`${id}-consent-hint ${id}-consent-problem`}
                />
                <span>{w('guardianConsent')}</span>
              </label>
              <span id={`${id}-consent-hint`} className="hint">
                {w('guardianConsentHint')}
              </span>
              <span id={`${id}-consent-problem`} className="field__problem" aria-live="polite">
                {problem('consent') ? `⚠ ${problem('consent')}` : ''}
              </span>
            </div>
          )}
        </fieldset>
      )}
      <TableSubmit problem={problem('form')} error={error} loading={loading}>
        {loading ? w('registering') : w('register')}
      </TableSubmit>
    </form>
  );
}

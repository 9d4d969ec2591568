import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import type { HolidayKind } from '../gql/graphql';
import { AddHolidayMutation, AdminHolidaysQuery, RemoveHolidayMutation } from '../graphql/operations';
import { DEFAULT_TIME_ZONE, formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { DateField } from '../ui/date-field';
import { TextField } from '../ui/field';
import { Skeleton } from '../ui/skeleton';
import { adminText, type AdminWord } from './admin-text';
import { CalendarWarnings, CalendarYearStatus } from './calendar-year-panel';

const KINDS: HolidayKind[] = ['REGIONAL', 'CUTI_BERSAMA', 'NATIONAL'];
const kindWord = (kind: HolidayKind): AdminWord => `kind${kind}` as AdminWord;

/** The days off of a year in the admin's area: list, add with its legal basis, remove. */
export function HolidaysTab({ areaCode, now = new Date() }: { areaCode: string; now?: Date }) {
  const { t, text, locale } = useI18n();
  const [year, setYear] = useState(now.getFullYear());
  const holidays = useQuery(AdminHolidaysQuery, { variables: { year, areaCode } });
  const [remove, removing] = useMutation(RemoveHolidayMutation);
  const list = holidays.data?.holidays ?? [];
  return (
    <div className="stack">
      <CalendarWarnings />
      <AddHolidayForm areaCode={areaCode} onAdded={() => void holidays.refetch()} />
      <section className="panel" aria-labelledby="holidays-title">
        <h2 id="holidays-title">
          {text(adminText('tabHolidays'))} {year}
        </h2>
        <label className="field">
          <span>{text(adminText('year'))}</span>
          <input
            type="number"
            min={2000}
            max={2100}
            value={year}
            onChange={(e) => {
              const next = Number(e.target.value);
              if (next >= 2000 && next <= 2100) setYear(next);
            }}
          />
        </label>
        <CalendarYearStatus year={year} onLoaded={() => void holidays.refetch()} />
        <ErrorMessage error={holidays.error ?? removing.error} />
        {holidays.loading && !holidays.data ? (
          <Skeleton lines={4} label={t('app.loading')} />
        ) : list.length === 0 ? (
          <p className="muted">{text(adminText('noHolidays'))}</p>
        ) : (
          <ul className="card-list">
            {list.map((h) => {
              const name = locale === 'en' ? h.nameEn : h.nameId;
              const date = formatDate(`${h.date}T05:00:00Z`, DEFAULT_TIME_ZONE, locale);
              return (
                <li key={h.id} className="card">
                  <p className="card__title">
                    {date} — {name}
                  </p>
                  <p className="card__meta">
                    <span className="tag">{text(adminText(kindWord(h.kind)))}</span>{' '}
                    {h.fixed && <span className="tag">{text(adminText('fixedHoliday'))}</span>} {h.legalBasis}
                    {h.areaCode ? ` · ${h.areaCode}` : ''}
                  </p>
                  {/* A fixed-date national holiday is a day off every year by standing law: nothing to remove. */}
                  {!h.fixed && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={text(adminText('removeHolidayLabel', { name, date }))}
                      disabled={removing.loading}
                      onClick={() => {
                        if (!window.confirm(text(adminText('confirmRemoveHoliday', { name })))) return;
                        remove({ variables: { id: h.id } })
                          .then(() => holidays.refetch())
                          .catch(() => {});
                      }}
                    >
                      {text(adminText('remove'))}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function AddHolidayForm({ areaCode, onAdded }: { areaCode: string; onAdded(): void }) {
  const { text } = useI18n();
  const empty = { date: '', kind: 'REGIONAL' as HolidayKind, nameId: '', nameEn: '', legalBasis: '', areaCode };
  const [form, setForm] = useState(empty);
  const [saved, setSaved] = useState(false);
  const [add, { loading, error, reset }] = useMutation(AddHolidayMutation);
  const set = (key: 'date' | 'nameId' | 'nameEn' | 'legalBasis' | 'areaCode') => (value: string) =>
    setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    try {
      await add({
        variables: { input: { ...form, areaCode: form.kind === 'REGIONAL' ? form.areaCode.trim() : null } },
      });
      setForm(empty);
      setSaved(true);
      reset();
      onAdded();
    } catch {
      // Shown by ErrorMessage.
    }
  };
  return (
    <form className="panel form" onSubmit={(e) => void submit(e)} aria-labelledby="add-holiday-title">
      <h2 id="add-holiday-title">{text(adminText('addHoliday'))}</h2>
      <DateField label={text(adminText('date'))} value={form.date} onValue={set('date')} required />
      <label className="field">
        <span>{text(adminText('kind'))}</span>
        <select value={form.kind} onChange={(e) => setForm((f) => ({ ...f, kind: e.target.value as HolidayKind }))}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {text(adminText(kindWord(k)))}
            </option>
          ))}
        </select>
      </label>
      {form.kind === 'REGIONAL' && (
        <TextField label={text(adminText('areaCode'))} value={form.areaCode} onValue={set('areaCode')} required />
      )}
      <TextField label={text(adminText('nameId'))} value={form.nameId} onValue={set('nameId')} required />
      <TextField label={text(adminText('nameEn'))} value={form.nameEn} onValue={set('nameEn')} required />
      <TextField
        label={text(adminText('legalBasis'))}
        hint={text(adminText('legalBasisHint'))}
        value={form.legalBasis}
        onValue={set('legalBasis')}
        required
      />
      <ErrorMessage error={error} />
      {saved && (
        <p className="alert alert--ok" role="status">
          ✓ {text(adminText('holidayAdded'))}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={loading}>
        {text(adminText('save'))}
      </button>
    </form>
  );
}

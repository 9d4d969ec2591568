import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { RecordMeasurementDocument, type KesehatanMeasuredPosition } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import {
  ageInMonths,
  checkMeasurement,
  defaultPosition,
  fieldsFor,
  measuresPosition,
  type Checked,
  type MeasureValues,
} from './measurement-fields';
import type { Visit } from './open-day-common';
import { TableSubmit } from './table-submit';
import { useOpenDayWords } from './open-day-text';
import { SingleToggle } from './toggle-group';

/**
 * Table 2 for one visitor: only the fields of their target group, each with the
 * phone's number keypad. Enter moves to the next field and saves at the last, so
 * a kader with a queue of mothers never reaches for the screen between values.
 */
export function MeasurementForm({
  visit,
  heldOn,
  onSaved,
}: {
  visit: Visit;
  heldOn: string;
  onSaved(visit: Visit): void;
}) {
  const w = useOpenDayWords();
  const { text } = useI18n();
  const id = useId();
  const fields = fieldsFor(visit.targetGroup);
  const months = ageInMonths(visit.birthDate, heldOn);
  const [values, setValues] = useState<MeasureValues>({});
  const [position, setPosition] = useState<KesehatanMeasuredPosition>(defaultPosition(months));
  const [oedema, setOedema] = useState(false);
  const [shown, setShown] = useState<Checked['problems'] | null>(null);
  const inputs = useRef<Array<HTMLInputElement | null>>([]);
  const [record, { loading, error }] = useMutation(RecordMeasurementDocument);

  const submit = async () => {
    const checked = checkMeasurement(visit.targetGroup, values, { position, oedema, ageMonths: months });
    setShown(checked.problems);
    if (!checked.input) {
      const first = fields.findIndex((f) => checked.problems[f.field]);
      inputs.current[first >= 0 ? first : 0]?.focus();
      return;
    }
    const result = await record({ variables: { visitId: visit.id, input: checked.input } }).catch(() => null);
    const saved = result?.data?.kesehatanRecordMeasurement;
    if (saved) onSaved(saved);
  };

  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const next = inputs.current[index + 1];
    if (next) next.focus();
    else void submit();
  };

  const problem = (key: keyof Checked['problems']) => (shown?.[key] ? text(shown[key]) : null);

  return (
    <form
      className="form od-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-title`}>{w('chosen', { name: visit.person.name ?? '', n: visit.queueNumber })}</h2>
      <p className="hint">{w('enterHint')}</p>
      {fields.map((f, i) => {
        const fieldId = `${id}-${f.field}`;
        const p = problem(f.field);
        return (
          <div className="field" key={f.field}>
            <label htmlFor={fieldId}>{w(f.label)}</label>
            <input
              id={fieldId}
              ref={(el) => {
                inputs.current[i] = el;
              }}
              className="od-number"
              inputMode={f.inputMode}
              enterKeyHint={i === fields.length - 1 ? 'done' : 'next'}
              autoComplete="off"
              autoFocus={i === 0}
              value={values[f.field] ?? ''}
              aria-invalid={p ? true : undefined}
              aria-describedby={p ? `${fieldId}-problem` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [f.field]: e.target.value }))}
              onKeyDown={onKeyDown(i)}
            />
            <span id={`${fieldId}-problem`} className="field__problem" aria-live="polite">
              {p ? `⚠ ${p}` : ''}
            </span>
          </div>
        );
      })}
      {measuresPosition(visit.targetGroup) && (
        <>
          <SingleToggle<KesehatanMeasuredPosition>
            legend={w('position')}
            options={[
              { value: 'LYING', label: w('lying') },
              { value: 'STANDING', label: w('standing') },
            ]}
            value={position}
            onChange={setPosition}
            problem={problem('position')}
          />
          <label className="choice od-check">
            <input type="checkbox" checked={oedema} onChange={(e) => setOedema(e.target.checked)} />
            {w('oedema')}
          </label>
        </>
      )}
      <TableSubmit problem={problem('form')} error={error} loading={loading}>
        {loading ? w('saving') : w('saveMeasurement')}
      </TableSubmit>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RecordCounsellingDocument } from '../gql/graphql';
import { useI18n, type BilingualText } from '../i18n/i18n';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import type { Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import { ToggleGroup } from './toggle-group';

/** Table 5: the topics talked about (toggles) and a note; the visitor is then done. */
export function CounsellingForm({
  visit,
  topics,
  onSaved,
}: {
  visit: Visit;
  topics: ReadonlyArray<{ value: string; label: BilingualText }>;
  onSaved(visit: Visit): void;
}) {
  const w = useOpenDayWords();
  const { text } = useI18n();
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  const [record, { loading, error }] = useMutation(RecordCounsellingDocument);
  return (
    <form
      className="form od-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen.length) {
          setMissing(true);
          return;
        }
        void record({ variables: { visitId: visit.id, topics: chosen, note: note.trim() || null } })
          .then((r) => r.data && onSaved(r.data.kesehatanRecordCounselling))
          .catch(() => {});
      }}
    >
      <h2>{w('chosen', { name: visit.person.name ?? '', n: visit.queueNumber })}</h2>
      <ToggleGroup
        legend={w('topics')}
        columns={1}
        options={topics.map((t) => ({ value: t.value, label: text(t.label) }))}
        value={chosen}
        onChange={(next) => {
          setChosen(next);
          if (next.length) setMissing(false);
        }}
        problem={missing ? w('needTopic') : null}
      />
      <TextField label={w('note')} autoComplete="off" value={note} onValue={setNote} />
      <ErrorMessage error={error} />
      <button type="submit" className="button button--primary button--big" disabled={loading}>
        {loading ? w('saving') : w('saveCounselling')}
      </button>
    </form>
  );
}

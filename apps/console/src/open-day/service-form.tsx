import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RecordHealthServiceDocument } from '../gql/graphql';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import type { Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';
import { ToggleGroup } from './toggle-group';

type Given = 'vitaminA' | 'supplementaryFeeding' | 'ironTablets';

/**
 * Table 4: what was given. Immunisations are offered to health workers only (the
 * server refuses them from a kader); vitamin A, PMT and iron tablets to both.
 */
export function ServiceForm({
  visit,
  immunizationCodes,
  healthWorker,
  onSaved,
}: {
  visit: Visit;
  immunizationCodes: readonly string[];
  healthWorker: boolean;
  onSaved(visit: Visit): void;
}) {
  const w = useOpenDayWords();
  const [immunizations, setImmunizations] = useState<string[]>([]);
  const [given, setGiven] = useState<Given[]>([]);
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useMutation(RecordHealthServiceDocument);
  return (
    <form
      className="form od-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record({
          variables: {
            visitId: visit.id,
            input: {
              immunizations: healthWorker ? immunizations : [],
              vitaminA: given.includes('vitaminA'),
              supplementaryFeeding: given.includes('supplementaryFeeding'),
              ironTablets: given.includes('ironTablets'),
              note: note.trim() || null,
            },
          },
        })
          .then((r) => r.data && onSaved(r.data.kesehatanRecordHealthService))
          .catch(() => {});
      }}
    >
      <h2>{w('chosen', { name: visit.person.name ?? '', n: visit.queueNumber })}</h2>
      <ToggleGroup<Given>
        legend={w('stationSERVICE')}
        columns={1}
        options={[
          { value: 'vitaminA', label: w('vitaminA') },
          { value: 'supplementaryFeeding', label: w('pmt') },
          { value: 'ironTablets', label: w('ironTablets') },
        ]}
        value={given}
        onChange={setGiven}
      />
      {healthWorker ? (
        <ToggleGroup
          legend={w('immunizations')}
          columns={3}
          options={immunizationCodes.map((c) => ({ value: c, label: c.replace(/_/g, ' ') }))}
          value={immunizations}
          onChange={setImmunizations}
        />
      ) : (
        <p className="hint">{w('immunizationsByHealthWorker')}</p>
      )}
      <TextField label={w('note')} autoComplete="off" value={note} onValue={setNote} />
      <ErrorMessage error={error} />
      <button type="submit" className="button button--primary button--big" disabled={loading}>
        {loading ? w('saving') : w('saveService')}
      </button>
    </form>
  );
}

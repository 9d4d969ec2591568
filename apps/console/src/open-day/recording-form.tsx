import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { RecordRecordingDocument } from '../gql/graphql';
import { ErrorMessage } from '../ui/error-message';
import { TextField } from '../ui/field';
import { MeasurementResult } from './measurement-result';
import type { Visit } from './open-day-common';
import { useOpenDayWords } from './open-day-text';

/** Table 3: the kader copies table 2's results into the KIA book / KMS and says so. */
export function RecordingForm({ visit, onSaved }: { visit: Visit; onSaved(visit: Visit): void }) {
  const w = useOpenDayWords();
  const [note, setNote] = useState('');
  const [record, { loading, error }] = useMutation(RecordRecordingDocument);
  return (
    <form
      className="form od-form"
      onSubmit={(e) => {
        e.preventDefault();
        void record({ variables: { visitId: visit.id, note: note.trim() || null } })
          .then((r) => r.data && onSaved(r.data.kesehatanRecordRecording))
          .catch(() => {});
      }}
    >
      <h2>{w('chosen', { name: visit.person.name ?? '', n: visit.queueNumber })}</h2>
      <p>{w('recordingTitle')}</p>
      <MeasurementResult visit={visit} />
      <TextField label={w('note')} autoComplete="off" value={note} onValue={setNote} />
      <ErrorMessage error={error} />
      <button type="submit" className="button button--primary button--big" disabled={loading}>
        {loading ? w('saving') : w('writtenInBook')}
      </button>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { MoveVisitorDocument, type KesehatanStation } from '../gql/graphql';
import { ErrorMessage } from '../ui/error-message';
import type { Visit } from './open-day-common';

/**
 * Sends a visitor to another table by hand (`kesehatanMoveVisitor`): past a table
 * that does not apply to them, or back to table 2 to measure again.
 */
export function MoveVisitorButton({
  visit,
  to,
  label,
  onMoved,
}: {
  visit: Visit;
  to: KesehatanStation;
  label: string;
  onMoved(visit: Visit): void;
}) {
  const [move, { loading, error }] = useMutation(MoveVisitorDocument);
  return (
    <>
      <ErrorMessage error={error} />
      <button
        type="button"
        className="button od-wide"
        disabled={loading}
        onClick={() =>
          void move({ variables: { visitId: visit.id, station: to } })
            .then((r) => r.data && onMoved(r.data.kesehatanMoveVisitor))
            .catch(() => {})
        }
      >
        {label}
      </button>
    </>
  );
}

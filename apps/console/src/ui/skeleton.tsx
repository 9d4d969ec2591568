/** Grey placeholders shaped like the content: the page looks ready while a slow link loads. */
export function Skeleton({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite" aria-busy="true">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton__line" style={{ width: `${90 - ((i * 17) % 40)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}

export function CardSkeleton({ count = 3, label }: { count?: number; label: string }) {
  return (
    <ul className="card-list" aria-busy="true">
      <li className="visually-hidden" role="status">
        {label}
      </li>
      {Array.from({ length: count }, (_, i) => (
        <li key={i} className="card card--skeleton" aria-hidden="true">
          <div className="skeleton__line" style={{ width: '40%' }} />
          <div className="skeleton__line" style={{ width: '85%' }} />
          <div className="skeleton__line" style={{ width: '60%' }} />
        </li>
      ))}
    </ul>
  );
}

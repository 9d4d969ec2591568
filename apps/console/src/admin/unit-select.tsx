/** A labelled choice of one org unit, with an empty first option ("choose…" or "none"). */
export function UnitSelect({
  label,
  empty,
  units,
  value,
  onChange,
  required,
}: {
  label: string;
  empty: string;
  units: ReadonlyArray<{ id: string; name: string; areaCode?: string }>;
  value: string;
  onChange(value: string): void;
  required?: boolean;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} required={required}>
        <option value="">{empty}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.areaCode ? `${u.name} (${u.areaCode})` : u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

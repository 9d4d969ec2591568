import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface LocationDraft {
  lat: string;
  lng: string;
  description: string;
}

/** Points for a `locations` question (e.g. construction points): typed, or taken from the phone's GPS. */
export function LocationsField({
  label,
  required,
  value,
  onChange,
}: {
  label: string;
  required: boolean;
  value: LocationDraft[];
  onChange(next: LocationDraft[]): void;
}) {
  const { t } = useI18n();
  const [locating, setLocating] = useState<number | null>(null);
  const rows = value.length > 0 ? value : [{ lat: '', lng: '', description: '' }];
  const set = (i: number, patch: Partial<LocationDraft>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const locate = (i: number) => {
    if (!('geolocation' in navigator)) return;
    setLocating(i);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        set(i, { lat: pos.coords.latitude.toFixed(6), lng: pos.coords.longitude.toFixed(6) });
        setLocating(null);
      },
      () => setLocating(null),
      { enableHighAccuracy: true, timeout: 20_000 },
    );
  };
  return (
    <fieldset className="field">
      <legend>
        {label}
        {required && <span className="req"> *</span>}
      </legend>
      {rows.map((row, i) => (
        <div key={i} className="panel panel--inner">
          <label className="field">
            <span>{t('wizard.locationDescription', { n: i + 1 })}</span>
            <input value={row.description} onChange={(e) => set(i, { description: e.target.value })} />
          </label>
          <div className="row row--3">
            <label className="field">
              <span>{t('wizard.latitude')}</span>
              <input inputMode="decimal" value={row.lat} onChange={(e) => set(i, { lat: e.target.value })} />
            </label>
            <label className="field">
              <span>{t('wizard.longitude')}</span>
              <input inputMode="decimal" value={row.lng} onChange={(e) => set(i, { lng: e.target.value })} />
            </label>
          </div>
          <button type="button" className="button button--small" onClick={() => locate(i)} aria-busy={locating === i}>
            {t('wizard.useMyLocation')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...rows, { lat: '', lng: '', description: '' }])}
      >
        {t('wizard.addLocation')}
      </button>
    </fieldset>
  );
}

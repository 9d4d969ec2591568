import { useI18n } from '../i18n/i18n';

/** Photos (any image the phone makes) and PDFs; the server checks the content again. */
const ACCEPTED = /^(image\/.+|application\/pdf)$/;

export interface PickResult {
  /** The files that fit: an accepted type, and no more than the room left. */
  files: File[];
  /** Why some were left out, if any were. */
  refused: 'type' | 'tooMany' | null;
}

/** Keeps the photos and PDFs that still fit in the document. */
export function pickFiles(picked: readonly File[], room: number): PickResult {
  const accepted = picked.filter((f) => ACCEPTED.test(f.type));
  const files = accepted.slice(0, Math.max(0, room));
  const refused = accepted.length < picked.length ? 'type' : accepted.length > files.length ? 'tooMany' : null;
  return { files, refused };
}

/**
 * "Take a photo" (opens the back camera straight away on a phone) and "choose files"
 * (photos or PDFs), as big buttons labelled with the document they are for.
 */
export function FilePickButtons({
  documentName,
  room,
  describedBy,
  disabled,
  onPick,
}: {
  documentName: string;
  /** How many more files the document takes. */
  room: number;
  describedBy?: string;
  disabled?: boolean;
  onPick(files: File[]): void;
}) {
  const { t } = useI18n();
  const input = (kind: 'camera' | 'pick') => (
    <label className={`button file-button${disabled ? ' button--disabled' : ''}`}>
      {kind === 'camera' ? t('wizard.takePhoto') : t('wizard.chooseFiles')}
      <input
        type="file"
        accept={kind === 'camera' ? 'image/*' : 'image/*,application/pdf'}
        capture={kind === 'camera' ? 'environment' : undefined}
        multiple={kind === 'pick' && room > 1}
        className="visually-hidden"
        data-kind={kind}
        disabled={disabled}
        aria-label={`${kind === 'camera' ? t('wizard.takePhoto') : t('wizard.chooseFiles')}: ${documentName}`}
        aria-describedby={describedBy}
        onChange={(e) => {
          onPick(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </label>
  );
  return (
    <span className="row">
      {input('camera')}
      {input('pick')}
    </span>
  );
}

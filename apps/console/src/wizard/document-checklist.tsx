import { useState } from 'react';
import { FilePickButtons, pickFiles } from '../files/file-pick-buttons';
import type { DraftFile } from '../files/use-document-uploads';
import { useI18n, type BilingualText } from '../i18n/i18n';
import { compressPhoto } from '../offline/photo-compress';

export interface RequirementView {
  code: string;
  required: boolean;
  minFiles: number;
  maxFiles: number;
  label: BilingualText;
  description?: BilingualText | null;
}

/** How many files of each document were handed in, by document code. */
export type HandedIn = Record<string, number>;

/** The files picked for each document, by document code. */
export type PickedFiles = Record<string, DraftFile[]>;

export function countsOf(files: PickedFiles): HandedIn {
  return Object.fromEntries(Object.entries(files).map(([code, list]) => [code, list.length]));
}

export function isComplete(req: RequirementView, handedIn: HandedIn): boolean {
  return (handedIn[req.code] ?? 0) >= Math.max(1, req.minFiles);
}

export function missingRequired(reqs: readonly RequirementView[], handedIn: HandedIn): RequirementView[] {
  return reqs.filter((r) => r.required && !isComplete(r, handedIn));
}

let counter = 0;
/** Keys sort in the order the files were picked (also across reloads), whichever is compressed first. */
const nextKey = () => `f${Date.now().toString(36).padStart(10, '0')}${String(counter++ % 10_000).padStart(4, '0')}`;

/**
 * The service type's own document list, as its plugin declares it. Each
 * document takes photos straight from the camera or files from the phone
 * (e.g. exactly 3 photos of the house); the files are sent once the case is
 * registered.
 */
export function DocumentChecklist({
  requirements,
  value,
  onChange,
}: {
  requirements: readonly RequirementView[];
  value: PickedFiles;
  /** Gets a change of the picked files (photos are compressed first, so several may be on their way at once). */
  onChange(change: (current: PickedFiles) => PickedFiles): void;
}) {
  const { t, text } = useI18n();
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [shrinking, setShrinking] = useState(0);
  const counts = countsOf(value);
  const required = requirements.filter((r) => r.required);
  const done = required.filter((r) => isComplete(r, counts)).length;

  const add = async (req: RequirementView, picked: File[]) => {
    const { files, refused } = pickFiles(picked, req.maxFiles - (value[req.code] ?? []).length);
    let note = '';
    if (refused === 'type') note = t('wizard.fileTypeRefused');
    else if (refused === 'tooMany') note = t('wizard.tooManyFiles', { max: req.maxFiles });
    setNotes((n) => ({ ...n, [req.code]: note }));
    if (!files.length) return;
    setShrinking((n) => n + 1);
    // About 1600 px and 300 KB each, on the phone, before anything is stored or queued.
    const keys = files.map(() => nextKey());
    const small = await Promise.all(files.map(compressPhoto));
    setShrinking((n) => n - 1);
    // The list may have changed while the photos were compressed: the change applies to the list as it is then.
    onChange((all) => {
      const current = all[req.code] ?? [];
      const room = Math.max(0, req.maxFiles - current.length);
      const added = small.slice(0, room).map((file, i) => ({ key: keys[i]!, file }));
      const list = [...current, ...added].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return added.length ? { ...all, [req.code]: list } : all;
    });
  };
  const remove = (code: string, key: string) => {
    setNotes((n) => ({ ...n, [code]: '' }));
    onChange((all) => ({ ...all, [code]: (all[code] ?? []).filter((f) => f.key !== key) }));
  };

  return (
    <fieldset className="checklist">
      {/* The page heading says it already; the legend names the group for screen readers. */}
      <legend className="visually-hidden">{t('wizard.documents')}</legend>
      <p className="hint">{t('wizard.checklistIntro')}</p>
      <p className="progress" role="status" aria-live="polite">
        {t('wizard.checklistProgress', { done, total: required.length })}
      </p>
      {shrinking > 0 && (
        <p className="hint" aria-live="polite">
          {t('wizard.compressing')}
        </p>
      )}
      <ul className="doc-list">
        {requirements.map((req) => {
          const files = value[req.code] ?? [];
          const complete = isComplete(req, counts);
          const labelId = `doc-label-${req.code}`;
          const countId = `doc-count-${req.code}`;
          const tag = req.required ? t('doc.required') : t('doc.optional');
          const full = files.length >= req.maxFiles;
          const name = text(req.label);
          return (
            <li key={req.code} className={`doc ${complete ? 'doc--valid' : 'doc--missing'}`} data-code={req.code}>
              <span className="doc__icon" aria-hidden="true">
                {complete ? '✓' : '○'}
              </span>
              <div className="doc__body">
                <span id={labelId}>
                  {name} <span className="muted">({tag})</span>
                </span>
                <span id={countId} className="muted">
                  {t('wizard.filesChosen', { count: files.length })} ·{' '}
                  {req.minFiles === req.maxFiles
                    ? t('wizard.filesNeeded', { min: req.minFiles })
                    : t('wizard.filesRange', { min: Math.max(1, req.minFiles), max: req.maxFiles })}
                  {req.description ? ` · ${text(req.description)}` : ''}
                </span>
                {files.length > 0 && (
                  <ul className="file-chips" aria-label={t('wizard.filesOf', { doc: name })}>
                    {files.map((f) => (
                      <li key={f.key} className="file-chip">
                        <span className="file-chip__name">{f.file.name || t('wizard.photo')}</span>
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => remove(req.code, f.key)}
                          aria-label={t('wizard.removeFile', { name: f.file.name || t('wizard.photo') })}
                        >
                          ✕
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                {!full && (
                  <FilePickButtons
                    documentName={name}
                    room={req.maxFiles - files.length}
                    describedBy={countId}
                    onPick={(picked) => void add(req, picked)}
                  />
                )}
                {notes[req.code] && (
                  <span className="field__problem" role="alert">
                    ⚠ {notes[req.code]}
                  </span>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

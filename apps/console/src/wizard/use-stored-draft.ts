import { useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from '../offline/draft-store';
import type { BilingualText } from '../i18n/i18n';
import { emptyDraft, type CaseDraft } from './draft';

/**
 * The wizard's draft and step, read from IndexedDB when the page opens (after a reload, a
 * crash or a closed tab) and written back 300 ms after each change and when the page is
 * hidden. A draft with no sector chosen yet is not kept.
 */
export function useStoredDraft(
  userId: string | null,
  draftId: string,
  titleOf: (draft: CaseDraft) => BilingualText | null,
) {
  const title = useRef(titleOf);
  useEffect(() => {
    title.current = titleOf;
  });
  const [state, setState] = useState<{ draft: CaseDraft; step: number } | null>(null);
  /** The state last written: the wizard says "saved" only while it is the one on screen. */
  const [saved, setSaved] = useState<object | null>(null);
  const pending = useRef<(() => Promise<void>) | null>(null);

  useEffect(() => {
    let live = true;
    const fresh = { draft: { ...emptyDraft(), idempotencyKey: draftId }, step: 0 };
    const load = userId ? loadDraft(userId, draftId).catch(() => null) : Promise.resolve(null);
    void load.then((found) => {
      if (live) setState(found ? { draft: found.draft, step: found.step } : fresh);
    });
    return () => {
      live = false;
    };
  }, [userId, draftId]);

  useEffect(() => {
    if (!state || !userId || !state.draft.sectorId) return;
    const write = async () => {
      pending.current = null;
      const updatedAt = Date.now();
      const written = state;
      await saveDraft({
        id: draftId,
        userId,
        step: state.step,
        draft: state.draft,
        title: title.current(state.draft),
        updatedAt,
      });
      setSaved(written);
    };
    pending.current = write;
    const timer = setTimeout(() => void write().catch(() => {}), 300);
    return () => clearTimeout(timer);
  }, [state, userId, draftId]);

  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden') void pending.current?.().catch(() => {});
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  const setDraft = (change: (d: CaseDraft) => CaseDraft) => setState((s) => (s ? { ...s, draft: change(s.draft) } : s));
  const setStep = (step: number) => setState((s) => (s ? { ...s, step } : s));
  /** Stops autosaving (the draft became an outbox item). */
  const forget = () => {
    pending.current = null;
  };
  return { state, setDraft, setStep, saved: state !== null && saved === state, forget };
}

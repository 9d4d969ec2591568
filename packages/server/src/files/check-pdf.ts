/**
 * Whether bytes that start like a PDF are one: opened with Mozilla's PDF.js (pdfjs-dist, the
 * parser of Firefox's viewer; no rendering, no scripts, no fonts) and holding at least one page.
 * A file that only starts with `%PDF` — a renamed text, a cut download — is refused.
 */
export async function isReadablePdf(data: Buffer): Promise<boolean> {
  // Loaded on first use: the parser is large and most uploads are photos.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // PDF.js may take over (detach) the buffer it is given: hand it a copy.
    data: new Uint8Array(data),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    try {
      if (doc.numPages < 1) return false;
      await doc.getPage(1);
      return true;
    } finally {
      await doc.destroy();
    }
  } catch {
    return false;
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

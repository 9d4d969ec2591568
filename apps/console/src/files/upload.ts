import { CodedFailure, codedFromBody, NETWORK_ERROR, type CodedError } from '../apollo/coded-error-body';

/** A stored file as `POST /files` answers it. */
export interface UploadedFile {
  id: string;
  name: string;
  contentType: string;
  sizeBytes: number;
  url: string;
  thumbnailUrl: string | null;
}

/** A failed upload: the server's coded error, and whether trying again may help (no signal, server busy). */
export class UploadError extends CodedFailure {
  constructor(
    coded: CodedError,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null = null,
  ) {
    super(coded);
  }
}

export interface UploadRequest {
  caseId: string;
  documentCode: string;
  file: Blob;
  fileName: string;
  token: string | null;
  signal?: AbortSignal;
}

/** One try of `POST /files` (the case and document in the address, so the server checks them before the body). */
export async function uploadOnce(req: UploadRequest): Promise<UploadedFile> {
  const form = new FormData();
  form.append('file', req.file, req.fileName);
  const query = `caseId=${encodeURIComponent(req.caseId)}&documentCode=${encodeURIComponent(req.documentCode)}`;
  let res: Response;
  try {
    res = await fetch(`/files?${query}`, {
      method: 'POST',
      headers: req.token ? { authorization: `Bearer ${req.token}` } : {},
      body: form,
      signal: req.signal,
    });
  } catch (error) {
    if (req.signal?.aborted) throw error;
    throw new UploadError(NETWORK_ERROR, true);
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's error page, or a connection cut mid-answer.
  }
  if (res.status === 201 && body && typeof body === 'object' && 'file' in body) {
    return (body as { file: UploadedFile }).file;
  }
  const retryable = res.status >= 500 || res.status === 429 || res.status === 408 || body === null;
  const retryAfter = Number(res.headers.get('retry-after'));
  throw new UploadError(codedFromBody(body, res.status), retryable, retryAfter > 0 ? retryAfter * 1000 : null);
}

export interface RetryOptions {
  /** Tries in all (default 6: about a minute of waiting on a dead link). */
  attempts?: number;
  /** Waits before try n+1 (default: 1, 2, 4, 8, 16 s with jitter; or the server's Retry-After). */
  wait?: (attempt: number, error: UploadError) => Promise<void>;
}

const defaultWait = (attempt: number, error: UploadError) => {
  const base = error.retryAfterMs ?? Math.min(16_000, 1_000 * 2 ** attempt);
  return new Promise<void>((resolve) => setTimeout(resolve, base * (0.75 + Math.random() * 0.5)));
};

/**
 * Uploads with retries on a flaky link: a lost connection or a busy server is
 * tried again with growing pauses; a refusal (too large, wrong type, not
 * allowed) is not. Sending the same bytes again is safe: the server returns the
 * file it already stored.
 */
export async function uploadWithRetry(req: UploadRequest, options: RetryOptions = {}): Promise<UploadedFile> {
  const attempts = options.attempts ?? 6;
  const wait = options.wait ?? defaultWait;
  for (let attempt = 0; ; attempt++) {
    try {
      return await uploadOnce(req);
    } catch (error) {
      if (!(error instanceof UploadError) || !error.retryable || attempt + 1 >= attempts) throw error;
      await wait(attempt, error);
    }
  }
}

/** Photos larger than this are scaled down on the phone first: a 4 MB camera photo would take minutes on 3G. */
const SHRINK_ABOVE_BYTES = 400 * 1024;
const SHRINK_TO_PX = 1600;

/**
 * A camera photo scaled to fit 1600 pixels as JPEG before it leaves the phone
 * (the server scales again and checks the type; this only saves the kader's
 * data and time). Anything that is not a large image, or that the browser cannot
 * decode, is sent as it is.
 */
export async function shrinkForUpload(file: File): Promise<Blob> {
  if (!file.type.startsWith('image/') || file.size <= SHRINK_ABOVE_BYTES) return file;
  if (typeof createImageBitmap !== 'function' || typeof document === 'undefined') return file;
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, SHRINK_TO_PX / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return file;
    ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    return blob && blob.size < file.size ? blob : file;
  } catch {
    return file;
  }
}

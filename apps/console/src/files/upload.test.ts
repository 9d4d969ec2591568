import { afterEach, describe, expect, it, vi } from 'vitest';
import { UploadError, uploadWithRetry } from './upload';

const request = {
  caseId: 'c1',
  documentCode: 'house-photos',
  file: new Blob(['x'], { type: 'image/jpeg' }),
  fileName: 'depan.jpg',
  token: 'tok',
};
const stored = {
  id: 'f1',
  name: 'depan.jpg',
  contentType: 'image/jpeg',
  sizeBytes: 1,
  url: '/files/f1',
  thumbnailUrl: null,
};
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const refusal = (code: string) => ({
  errors: [{ message: code, extensions: { code, messages: { id: `${code} (id)`, en: `${code} (en)` } } }],
});

afterEach(() => vi.unstubAllGlobals());

describe('uploadWithRetry', () => {
  it('tries again after a dropped connection and a busy server, then returns the stored file', async () => {
    const fetch = vi
      .fn()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(json(503, {}))
      .mockResolvedValueOnce(json(201, { file: stored }));
    vi.stubGlobal('fetch', fetch);
    const waits: number[] = [];
    const file = await uploadWithRetry(request, { wait: async (n) => void waits.push(n) });
    expect(file).toEqual(stored);
    expect(waits).toEqual([0, 1]);
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/files?caseId=c1&documentCode=house-photos');
    expect(init.headers).toEqual({ authorization: 'Bearer tok' });
    expect(init.body).toBeInstanceOf(FormData);
  });

  it('does not retry a refusal: the coded, bilingual error reaches the kader', async () => {
    const fetch = vi.fn().mockResolvedValue(json(415, refusal('FILE_TYPE_NOT_ALLOWED')));
    vi.stubGlobal('fetch', fetch);
    const error = await uploadWithRetry(request, { wait: async () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).coded).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message: { id: 'FILE_TYPE_NOT_ALLOWED (id)', en: 'FILE_TYPE_NOT_ALLOWED (en)' },
    });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up after the last try on a dead link, and waits as long as the server asks when rate-limited', async () => {
    vi.stubGlobal(
      'fetch',
      vi
        .fn()
        .mockResolvedValueOnce(json(429, refusal('RATE_LIMITED'), { 'retry-after': '7' }))
        .mockRejectedValue(new TypeError('Failed to fetch')),
    );
    const seen: Array<number | null> = [];
    const error = await uploadWithRetry(request, {
      attempts: 3,
      wait: async (_n, e) => void seen.push(e.retryAfterMs),
    }).catch((e: unknown) => e);
    expect((error as UploadError).coded.code).toBe('NETWORK');
    expect(seen).toEqual([7000, null]);
  });
});

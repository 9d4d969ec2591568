import { CodedFailure, codedFromBody, NETWORK_ERROR } from '../apollo/coded-error';

/**
 * Saves a file of the API (a report) fetched with the login token — a plain link cannot send it.
 * Rejects with the server's coded, bilingual error (shown by ErrorMessage) when it refuses.
 */
export async function downloadAuthorized(url: string, token: string | null, fileName: string): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new CodedFailure(NETWORK_ERROR);
  }
  if (!res.ok) throw new CodedFailure(codedFromBody(await res.json().catch(() => null), res.status));
  const objectUrl = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

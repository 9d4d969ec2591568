/**
 * The user a login token belongs to (its `sub`), read without the network: offline, the
 * console still knows whose drafts and outbox to show. Not a check of the token: the server
 * checks it on every request.
 */
export function userIdOfToken(token: string | null): string | null {
  const payload = token?.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const sub = (JSON.parse(json) as { sub?: unknown }).sub;
    return typeof sub === 'string' && sub ? sub : null;
  } catch {
    return null;
  }
}

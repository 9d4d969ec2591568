/** Where the login is kept (also read by the preload script in index.html, build/console-preload.plugin.ts). */
export const TOKEN_KEY = 'psp.token';
const KEY = TOKEN_KEY;

type Listener = (token: string | null) => void;

/**
 * The login token, kept in localStorage so a kader stays logged in across
 * reloads on a flaky connection; listeners (the socket, the auth context) hear changes.
 */
export class TokenStore {
  private listeners = new Set<Listener>();
  private token: string | null;

  constructor(private readonly storage: Storage | null = safeLocalStorage()) {
    this.token = storage?.getItem(KEY) ?? null;
  }

  get(): string | null {
    return this.token;
  }

  set(token: string | null): void {
    if (token === this.token) return;
    this.token = token;
    if (token) this.storage?.setItem(KEY, token);
    else this.storage?.removeItem(KEY);
    for (const listener of this.listeners) listener(token);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

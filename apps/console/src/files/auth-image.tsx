import { useEffect, useState } from 'react';
import { useAuth } from '../auth/auth';

/** Fetches a file of the API with the login token (an <img src> cannot send it) and gives a local URL for it. */
export function useAuthorizedObjectUrl(url: string | null): string | null {
  const { token } = useAuth();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return;
    let made: string | null = null;
    const controller = new AbortController();
    fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: controller.signal })
      .then((res) => (res.ok ? res.blob() : null))
      .then((blob) => {
        if (!blob) return;
        made = URL.createObjectURL(blob);
        setObjectUrl(made);
      })
      .catch(() => {});
    return () => {
      controller.abort();
      if (made) URL.revokeObjectURL(made);
      setObjectUrl(null);
    };
  }, [url, token]);
  return objectUrl;
}

/** Opens a file of the API in a new tab, fetched with the login token. */
export async function openAuthorized(url: string, token: string | null): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const res = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    if (!res.ok) throw new Error(String(res.status));
    const objectUrl = URL.createObjectURL(await res.blob());
    if (tab) tab.location.href = objectUrl;
    else window.location.href = objectUrl;
  } catch {
    tab?.close();
  }
}

export function AuthImage({ url, alt, className }: { url: string; alt: string; className?: string }) {
  const src = useAuthorizedObjectUrl(url);
  return src ? (
    <img src={src} alt={alt} className={className} loading="lazy" />
  ) : (
    <span className={`${className ?? ''} skeleton-box`} role="img" aria-label={alt} />
  );
}

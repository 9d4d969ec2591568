import { lazy, useState, type ComponentType } from 'react';

/**
 * A page in its own chunk, like `React.lazy`, that can also be loaded before the first render
 * (`preload`, by boot.tsx for the page the app opens on): once loaded it renders at once,
 * without a Suspense fallback and the wait React puts between a fallback and the content.
 */
export function preloadablePage<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | null = null;
  const remember = (module: { default: ComponentType<P> }) => {
    loaded = module.default;
    return module;
  };
  const Lazy = lazy(() => load().then(remember));
  function Page(props: P) {
    // Chosen once per mount: switching from the lazy wrapper to the module would remount the page.
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  Page.preload = (): Promise<void> =>
    load()
      .then(remember)
      .then(() => undefined);
  return Page;
}

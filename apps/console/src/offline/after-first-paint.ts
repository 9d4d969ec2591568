import { useEffect } from 'react';

/**
 * Runs `run` once, after the browser has drawn the first committed screen: the effect runs after
 * the commit, the animation frame is the one that paints it, and the timeout runs after that
 * paint. A second later at most, should no frame come (a page opened in the background).
 */
export function useAfterFirstPaint(run: () => void): void {
  useEffect(() => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const once = () => {
      if (done) return;
      done = true;
      run();
    };
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(once, 0);
    });
    const fallback = setTimeout(once, 1_000);
    return () => {
      done = true;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, [run]);
}

/** useAfterFirstPaint as an element, for a root rendered outside any component (boot.tsx). */
export function AfterFirstPaint({ run }: { run: () => void }): null {
  useAfterFirstPaint(run);
  return null;
}

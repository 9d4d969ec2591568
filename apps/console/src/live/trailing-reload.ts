/**
 * Wraps a reload so that changes arriving while one is in flight are never lost:
 * calls during a reload schedule exactly one more reload after it. (A refetch
 * joined to one already in flight can answer with data read before the latest change.)
 */
export function trailingReload(load: () => Promise<unknown>): () => void {
  let running = false;
  let again = false;
  const run = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    void load()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return run;
}

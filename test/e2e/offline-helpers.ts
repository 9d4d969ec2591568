import type { Page } from 'playwright-core';
import axeCore from 'axe-core';
import { expect } from 'vitest';

/**
 * Waits until the phone could go offline: the service worker controls the page (so the app
 * shell and its chunks are precached) and the wizard's reference data (the housing
 * checklist) is in the Apollo cache kept in IndexedDB.
 */
export async function waitUntilReadyOffline(
  page: Page,
  /** The sector list, the housing checklist and the choice labels of its questions. */
  mustContain = ['"sectors":', 'house-photos', 'girik'],
): Promise<void> {
  await page.waitForFunction('Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)', null, {
    timeout: 60_000,
  });
  // Polled from here: waitForFunction takes a promise for a truthy answer.
  await expect
    .poll(
      async () => {
        // The whole cache is kept as JSON text beside the first screen's part (cache-persist.ts).
        const kept = (await offlineRecords(page, 'cache')) as { all?: string }[];
        const json = JSON.stringify(kept.map((r) => (typeof r.all === 'string' ? JSON.parse(r.all) : r)));
        return mustContain.filter((n) => !json.includes(n));
      },
      { timeout: 60_000, interval: 500 },
    )
    .toEqual([]);
}

/** The records of one store of the console's IndexedDB (`psp-offline`), as the page sees them. */
export async function offlineRecords(page: Page, store: 'drafts' | 'outbox' | 'cache' | 'session'): Promise<unknown[]> {
  return page.evaluate((name) => readStore(name), store);
}

declare function readStore(name: string): Promise<unknown[]>;

/** Adds `readStore` to every page of the context (plain IndexedDB, no library). */
export const READ_STORE_SCRIPT = `
window.readStore = (name) => new Promise((resolve, reject) => {
  const open = indexedDB.open('psp-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(name)) { db.close(); resolve([]); return; }
    const req = db.transaction(name).objectStore(name).getAll();
    req.onsuccess = () => { db.close(); resolve(req.result.map((r) => JSON.parse(JSON.stringify(r)))); };
    req.onerror = () => reject(req.error);
  };
});`;

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is and returns what it finds, in short. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeCore.source });
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  );
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

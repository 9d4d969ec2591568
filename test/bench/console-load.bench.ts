/**
 * `pnpm bench console-load`: how soon the console is usable on a cheap phone on weak 3G (issue 16):
 * Debian's Chromium driven by playwright-core at 360×640 with Chrome DevTools Protocol emulation of
 * 4× CPU slowdown, 400 ms latency and 500 kbit/s both ways.
 *
 * Scenarios, BENCH_RUNS times each (default 5), each run in a fresh page:
 * - first visit: `/masuk` in a new browser profile (nothing cached) until the login form is there;
 * - returning user: `/` after one online login (service worker installed, Apollo cache in
 *   IndexedDB) until the queue's heading and list are there;
 * - returning user offline: the same with no network at all.
 * "Ready" is the time from navigation start (`performance.now()` of the new page) to the first
 * screen's heading being visible. Also the bytes the page fetched from the network.
 *
 * Writes test-artifacts/bench-console-load.json. Method and results: docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, consoleDir, DEMO_PASSWORD, ensureConsoleBuilt, PHONE } from '../e2e/e2e-browser.js';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';

const RUNS = envInt('BENCH_RUNS', 5, 1);
/** Another build to measure (e.g. main's, to compare two builds under the same load); default the console's dist. */
const CONSOLE_DIR = process.env.BENCH_CONSOLE_DIR ?? consoleDir;
const ARTIFACT = fileURLToPath(new URL('../../test-artifacts/bench-console-load.json', import.meta.url));
/** A folder for a Chromium trace (DevTools timeline and V8 CPU samples) of the first run of each scenario. */
const TRACE_DIR = process.env.BENCH_TRACE_DIR;
process.env.TEST_LOG_LEVEL ??= 'silent';

/** The phone: 4× slower CPU, 400 ms round trip, 500 kbit/s. */
const PROFILE = { cpuSlowdown: 4, latencyMs: 400, kbitPerSecond: 500 };
const TARGETS_MS = { firstVisit: 4_000, returning: 2_000, returningOffline: 2_000 };

async function throttled(context: BrowserContext, offline = false): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PROFILE.cpuSlowdown });
  const bytesPerSecond = (PROFILE.kbitPerSecond * 1000) / 8;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline,
    latency: PROFILE.latencyMs,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond,
  });
  return page;
}

interface Run {
  readyMs: number;
  networkBytes: number;
  /** Milestones from navigation start, ms: where the time went (docs/performance.md). */
  steps: Record<string, number>;
}

/**
 * The page's own milestones: the HTML arrived (`html`), the last script arrived (`scripts`), the
 * entry started running (`entry`, a mark in main.tsx), the kept cache was read (`cacheRestored`),
 * the first render began (`render`), the browser painted the heading (`headingPainted`, Element
 * Timing) and the test saw it (`headingSeen`: later, as the test polls a page whose CPU runs 4×
 * slower). `ready` is `headingPainted` (else `headingSeen`).
 */
const STEPS_SCRIPT = `(async () => {
  const steps = {};
  const nav = performance.getEntriesByType('navigation')[0];
  if (nav) steps.html = nav.responseEnd;
  const scripts = performance.getEntriesByType('resource').filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'));
  if (scripts.length) steps.scripts = Math.max(...scripts.map((e) => e.responseEnd));
  for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('psp:')) steps[m.name.slice(4).replace(/-(\\w)/g, (_, c) => c.toUpperCase())] = m.startTime;
  // When the browser painted the heading (Element Timing: elementtiming="first-screen").
  const painted = await new Promise((resolve) => {
    setTimeout(() => resolve(null), 500);
    new PerformanceObserver((list) => {
      const entry = list.getEntries().find((e) => e.identifier === 'first-screen');
      if (entry) resolve(entry.renderTime || entry.loadTime);
    }).observe({ type: 'element', buffered: true });
  });
  if (painted) steps.headingPainted = painted;
  return steps;
})()`;

/** What DevTools' performance panel records, with the V8 sampling profiler and the page's marks. */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
  'loading',
];

/** The size of the kept Apollo cache: every record of the `cache` store of `psp-offline`, as JSON. */
const CACHED_BYTES_SCRIPT = `new Promise((resolve, reject) => {
  const open = indexedDB.open('psp-offline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const req = open.result.transaction('cache').objectStore('cache').getAll();
    req.onsuccess = () => { open.result.close(); resolve(req.result.reduce((n, r) => n + JSON.stringify(r).length, 0)); };
    req.onerror = () => reject(req.error);
  };
})`;

/** Opens `url` in a throttled page and measures until `heading` is visible. */
async function measure(
  context: BrowserContext,
  url: string,
  heading: RegExp,
  offline = false,
  trace: string | null = null,
): Promise<Run> {
  const page = await throttled(context, offline);
  const browser = TRACE_DIR && trace ? context.browser() : null;
  if (trace && browser) await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await page.getByRole('heading', { name: heading }).first().waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(() => performance.now());
  if (trace && browser && TRACE_DIR) {
    mkdirSync(TRACE_DIR, { recursive: true });
    writeFileSync(path.join(TRACE_DIR, `${trace}.json`), await browser.stopTracing());
  }
  const steps = await page.evaluate<Record<string, number>>(STEPS_SCRIPT);
  steps.headingSeen = seen;
  // Ready: when the heading was painted (Element Timing), else when the test saw it.
  const readyMs = steps.headingPainted ?? seen;
  // Bytes that came over the network (a response from the service worker's cache counts 0).
  const networkBytes = await page.evaluate<number>(
    `[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
       .reduce((sum, e) => sum + (e.transferSize || 0), 0)`,
  );
  await page.close();
  return { readyMs, networkBytes, steps };
}

function summary(runs: Run[], targetMs: number) {
  const ready = runs.map((r) => r.readyMs).sort((a, b) => a - b);
  return {
    runs: runs.length,
    p50Ms: round(percentile(ready, 50), 0),
    maxMs: round(ready[ready.length - 1] ?? NaN, 0),
    targetMs,
    withinTarget: percentile(ready, 50) <= targetMs,
    networkKB: round(Math.max(...runs.map((r) => r.networkBytes)) / 1024, 1),
    /** The median of each milestone over the runs, ms from navigation start. */
    stepsP50Ms: Object.fromEntries(
      [...new Set(runs.flatMap((r) => Object.keys(r.steps)))].map((name) => [
        name,
        round(
          percentile(
            runs
              .map((r) => r.steps[name] ?? NaN)
              .filter(Number.isFinite)
              .sort((a, b) => a - b),
            50,
          ),
          0,
        ),
      ]),
    ),
  };
}

async function main(): Promise<void> {
  if (!process.env.BENCH_CONSOLE_DIR) ensureConsoleBuilt();
  const teardown = await setup();
  let server: TestServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await startTestServer({ plugins: await loadInstalledPlugins(), consoleDir: CONSOLE_DIR });
    const t = server;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    const phone = { viewport: PHONE, deviceScaleFactor: 1, isMobile: true, hasTouch: true, locale: 'id-ID' };

    const first: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await browser.newContext(phone);
      first.push(await measure(fresh, `${t.url}/masuk`, /^Masuk$/, false, i === 0 ? 'first-visit' : null));
      await fresh.close();
    }

    // One online login on an unthrottled phone: the service worker installs, the cache is kept.
    const returning = await browser.newContext(phone);
    const login = await returning.newPage();
    await login.goto(`${t.url}/masuk`);
    await login.getByLabel('Nama pengguna').fill('kader.gombang');
    await login.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await login.getByRole('button', { name: 'Masuk', exact: true }).click();
    await login.getByRole('heading', { name: 'Antrean kasus' }).waitFor();
    await login.waitForFunction('Boolean(navigator.serviceWorker && navigator.serviceWorker.controller)');
    await login.waitForTimeout(4_000); // the reference data is read 2 s after login, the cache kept 1 s later
    // How much the phone keeps for this user (the Apollo cache's records in IndexedDB, as JSON).
    const cachedBytes = await login.evaluate<number>(CACHED_BYTES_SCRIPT);
    await login.close();

    const back: Run[] = [];
    for (let i = 0; i < RUNS; i++)
      back.push(await measure(returning, `${t.url}/`, /^Antrean kasus$/, false, i === RUNS - 1 ? 'returning' : null));
    const offline: Run[] = [];
    await returning.setOffline(true);
    for (let i = 0; i < RUNS; i++)
      offline.push(await measure(returning, `${t.url}/`, /^Antrean kasus$/, true, i === RUNS - 1 ? 'offline' : null));

    const report = {
      benchmark: 'console-load',
      at: new Date().toISOString(),
      consoleDir: CONSOLE_DIR,
      node: process.version,
      browser: browser.version(),
      profile: PROFILE,
      cachedKB: round(cachedBytes / 1024, 1),
      firstVisit: summary(first, TARGETS_MS.firstVisit),
      returning: summary(back, TARGETS_MS.returning),
      returningOffline: summary(offline, TARGETS_MS.returningOffline),
    };
    const row = ({ stepsP50Ms: _steps, ...rest }: ReturnType<typeof summary>) => rest;
    console.table({
      'first visit /masuk': row(report.firstVisit),
      'returning user /': row(report.returning),
      'returning user /, offline': row(report.returningOffline),
    });
    console.log(`kept Apollo cache: ${report.cachedKB} KB of JSON`);
    console.table({
      'first visit /masuk': report.firstVisit.stepsP50Ms,
      'returning user /': report.returning.stepsP50Ms,
      'returning user /, offline': report.returningOffline.stepsP50Ms,
    });
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser?.close();
    await server?.close();
    await teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { startTestServer, TestClock, type TestServer, type TestServerOptions } from '@posyandu-spm/testing';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core) for the
 * console's end-to-end tests: the built console (apps/console/dist), served by the test server.
 */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built console the test servers serve: the run's copy of apps/console/dist (test/global-setup.ts) if it made one. */
export const consoleDir = process.env.PSP_E2E_CONSOLE_DIR ?? path.join(root, 'apps/console/dist');
export const fixtures = path.join(root, 'test/e2e/fixtures');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);
export const PHONE = { width: 360, height: 640 };
export const DEMO_PASSWORD = 'posyandu-demo-2026';

/** Builds the console once when a lone run of a test file finds no build (`pnpm test` builds it in its check step). */
export function ensureConsoleBuilt(): void {
  if (!existsSync(path.join(consoleDir, 'index.html'))) {
    execFileSync('pnpm', ['--filter', '@posyandu-spm/console', 'build'], { cwd: root, stdio: 'inherit' });
  }
}

export class E2eBrowser {
  private readonly contexts: BrowserContext[] = [];
  private shot = 0;

  private constructor(
    private readonly browser: Browser,
    /** Screenshots go to test-artifacts/e2e/<prefix>-NN-<name>.png. */
    private readonly artifacts: string,
    private readonly prefix: string,
  ) {}

  static async launch(prefix: string): Promise<E2eBrowser> {
    ensureConsoleBuilt();
    const artifacts = path.join(root, 'test-artifacts/e2e');
    mkdirSync(artifacts, { recursive: true });
    // playwright-core never downloads a browser here; launch() gives Chromium a fresh, temporary profile.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return new E2eBrowser(browser, artifacts, prefix);
  }

  async open(
    viewport: { width: number; height: number } = PHONE,
    mobile = true,
    /** More context options, e.g. `serviceWorkers: 'block'` so `page.route` sees every request. */
    options: BrowserContextOptions = {},
  ): Promise<Page> {
    const context = await this.browser.newContext({
      ...options,
      viewport,
      deviceScaleFactor: 1,
      isMobile: mobile,
      hasTouch: mobile,
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    this.contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000); // generous: CI machines are shared and slow
    return page;
  }

  async screenshot(page: Page, name: string): Promise<void> {
    this.shot += 1;
    await page.screenshot({
      path: path.join(this.artifacts, `${this.prefix}-${String(this.shot).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
  }

  /** One part of a page (a panel), e.g. for the README. */
  async screenshotOf(part: Locator, name: string): Promise<void> {
    this.shot += 1;
    await part.screenshot({
      path: path.join(this.artifacts, `${this.prefix}-${String(this.shot).padStart(2, '0')}-${name}.png`),
    });
  }

  /** A picture of every page still open, e.g. when a test fails. */
  async screenshotEveryPage(name: string): Promise<void> {
    for (const [i, c] of this.contexts.entries()) {
      for (const p of c.pages()) await this.screenshot(p, `${name}-${i + 1}`).catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    for (const c of this.contexts) await c.close().catch(() => undefined);
    await this.browser.close();
  }
}

/** What an e2e file shares between its tests: one test server, one Chromium, one clock. */
export interface E2eSuite {
  /** The server with the installed plugins and the built console (set once `beforeAll` has run). */
  readonly t: TestServer;
  /** The file's one Chromium: every user gets a new context of it, not a browser of their own. */
  readonly b: E2eBrowser;
  readonly clock: TestClock;
  /**
   * A new context (a phone unless `viewport` says otherwise) logged in as `username` the way a
   * returning user is: the token the login mutation gives is in the console's storage before its
   * first page loads. For tests that are not about the login form. Waits for `heading` at `path`.
   */
  openAs(
    username: string,
    heading: string | RegExp,
    options?: { viewport?: { width: number; height: number }; mobile?: boolean; path?: string },
  ): Promise<Page>;
}

/**
 * Starts, for the `describe` it is called in, the test server (every installed plugin, the built
 * console, `clock`) and Chromium side by side in one `beforeAll`, and closes both after the
 * file's own `afterAll` hooks. A file's own `beforeAll` (seeding, logging in) runs after it.
 * Screenshots are named test-artifacts/e2e/<prefix>-NN-<name>.png.
 */
export function e2eSuite(
  prefix: string,
  options: Omit<TestServerOptions, 'plugins' | 'consoleDir' | 'clock'> & { clock?: TestClock | string } = {},
): E2eSuite {
  const { clock: start, ...server } = options;
  const clock = start instanceof TestClock ? start : new TestClock(start);
  let t: TestServer | undefined;
  let b: E2eBrowser | undefined;
  beforeAll(async () => {
    // Both take seconds and need nothing of each other; a failure of one still closes the other.
    const [browser, started] = await Promise.allSettled([
      E2eBrowser.launch(prefix),
      loadInstalledPlugins().then((plugins) => startTestServer({ ...server, plugins, consoleDir, clock })),
    ]);
    if (browser.status === 'fulfilled') b = browser.value;
    if (started.status === 'fulfilled') t = started.value;
    if (browser.status === 'rejected') throw browser.reason;
    if (started.status === 'rejected') throw started.reason;
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });
  return {
    get t() {
      if (!t) throw new Error(`${prefix}: the test server is not started (used outside a test or hook?)`);
      return t;
    },
    get b() {
      if (!b) throw new Error(`${prefix}: Chromium is not started (used outside a test or hook?)`);
      return b;
    },
    clock,
    async openAs(username, heading, { viewport = PHONE, mobile = true, path: at = '/' } = {}) {
      const server = this.t;
      const { token } = await server.as(username);
      const page = await this.b.open(viewport, mobile, {
        storageState: {
          cookies: [],
          origins: [{ origin: server.url, localStorage: [{ name: TOKEN_KEY, value: token! }] }],
        },
      });
      await page.goto(`${server.url}${at}`);
      await page.getByRole('heading', { name: heading }).first().waitFor();
      return page;
    },
  };
}

/** Where the console keeps the login token (apps/console/src/auth/token-store.ts). */
const TOKEN_KEY = 'psp.token';

/** Logs a user in (a demo user by default) and waits for their home page (`heading`: the queue, the inbox …). */
export async function login(
  page: Page,
  baseUrl: string,
  username: string,
  heading: string | RegExp,
  password = DEMO_PASSWORD,
): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('heading', { name: heading }).first().waitFor();
}

/**
 * Uses a page link or an account control of the header as a user does: opens "Menu" (phone) or
 * "Akun" (wide screen) unless it is already open, then clicks the named control wherever it is shown
 * (on the bar or in the panel). Logged-in pages only.
 */
export async function clickInHeader(
  page: Page,
  name: string | RegExp,
  role: 'link' | 'button' = 'link',
): Promise<void> {
  const header = page.getByRole('banner');
  const menu = header.getByRole('button', { name: /^(Menu|Akun|Account)$/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await header
    .getByRole(role, { name, exact: typeof name === 'string' })
    .first()
    .click();
}

/** Switches the console's language from the account menu (each language is named in itself). */
export async function chooseLanguage(page: Page, locale: 'id' | 'en'): Promise<void> {
  await clickInHeader(page, locale === 'en' ? 'English' : 'Bahasa Indonesia', 'button');
}

/**
 * What a phone user would trip over on the page as it is now, in words (empty: nothing): the page
 * wider than the screen; a visible control (link, button, field, tab) under 44 px in either
 * direction — a checkbox or radio counts by its label, a link inside running text is exempt
 * (WCAG 2.5.8); a table wider than its box that is not inside a named, focusable scrolling region.
 */
export async function phoneLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(PHONE_LAYOUT_SCRIPT);
}

// A string: the test code is type-checked without the DOM's types.
const PHONE_LAYOUT_SCRIPT = `(() => {
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push('page ' + doc.scrollWidth + 'px wide in ' + doc.clientWidth + 'px');
  const name = (el) => el.tagName.toLowerCase() + (el.getAttribute('type') ? '[' + el.getAttribute('type') + ']' : '') +
    ' "' + (el.getAttribute('aria-label') || el.innerText || el.getAttribute('name') || '').trim().slice(0, 40) + '"';
  // checkVisibility: also false inside a closed <details> and under display: none.
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true }) && !el.closest('.visually-hidden');
  };
  const controls = document.querySelectorAll(
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="tab"]',
  );
  for (const el of controls) {
    if (!visible(el) || el.matches('.skip-link')) continue;
    let target = el;
    if (el.matches('input[type="checkbox"], input[type="radio"]')) target = el.closest('label') || el;
    // A link in running text: its line is its target (WCAG 2.5.8's inline exception).
    if (el.matches('a') && getComputedStyle(el).display === 'inline' && el.parentElement) {
      const around = (el.parentElement.textContent || '').trim();
      if (el.parentElement.matches('p, li, td, dd, span') && around !== (el.textContent || '').trim()) continue;
    }
    const r = target.getBoundingClientRect();
    if (Math.round(r.height) < 44 || Math.round(r.width) < 44) {
      problems.push(name(el) + ' ' + Math.round(r.width) + '×' + Math.round(r.height) + 'px');
    }
  }
  for (const table of document.querySelectorAll('table')) {
    if (!visible(table)) continue;
    if (table.getBoundingClientRect().right <= doc.clientWidth && table.scrollWidth <= table.clientWidth) continue;
    const region = table.closest('[role="region"][tabindex="0"]');
    const scrolls = region && ['auto', 'scroll'].includes(getComputedStyle(region).overflowX);
    const named = region && (region.getAttribute('aria-label') || region.getAttribute('aria-labelledby'));
    if (!scrolls || !named) {
      problems.push('table "' + (table.getAttribute('aria-label') || table.caption?.textContent || '') +
        '" wider than the screen and not in a named, focusable scrolling region');
    }
  }
  return problems;
})()`;

import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { chooseLanguage, chromiumAvailable, login, PHONE, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * Issue 16 item 7 in headless Chromium: the header of a 360×640 phone is one line of at most
 * 56 px with nothing to scroll sideways. For every kind of user each page of theirs and each
 * account control (Profil, the language, Keluar) is on the screen after at most one tap on
 * "Menu" and links to its page; each page opens when tapped (by the first user offered it, and
 * every user's home page by that user); the menu button says whether it is open, takes focus
 * into the panel and gives it back on Escape. On a 1440×900 screen every page is a link on the bar
 * and "Akun" holds the account. Screenshots: test-artifacts/e2e/header-*.png.
 */
const DESKTOP = { width: 1440, height: 900 };
const HOME = /^(Antrean kasus|Kotak masuk|Eskalasi)$/;
const PAGES: Record<string, string> = {
  Antrean: '/',
  'Kotak masuk': '/kotak-masuk',
  Eskalasi: '/eskalasi',
  'Kasus baru': '/kasus-baru',
  'Daftar kasus': '/kasus',
  Laporan: '/laporan',
  'Hari buka': '/hari-buka',
  Admin: '/admin',
  Profil: '/profil',
};
/** The demo users of README, one per kind of work, and the pages their header offers. */
const USERS: Array<[string, string[]]> = [
  ['kader.gombang', ['Antrean', 'Kasus baru', 'Daftar kasus', 'Laporan', 'Hari buka']],
  ['kades.gombang', ['Antrean', 'Kasus baru', 'Daftar kasus', 'Laporan', 'Hari buka']],
  ['camat.cawas', ['Kotak masuk', 'Kasus baru', 'Daftar kasus', 'Laporan', 'Hari buka']],
  ['opd.pendidikan', ['Kotak masuk', 'Kasus baru', 'Daftar kasus', 'Laporan']],
  ['koordinator.klaten', ['Eskalasi', 'Kasus baru', 'Daftar kasus', 'Laporan']],
  ['admin.klaten', ['Antrean', 'Kasus baru', 'Daftar kasus', 'Laporan', 'Admin']],
];

describe.skipIf(!chromiumAvailable)('the header on a phone and on a desktop', () => {
  const e2e = e2eSuite('header', { clock: '2026-11-23T02:00:00Z' });

  const header = (page: Page) => page.getByRole('banner');
  const menuButton = (page: Page) => header(page).getByRole('button', { name: /^(Menu|Akun|Account)$/ });
  const path = (page: Page) => new URL(page.url()).pathname;

  /** The header's height, how far it or its bar of links would scroll sideways, and every control's box. */
  async function bar(page: Page) {
    return header(page).evaluate((el) => {
      const nav = el.querySelector('.topbar__nav')!;
      const root = el.ownerDocument.documentElement;
      return {
        height: el.getBoundingClientRect().height,
        overflow: Math.max(el.scrollWidth - el.clientWidth, nav.scrollWidth - nav.clientWidth),
        pageOverflow: root.scrollWidth - root.clientWidth,
      };
    });
  }

  /** A control the user can find and tap without scrolling anything: wholly on the screen, 44 px at least. */
  async function expectOnScreen(control: Locator, viewport: { width: number; height: number }, what: string) {
    const box = await control.boundingBox();
    expect(box, what).not.toBeNull();
    expect(box!.x, `${what} left edge`).toBeGreaterThanOrEqual(0);
    expect(box!.y, `${what} top edge`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `${what} right edge`).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height, `${what} bottom edge`).toBeLessThanOrEqual(viewport.height);
    expect(Math.min(box!.width, box!.height), `${what} tap target`).toBeGreaterThanOrEqual(44);
  }

  /**
   * Finds `name` on the bar, or else in the opened menu, checks it is on the screen and names its
   * page, and gives it back (the menu left open if it had to be opened).
   */
  async function find(page: Page, viewport: typeof PHONE, name: string, user: string): Promise<Locator> {
    const onBar = header(page)
      .getByRole('navigation', { name: 'Posyandu SPM' })
      .getByRole('link', { name, exact: true });
    let control = onBar;
    if (!(await onBar.isVisible())) {
      await menuButton(page).click();
      expect(await menuButton(page).getAttribute('aria-expanded')).toBe('true');
      control = header(page).getByRole('link', { name, exact: true });
    }
    await expectOnScreen(control, viewport, `${user}: ${name}`);
    expect(await control.getAttribute('href'), `${user}: ${name} links to its page`).toBe(PAGES[name]);
    return control;
  }

  /** `find`, then taps it and checks where it led and that the menu closed on its way. */
  async function reach(page: Page, viewport: typeof PHONE, name: string, user: string) {
    await (await find(page, viewport, name, user)).click();
    await expect.poll(() => path(page), { message: `${user}: ${name} opens its page` }).toBe(PAGES[name]);
    expect(await menuButton(page).getAttribute('aria-expanded'), 'the menu closes on its way').toBe('false');
  }

  it('on a 360×640 phone, every page and account control of each kind of user is reached by taps alone', async () => {
    onTestFailed(async () => {
      await e2e.b.screenshotEveryPage('failed');
    });
    // Every user's every link is found on the screen (at most one tap on "Menu") and names its page;
    // each page is tapped through by the first user offered it, and every user taps their home.
    const tapped = new Set<string>();
    for (const [user, pages] of USERS) {
      // Logged in by token: the login form is not what this test is about (the next test uses it).
      const page = await e2e.openAs(user, HOME);
      // Wait for the user's own links (they come with `me`), then measure the bar.
      await menuButton(page).click();
      await header(page)
        .getByRole('link', { name: pages[pages.length - 1]!, exact: true })
        .waitFor();
      await page.keyboard.press('Escape');
      const measured = await bar(page);
      expect(measured.height, `${user}: header height`).toBeLessThanOrEqual(56);
      expect(measured.overflow, `${user}: nothing in the header scrolls sideways`).toBe(0);
      expect(measured.pageOverflow, `${user}: page overflow`).toBe(0);
      // The menu shows no page the user does not work on, and every one they do.
      await menuButton(page).click();
      const offered = await header(page)
        .getByRole('link')
        .filter({ hasNot: page.locator('img') })
        .allInnerTexts();
      expect(offered.map((s) => s.trim()).sort(), `${user}: pages offered`).toEqual([...pages, 'Profil'].sort());
      await page.keyboard.press('Escape');

      for (const name of [...pages, 'Profil']) {
        if (!tapped.has(name) || name === pages[0]) {
          await reach(page, PHONE, name, user);
          tapped.add(name);
        } else {
          await find(page, PHONE, name, user);
          if ((await menuButton(page).getAttribute('aria-expanded')) === 'true') await page.keyboard.press('Escape');
        }
      }
      // The account controls are in the same panel, on the screen.
      await menuButton(page).click();
      for (const name of ['Bahasa Indonesia', 'English', 'Keluar']) {
        await expectOnScreen(header(page).getByRole('button', { name, exact: true }), PHONE, `${user}: ${name}`);
      }
      await page.keyboard.press('Escape');
      if (user === 'kader.gombang') await e2e.b.screenshot(page, 'phone-kader');
      await page.context().close();
    }
    expect([...tapped].sort(), 'every page was tapped through').toEqual(Object.keys(PAGES).sort());
  }, 600_000);

  it('the menu is a disclosure: it says it is open, takes focus in, gives it back on Escape; the language and logout work from it; axe finds nothing', async () => {
    onTestFailed(async () => {
      await e2e.b.screenshotEveryPage('failed');
    });
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'kader.gombang', HOME);
    const menu = menuButton(page);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await axeViolations(page)).toEqual([]);

    // Keyboard: Enter opens it and focus lands on its first link; Escape closes it and focus is back.
    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const panel = page.locator(`[id="${await menu.getAttribute('aria-controls')}"]`);
    expect(await panel.isVisible()).toBe(true);
    expect(await panel.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Antrean');
    await e2e.b.screenshot(page, 'phone-menu-open');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    expect(await menu.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    // A tap on the page below the panel closes it too.
    await menu.click();
    const panelBottom = (await panel.boundingBox())!.y + (await panel.boundingBox())!.height;
    expect(panelBottom).toBeLessThan(PHONE.height - 20);
    await page.mouse.click(PHONE.width / 2, PHONE.height - 10);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // English from the menu: the bar and the menu speak English at once, and it stays after a reload.
    await chooseLanguage(page, 'en');
    await header(page).getByRole('link', { name: 'New case' }).waitFor();
    await page.reload();
    await menu.click();
    await header(page).getByRole('link', { name: 'Case list' }).waitFor();
    expect(await header(page).getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await e2e.b.screenshot(page, 'phone-menu-english');
    expect(await axeViolations(page)).toEqual([]);
    await header(page).getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await header(page).getByRole('link', { name: 'Kasus baru' }).waitFor();

    // Offline, the bar still says so (and keeps to one line); the outbox is in the menu.
    await page.context().setOffline(true);
    await header(page).getByRole('status').filter({ hasText: 'Luring' }).waitFor();
    const offline = await bar(page);
    expect(offline.height).toBeLessThanOrEqual(56);
    expect(offline.overflow).toBe(0);
    await menu.click();
    await expectOnScreen(header(page).getByRole('link', { name: 'Antrean kirim' }), PHONE, 'outbox');
    await e2e.b.screenshot(page, 'phone-offline-menu');
    await page.keyboard.press('Escape');
    await page.context().setOffline(false);

    await menu.click();
    await header(page).getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk' }).waitFor();
  }, 180_000);

  it('on a 1440×900 screen every page is a link on the bar and "Akun" holds the account', async () => {
    const page = await e2e.openAs('admin.klaten', HOME, { viewport: DESKTOP, mobile: false });
    const nav = header(page).getByRole('navigation', { name: 'Posyandu SPM' });
    await nav.getByRole('link', { name: 'Admin', exact: true }).waitFor();
    expect((await nav.getByRole('link').allInnerTexts()).map((s) => s.trim())).toEqual([
      'Antrean',
      'Kasus baru',
      'Daftar kasus',
      'Laporan',
      'Admin',
    ]);
    const measured = await bar(page);
    expect(measured.height).toBeLessThanOrEqual(56);
    expect(measured.overflow).toBe(0);
    for (const name of ['Antrean', 'Kasus baru', 'Daftar kasus', 'Laporan', 'Admin']) {
      await expectOnScreen(nav.getByRole('link', { name, exact: true }), DESKTOP, name);
    }
    const account = menuButton(page);
    expect(await account.textContent()).toContain('Akun');
    await account.click();
    for (const [role, name] of [
      ['link', 'Profil'],
      ['button', 'Bahasa Indonesia'],
      ['button', 'English'],
      ['button', 'Keluar'],
    ] as const) {
      await expectOnScreen(header(page).getByRole(role, { name, exact: true }), DESKTOP, name);
    }
    await header(page).getByText('Masuk sebagai Admin Kabupaten Klaten').waitFor();
    await e2e.b.screenshot(page, 'desktop-account-open');
    expect(await axeViolations(page)).toEqual([]);
    await header(page).getByRole('link', { name: 'Profil' }).click();
    await page.getByRole('heading', { name: 'Profil', exact: true }).waitFor();
  }, 120_000);
});

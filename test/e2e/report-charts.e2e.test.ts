import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { type GraphQLClient, type TestServer } from '@posyandu-spm/testing';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, PHONE, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/** The case list's "N kasus" line, as a screen reader announces it. */
const listedCount = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /kasus$/ })
    .textContent();

/**
 * The SPM report's charts and drill-down in real Chromium (issue 15, items 4 and 6): the camat's
 * `/laporan` draws its charts on a 360×640 phone and a 1440×900 desktop, axe finds nothing, and a
 * count opens the case list with exactly that many cases. Screenshots in test-artifacts/e2e/.
 */
const APPLICANTS = [
  { nik: '3310055708850003', name: 'Sri Lestari' },
  { nik: '3310051203790002', name: 'Bambang Riyadi' },
  { nik: '3310054106900004', name: 'Wulan Sari' },
  { nik: '3310050101800005', name: 'Joko Susilo' },
  { nik: '3310054411870006', name: 'Rini Astuti' },
  { nik: '3310052507820007', name: 'Agus Prasetyo' },
];
const HOME = /^(Antrean kasus|Kotak masuk)$/;

describe.skipIf(!chromiumAvailable)('the SPM report in Chromium: charts, drill-down, axe', () => {
  // The 2nd of this month (the report opens on the browser's month): cases registered then are
  // overdue by the 14th, when the last ones are registered.
  const now = new Date();
  const e2e = e2eSuite('report', {
    clock: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 2, 2)).toISOString(),
  });

  beforeAll(async () => {
    const gombang = await e2e.t.as('kader.gombang');
    const pogung = await e2e.t.as('kader.pogung');
    // Three in Gombang that will be overdue, one in Pogung that will be too.
    for (const applicant of APPLICANTS.slice(0, 3)) await register(gombang, applicant, e2e.t);
    await register(pogung, APPLICANTS[3]!, e2e.t);
    e2e.t.clock.advance(12 * 24 * 3600_000);
    // Two in Gombang still within their deadline.
    for (const applicant of APPLICANTS.slice(4)) await register(gombang, applicant, e2e.t);
  }, 180_000);

  it('draws the charts at 360×640 and 1440×900 with nothing for axe to report', async () => {
    for (const [name, viewport, mobile] of [
      ['phone', PHONE, true],
      ['desktop', { width: 1440, height: 900 }, false],
    ] as const) {
      const page = await e2e.b.open(viewport, mobile);
      await login(page, e2e.t.url, 'camat.cawas', HOME);
      await page.goto(`${e2e.t.url}/laporan`);
      await page.getByRole('table', { name: 'Semua sektor' }).waitFor();
      const charts = page.getByRole('img', { name: /^Grafik: / });
      await expect.poll(() => charts.count()).toBe(3);
      for (const title of ['Hasil per jenis pelayanan dasar', 'Tren bulanan', 'Perbandingan desa di CAWAS']) {
        await expect(page.getByRole('img', { name: new RegExp(`^Grafik: ${title}`, 'i') }).count()).resolves.toBe(1);
      }
      // Every canvas is drawn on: some pixels are not transparent, and it fits the screen.
      for (const info of await paintedCanvases(page)) {
        expect(info.painted, `${name}: canvas ${info.label} painted`).toBeGreaterThan(500);
        expect(info.width).toBeLessThanOrEqual(viewport.width);
        expect(info.width).toBeGreaterThan(200);
      }
      // Nothing wider than the screen but the named, focusable table regions.
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      // Every figure that opens its cases, the logo and the menu button: a thumb's 44 px, not a 24 px digit.
      const targets = page.locator('a.count-link, .topbar__brand, .header-menu__button');
      expect(await page.locator('a.count-link').count()).toBeGreaterThan(0);
      for (const box of await targets.evaluateAll((els) =>
        els.map((el) => el.getBoundingClientRect().toJSON()).filter((r) => r.width > 0),
      )) {
        expect(Math.min(box.width, box.height), `${name}: tap target ${JSON.stringify(box)}`).toBeGreaterThanOrEqual(
          44,
        );
      }
      // Year, period and its number side by side: their boxes line up though a label wraps on a phone.
      const periodBottoms = await page
        .locator('.row--3')
        .first()
        .locator('input, select')
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().bottom));
      expect(periodBottoms).toHaveLength(3);
      expect(Math.max(...periodBottoms) - Math.min(...periodBottoms)).toBeLessThanOrEqual(4);
      await e2e.b.screenshot(page, `laporan-${name}`);
      await e2e.b.screenshotOf(page.locator('.report-charts'), `laporan-${name}-charts`);
      expect(await axeViolations(page)).toEqual([]);
      // The data table behind a chart, opened: still nothing for axe.
      await page.getByRole('button', { name: 'Tampilkan tabel data' }).first().click();
      await page.getByRole('table', { name: 'Hasil per jenis pelayanan dasar' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await e2e.b.screenshot(page, `laporan-${name}-data-table`);
    }
  }, 180_000);

  it("asks for the month's recap and its year's trend in one request", async () => {
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'camat.cawas', HOME);
    const recaps: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (request.url().endsWith('/graphql') && body.includes('spmRecap')) recaps.push(body);
    });
    await page.goto(`${e2e.t.url}/laporan`);
    await page.getByRole('table', { name: 'Semua sektor' }).waitFor();
    await expect.poll(() => page.getByRole('img', { name: /^Grafik: Tren bulanan/ }).count()).toBe(1);
    // The trend chart's data table: the twelve months of the year, from the same answer.
    await page.getByRole('button', { name: 'Tampilkan tabel data' }).nth(1).click();
    const yearTable = page.locator('.report-charts').getByRole('table', { name: 'Tren bulanan' });
    await expect.poll(() => yearTable.locator('tbody tr').count()).toBe(12);
    expect(recaps).toHaveLength(1);
    expect(JSON.parse(recaps[0]!)).toMatchObject({ operationName: 'SpmRecap', variables: { withYearTrend: true } });
  }, 60_000);

  it('drills down from a count to its case list, with exactly that many cases, and back by URL', async () => {
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'camat.cawas', HOME);
    await page.goto(`${e2e.t.url}/laporan`);
    const totals = page.getByRole('table', { name: 'Semua sektor' });
    const overdue = totals.getByRole('link', { name: /^4 — Lewat tenggat, Pendidikan$/ });
    await overdue.waitFor();
    await overdue.click();
    await page.getByRole('heading', { name: 'Daftar kasus' }).waitFor();
    expect(new URL(page.url()).searchParams.get('kolom')).toBe('OPEN_OVERDUE');
    await expect.poll(() => listedCount(page)).toBe('4 kasus');
    const rows = page.getByRole('region', { name: 'Tabel daftar kasus, dapat digeser' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    await e2e.b.screenshot(page, 'case-list-overdue');
    expect(await axeViolations(page)).toEqual([]);

    // The per-desa row of Gombang: its in-progress count opens the two cases still within their deadline.
    await page.goBack();
    const areas = page.getByRole('table', { name: 'Per wilayah' });
    await areas.getByRole('link', { name: /^2 — Dalam proses, GOMBANG$/i }).click();
    await expect.poll(() => listedCount(page)).toBe('2 kasus');
    await expect.poll(() => rows.count()).toBe(2);
    // And its received count all five of Gombang's.
    await page.goBack();
    await areas.getByRole('link', { name: /^5 — Diterima, GOMBANG$/i }).click();
    await expect.poll(() => listedCount(page)).toBe('5 kasus');

    // The URL is the list: opened anew (shared, bookmarked), it shows the same cases.
    const shared = await e2e.b.open({ width: 1440, height: 900 }, false);
    await login(shared, e2e.t.url, 'camat.cawas', HOME);
    await shared.goto(page.url());
    await expect.poll(() => listedCount(shared)).toBe('5 kasus');
    await e2e.b.screenshot(shared, 'case-list-desktop');
    expect(await axeViolations(shared)).toEqual([]);
  }, 120_000);
});

describe.skipIf(!chromiumAvailable)('the case list names jenis pelayanan and penerima in Chromium', () => {
  const e2e = e2eSuite('case-list-spm');

  beforeAll(async () => {
    const gombang = await e2e.t.as('kader.gombang');
    for (const applicant of APPLICANTS.slice(0, 2)) await register(gombang, applicant, e2e.t);
  }, 180_000);

  it('filters by a labelled jenis pelayanan and penerima at 360×640, and shows them per case', async () => {
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'camat.cawas', HOME);
    await page.goto(`${e2e.t.url}/kasus`);
    const service = page.getByLabel('Jenis pelayanan dasar (SPM)');
    // Every sector's services, named by sector while no sector is chosen.
    await expect.poll(() => service.locator('option').allTextContents()).toContain('Pendidikan: Pendidikan Dasar');
    await service.selectOption({ label: 'Pendidikan: Pendidikan Dasar' });
    const penerima = page.getByRole('combobox', { name: /^Penerima/ });
    // Narrowed to the chosen service's penerima, then "not mapped".
    expect(await penerima.locator('option').allTextContents()).toEqual([
      'Semua',
      'Anak usia sekolah (5–18 tahun)',
      'tidak dipetakan',
    ]);
    await penerima.selectOption({ label: 'Anak usia sekolah (5–18 tahun)' });
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('layanan')).toBe('pendidikan-dasar');
    expect(new URL(page.url()).searchParams.get('penerima')).toBe('CHILD');
    await expect.poll(() => listedCount(page)).toBe('2 kasus');
    // The filter line and each row name the service and penerima, never their ids.
    await page
      .getByText('Jenis pelayanan dasar: Pendidikan Dasar · Penerima: Anak usia sekolah (5–18 tahun)')
      .waitFor();
    const rows = page.getByRole('region', { name: 'Tabel daftar kasus, dapat digeser' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().locator('td').nth(1).innerText()).toBe(
      'Pendidikan Dasar\nAnak usia sekolah (5–18 tahun)',
    );
    expect(await page.content()).not.toContain('pendidikan-dasar<');
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.getByText(/^Saringan dan urutan/).click();
    // Each case code on one line on the phone, not broken at its hyphens ("SPM-" / "20XQ-" / "K6XA").
    const codeLines = await rows
      .locator('th[scope="row"] a')
      .evaluateAll((links) => links.map((link) => link.getClientRects().length));
    expect(codeLines).toEqual([1, 1]);
    await e2e.b.screenshot(page, 'case-list-spm-filters-phone');
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});

async function register(kader: GraphQLClient, applicant: { nik: string; name: string }, t: TestServer): Promise<void> {
  t.clock.advance(60_000);
  await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, {
    input: pendidikanInput({ applicant }),
  });
}

/** Each chart canvas: its name, its width on screen and how many of its pixels are drawn. */
async function paintedCanvases(page: Page): Promise<Array<{ label: string; width: number; painted: number }>> {
  // A string: this file is type-checked without the DOM library.
  return page.evaluate(`[...document.querySelectorAll('canvas')].map((canvas) => {
    const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return { label: canvas.getAttribute('aria-label') ?? '', width: canvas.getBoundingClientRect().width, painted };
  })`);
}

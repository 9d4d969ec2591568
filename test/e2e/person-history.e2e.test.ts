import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, e2eSuite } from './e2e-browser.js';

/**
 * Issue 7 in real headless Chromium on a 360×640 phone, against the real server and the built
 * console: the kader opens a toddler's page, reads her open days, switches the growth chart to
 * length-for-age (where she is stunted) and follows the follow-up case link; a kader of another
 * Posyandu gets "not found". Screenshots go to test-artifacts/e2e/.
 */

const BIRTH = '2025-10-20';
const DAYS = [
  { date: '2026-08-24', weightKg: 8.0, lengthCm: 66.8, headCircumferenceCm: 43.0 },
  { date: '2026-09-21', weightKg: 8.2, lengthCm: 67.3, headCircumferenceCm: 43.4 },
  { date: '2026-10-19', weightKg: 8.3, lengthCm: 67.7, headCircumferenceCm: 43.7 },
  { date: '2026-11-23', weightKg: 8.4, lengthCm: 68.0, headCircumferenceCm: 44.0 },
];

describe.skipIf(!chromiumAvailable)('the person page in headless Chromium: history and growth chart', () => {
  const e2e = e2eSuite('person', { clock: '2026-11-23T02:00:00Z' });
  let personId: string;

  /** A phone, logged in as `username`, on the queue. */
  async function phone(username: string): Promise<Page> {
    const page = await e2e.b.open();
    await login(page, e2e.t.url, username, 'Antrean kasus');
    return page;
  }

  beforeAll(async () => {
    const [kader, bidan] = await Promise.all([e2e.t.as('kader.gombang'), e2e.t.as('bidan.gombang')]);
    for (const [i, { date, ...values }] of DAYS.entries()) {
      const { kesehatanOpenDay: s } = await kader.request<{ kesehatanOpenDay: { id: string } }>(
        'mutation ($d: String!) { kesehatanOpenDay(date: $d) { id } }',
        { d: date },
      );
      const { kesehatanRegisterVisitor: v } = await kader.request<{
        kesehatanRegisterVisitor: { id: string; person: { id: string } };
      }>(
        'mutation ($s: ID!, $input: KesehatanRegisterVisitorInput!) { kesehatanRegisterVisitor(sessionId: $s, input: $input) { id person { id } } }',
        {
          s: s.id,
          input: {
            person: { name: 'Nayla Putri', nik: '3310056010250001' },
            guardian: { name: 'Rini Astuti', nik: '3310054506950003', phone: '0813-2900-7788' },
            guardianConsent: true,
            targetGroup: 'TODDLER',
            sex: 'FEMALE',
            birthDate: BIRTH,
          },
        },
      );
      personId = v.person.id;
      await kader.request(
        'mutation ($v: ID!, $input: KesehatanMeasurementInput!) { kesehatanRecordMeasurement(visitId: $v, input: $input) { id } }',
        { v: v.id, input: { ...values, position: 'LYING' } },
      );
      if (i === 0) {
        await bidan.request(
          'mutation ($v: ID!, $input: KesehatanHealthServiceInput!) { kesehatanRecordHealthService(visitId: $v, input: $input) { id } }',
          { v: v.id, input: { immunizations: ['MR_1'], vitaminA: true } },
        );
      }
    }
  }, 180_000);

  it('shows the kader the visits, the chart with its table, and links the follow-up case', async () => {
    const page = await phone('kader.gombang');
    await page.goto(`${e2e.t.url}/orang/${personId}`);
    await page.getByRole('heading', { name: 'Nayla Putri' }).waitFor();
    await expect(page.getByText('Riwayat hari buka Posyandu (4)').isVisible()).resolves.toBe(true);
    // Newest first: the first card is 23 November.
    await expect(page.locator('.person-timeline > li h3').first().textContent()).resolves.toMatch(/23 November 2026/);
    await expect(page.getByText('Imunisasi MR 1 · Vitamin A').isVisible()).resolves.toBe(true);

    const chart = page.getByRole('img', { name: /BB\/U/ });
    await chart.waitFor();
    await expect(chart.locator('circle').count()).resolves.toBe(4);
    await expect(page.getByRole('table').getByRole('row').count()).resolves.toBe(5);
    await e2e.b.screenshot(page, 'weight-for-age');
    await e2e.b.screenshotOf(page.locator('figure.growth-chart'), 'chart');

    await page.getByLabel('Indikator').selectOption('LENGTH_HEIGHT_FOR_AGE');
    await page.getByRole('img', { name: /PB\/U–TB\/U/ }).waitFor();
    await expect(page.getByRole('table').getByRole('cell', { name: 'Pendek' }).count()).resolves.toBeGreaterThan(0);
    // Nothing wider than the phone.
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    await e2e.b.screenshot(page, 'length-for-age');

    await page
      .locator('.person-timeline')
      .getByRole('link', { name: /^Kasus / })
      .first()
      .click();
    // The console routes in the page (no load event): wait for the case page itself.
    await page.waitForFunction("location.pathname.startsWith('/kasus/')");
    await page.getByRole('heading', { level: 1, name: 'Pemantauan kesehatan melalui kunjungan rumah' }).waitFor();
  }, 120_000);

  it('tells a kader of another Posyandu the person is not found', async () => {
    const page = await phone('kader.pogung');
    await page.goto(`${e2e.t.url}/orang/${personId}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('tidak ditemukan');
    await expect(page.getByText('Nayla Putri').count()).resolves.toBe(0);
  });
});

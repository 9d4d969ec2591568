import { monitoringInput } from '@posyandu-spm/plugin-kesehatan/fixtures';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { elderlyInput } from '@posyandu-spm/plugin-sosial/fixtures';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, login, PHONE, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

const HOME = /^(Antrean kasus|Kotak masuk)$/;

/**
 * `/kasus` filtered on several sectors at once (issue 15 item 4) on a 360×640 phone: one checkbox
 * per sector, each a 44 px target, none wider than the screen; the URL keeps the choice
 * (`sektor=pendidikan,kesehatan`) and the list holds exactly those sectors' cases; axe finds nothing.
 */
describe.skipIf(!chromiumAvailable)('the case list on several sectors at once, at 360×640', () => {
  const e2e = e2eSuite('case-list-sectors');

  beforeAll(async () => {
    const kader = await e2e.t.as('kader.gombang');
    for (const input of [pendidikanInput(), monitoringInput(), monitoringInput(), elderlyInput()]) {
      e2e.t.clock.advance(60_000);
      await kader.request(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }`, { input });
    }
  }, 180_000);

  it('ticks two sectors, lists their cases, keeps them in the URL, and fits the phone', async () => {
    const page = await e2e.b.open(PHONE, true);
    await login(page, e2e.t.url, 'camat.cawas', HOME);
    await page.goto(`${e2e.t.url}/kasus`);
    const sectors = page.getByRole('group', { name: 'Sektor' });
    await sectors.getByRole('checkbox').first().waitFor();
    expect(await sectors.getByRole('checkbox').count()).toBe(6);
    await sectors.getByRole('checkbox', { name: 'Pendidikan' }).check();
    // One sector: its service types can be chosen; two: not any more (they belong to one sector).
    expect(await page.getByRole('combobox', { name: /^Jenis layanan/ }).isEnabled()).toBe(true);
    await sectors.getByRole('checkbox', { name: 'Kesehatan' }).check();
    expect(await page.getByRole('combobox', { name: /^Jenis layanan/ }).isEnabled()).toBe(false);
    const boxes = await sectors
      .locator('label')
      .evaluateAll((labels) => labels.map((l) => Math.round(l.getBoundingClientRect().height)));
    for (const height of boxes) expect(height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await e2e.b.screenshot(page, 'two-sectors-ticked-phone');
    await page.getByRole('button', { name: 'Terapkan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sektor')).toBe('pendidikan,kesehatan');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /kasus$/ })
          .textContent(),
      )
      .toBe('3 kasus');
    const rows = page.getByRole('region', { name: 'Tabel daftar kasus, dapat digeser' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const sectorCells = await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '').join(' ')),
    );
    expect(sectorCells.filter((c) => c.includes('Kesehatan'))).toHaveLength(2);
    expect(sectorCells.filter((c) => c.includes('Sosial'))).toHaveLength(0);
    // The shared URL opens with both ticked.
    await page.reload();
    await page.getByText(/^Saringan dan urutan/).click();
    const again = page.getByRole('group', { name: 'Sektor' });
    expect(await again.getByRole('checkbox', { name: 'Pendidikan' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Kesehatan' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Sosial' }).isChecked()).toBe(false);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
  }, 120_000);
});

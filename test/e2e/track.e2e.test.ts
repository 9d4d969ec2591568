import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, PHONE, phoneLayoutProblems, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * The public case tracking page (/lacak) on a citizen's 360×640 phone, in Indonesian and English:
 * the form, a case found, and a code that matches nothing all fit the screen with 44 px targets,
 * and axe finds nothing. Screenshots: test-artifacts/e2e/track-*.png.
 */
describe.skipIf(!chromiumAvailable)('case tracking on a phone', () => {
  const e2e = e2eSuite('track', { clock: '2026-11-23T02:00:00Z' });
  let code: string;

  beforeAll(async () => {
    const kader = await e2e.t.as('kader.gombang');
    ({
      registerCase: { code },
    } = await kader.request<{ registerCase: { code: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { code } }',
      { input: pendidikanInput() },
    ));
  }, 180_000);

  async function expectFitsPhone(page: Page, what: string) {
    expect(await phoneLayoutProblems(page), what).toEqual([]);
    expect(await axeViolations(page), what).toEqual([]);
  }

  it('the form, a found case and a miss fit a 360×640 phone in Indonesian and English', async () => {
    const page = await e2e.b.open(PHONE, true);
    await page.goto(`${e2e.t.url}/lacak`);
    await page.getByRole('heading', { name: 'Lacak kasus' }).waitFor();
    await expectFitsPhone(page, 'empty form');

    // A code that matches nothing: told so, in words.
    await page.getByLabel('Kode pelacakan').fill('SPM-0000-0000');
    await page.getByLabel(/^4 angka terakhir nomor HP/).fill('4321');
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await expectFitsPhone(page, 'not found');

    // The applicant's own case (their phone ends in 4321).
    await page.getByLabel('Kode pelacakan').fill(code);
    await page.getByRole('button', { name: 'Lacak', exact: true }).click();
    const found = page.getByRole('article', { name: code });
    await found.waitFor();
    await expectFitsPhone(page, 'found');
    await e2e.b.screenshot(page, 'found-id');

    // English from the header's switch: the same case, reworded at once.
    await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
    await page.getByRole('heading', { name: 'Track a case' }).waitFor();
    await found.getByText(/working days? left|Last working day/).waitFor();
    await expectFitsPhone(page, 'found, English');
    await e2e.b.screenshot(page, 'found-en');
  }, 120_000);
});

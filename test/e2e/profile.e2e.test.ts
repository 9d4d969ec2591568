import { describe, expect, it } from 'vitest';
import { chromiumAvailable, clickInHeader, login, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * Issue 17 item 7 in real headless Chromium on a 360×640 phone: an OPD officer opens the profile,
 * is told in Indonesian that WhatsApp needs a mobile number and then their consent, gives both and
 * English for the notices; the account keeps the number as +62… with the consent recorded as the
 * officer's own. Screenshot: test-artifacts/e2e/profile-*.png.
 */
describe.skipIf(!chromiumAvailable)('the profile page in headless Chromium', () => {
  const e2e = e2eSuite('profile', { clock: '2026-11-23T02:00:00Z' });

  it('an officer opts into WhatsApp with their number; without one the server says why', async () => {
    const page = await e2e.b.open();
    await login(page, e2e.t.url, 'opd.pendidikan', 'Kotak masuk');
    await clickInHeader(page, 'Profil');
    await page.getByRole('heading', { name: 'Profil', exact: true }).waitFor();
    expect(await page.getByRole('checkbox', { name: 'Aplikasi (selalu)' }).isDisabled()).toBe(true);
    // The demo officer has no e-mail address: e-mail is off and cannot be chosen.
    const email = page.getByRole('checkbox', { name: /^E-mail/ });
    expect([await email.isChecked(), await email.isDisabled()]).toEqual([false, true]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('checkbox', { name: 'WhatsApp' }).check();
    await page.getByRole('button', { name: 'Simpan pengaturan pemberitahuan' }).click();
    await page.getByText('Pemberitahuan lewat WhatsApp memerlukan nomor HP.').waitFor();

    await page.getByLabel('Nomor HP').fill('0812-1111-2222');
    await page.getByRole('button', { name: 'Simpan pengaturan pemberitahuan' }).click();
    // WhatsApp needs the officer's own consent; nothing was written without it.
    await page
      .getByText('Centang persetujuan Anda untuk menerima pemberitahuan lewat WhatsApp di nomor ini.')
      .waitFor();
    expect(
      (await e2e.t.sql.query(`select notify_whatsapp from app_user where username = 'opd.pendidikan'`)).rows,
    ).toEqual([{ notify_whatsapp: false }]);
    await page.getByRole('checkbox', { name: /^Saya setuju menerima pemberitahuan/ }).check();
    await page.getByLabel('Bahasa pemberitahuan').selectOption('en');
    await page.getByRole('button', { name: 'Simpan pengaturan pemberitahuan' }).click();
    await page.getByText('Pengaturan pemberitahuan disimpan.').waitFor();
    await page.getByText(/^Persetujuan tercatat untuk WhatsApp: .*, oleh .* \(sendiri\)\.$/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Everything fits the phone's width: nothing scrolls sideways.
    await expect(page.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(360);
    await e2e.b.screenshot(page, 'whatsapp-on');
    const stored = await e2e.t.sql.query(
      `select phone, locale, notify_whatsapp, notify_sms, message_consent->>'source' as source
         from app_user where username = 'opd.pendidikan'`,
    );
    expect(stored.rows).toEqual([
      { phone: '+6281211112222', locale: 'en', notify_whatsapp: true, notify_sms: false, source: 'SELF' },
    ]);
  }, 120_000);
});

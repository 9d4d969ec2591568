import { allDocuments, pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { caseSteps, TestClock, type GraphQLClient } from '@posyandu-spm/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, clickInHeader, login, e2eSuite } from './e2e-browser.js';
import { axeViolations } from './offline-helpers.js';

/**
 * Issue 14 in real headless Chromium on a 360×640 phone: a case of Dinas Pendidikan goes overdue
 * and escalates; the SPM coordinator finds it in the "Eskalasi" queue, sets a new due date with a
 * reason, and the case's timeline shows it. The kabupaten admin changes a level's window in the
 * escalation-chain tab, and a chain with a hole (a level whose unit has nobody who may open the
 * case) is refused with the level and the unit named. Screenshots: test-artifacts/e2e/escalation-*.png.
 */
const CASE = 'id code version status holder { id name }';
interface Ref {
  id: string;
  code: string;
  version: number;
  status: string;
  holder: { id: string; name: string };
}
const CHAIN = `query { escalationChain { levels { position windowWorkingDays unit { name } } } }`;
const REASON = 'Dinas menunggu data Dapodik; disepakati rapat koordinasi.';

describe.skipIf(!chromiumAvailable)('escalations in headless Chromium on a phone', () => {
  // Monday 23 November 2026, 09:00 WIB: due at the end of Monday 30 November.
  const clock = new TestClock('2026-11-23T02:00:00Z');
  const e2e = e2eSuite('escalation', { clock });
  let admin: GraphQLClient;
  let c: Ref;
  const flow = caseSteps<Ref>({ fields: CASE });

  beforeAll(async () => {
    const [kader, perangkat, kades] = await Promise.all([
      e2e.t.as('kader.gombang'),
      e2e.t.as('perangkat.gombang'),
      e2e.t.as('kades.gombang'),
    ]);
    admin = await e2e.t.as('admin.klaten');
    c = await flow.register(kader, pendidikanInput());
    c = await flow.act(kader, c, 'start-verification');
    c = await flow.reviewAll(
      perangkat,
      c,
      allDocuments.map((d) => d.code),
    );
    c = await flow.visit(perangkat, c, {
      kind: 'HOME',
      visitedAt: '2026-11-23T02:00:00Z',
      participants: 'Kader Sri',
      findings: 'Layak dibantu.',
      recommendation: 'ELIGIBLE',
    });
    c = await flow.act(kader, c, 'declare-eligible');
    c = await flow.act(kader, c, 'submit-to-village');
    c = await flow.act(kades, c, 'forward-to-opd');
    // Tuesday 1 December, 09:00 WIB: overdue since Monday's end; level 1 (the head of the Dinas) is told.
    clock.set('2026-12-01T02:00:00Z');
    const swept = await e2e.t.server.tickDeadlines();
    expect(swept.overdue).toBe(1);
  }, 180_000);

  it('the coordinator finds the overdue case in the queue, sets a new due date with a reason, and the timeline shows it', async () => {
    const page = await e2e.b.open();
    await login(page, e2e.t.url, 'koordinator.klaten', /Eskalasi|Antrean kasus/);
    await page.goto(`${e2e.t.url}/eskalasi`);
    await page.getByRole('heading', { name: 'Eskalasi', exact: true }).waitFor();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: `Buka kasus ${c.code}` }) });
    await card.getByText('Tingkat 1').waitFor();
    await card.getByText('Dipegang: Dinas Pendidikan Kabupaten Klaten').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // What the coordinator sees of the card on a phone: nothing wider than the screen, its lines evenly
    // spaced by the card's gap (no paragraph margins on top), the actions 44 px tall and not indented.
    const layout = await card.evaluate((li) => {
      const lines = [...li.querySelectorAll(':scope > p')].map((p) => p.getBoundingClientRect());
      const buttons = [...li.querySelectorAll('[role="group"] button')].map((b) => b.getBoundingClientRect());
      const box = li.getBoundingClientRect();
      return {
        overflow: li.ownerDocument.documentElement.scrollWidth - li.ownerDocument.documentElement.clientWidth,
        lineGaps: lines.slice(1).map((r, i) => Math.round(r.top - lines[i]!.bottom)),
        buttonHeights: buttons.map((b) => Math.round(b.height)),
        firstButtonIndent: Math.round(buttons[0]!.left - lines[0]!.left),
        buttonsInside: buttons.every((b) => b.right <= box.right),
      };
    });
    expect(layout.overflow).toBe(0);
    expect(Math.max(...layout.lineGaps) - Math.min(...layout.lineGaps)).toBeLessThanOrEqual(1);
    expect(Math.max(...layout.lineGaps)).toBeLessThanOrEqual(8);
    expect(Math.min(...layout.buttonHeights)).toBeGreaterThanOrEqual(44);
    expect(layout.firstButtonIndent).toBe(0);
    expect(layout.buttonsInside).toBe(true);
    await e2e.b.screenshot(page, 'queue');

    await card.getByRole('button', { name: 'Tenggat baru' }).click();
    // Today (Tuesday 1 December, WIB) plus three working days.
    await card.getByLabel('Tanggal tenggat baru (hari kerja)').fill('2026-12-04');
    await card.getByLabel('Alasan').fill(REASON);
    expect(await axeViolations(page)).toEqual([]);
    await e2e.b.screenshot(page, 'new-due-date-form');
    await card.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText(`Tercatat di riwayat kasus ${c.code}.`).waitFor();
    // A new due date starts the chain again: the case leaves the queue.
    await expect.poll(() => page.getByRole('link', { name: `Buka kasus ${c.code}` }).count()).toBe(0);

    await page.goto(`${e2e.t.url}/kasus/${c.id}`);
    await page.getByText('Tenggat baru dari koordinator SPM').first().waitFor();
    await page.getByText(REASON).first().waitFor();
    await page.getByText('Batas: Jumat, 4 Desember 2026 (WIB)').waitFor();
    await e2e.b.screenshot(page, 'timeline-due-date-set');
  }, 120_000);

  it('the admin changes a level’s window; a chain with a hole is refused, naming the level and the unit', async () => {
    const page = await e2e.b.open();
    await login(page, e2e.t.url, 'admin.klaten', /Antrean kasus|Administrasi/);
    await clickInHeader(page, 'Admin');
    await page.getByRole('heading', { name: 'Administrasi' }).waitFor();
    await page.getByRole('tab', { name: 'Eskalasi' }).click();
    const level = (n: number) => page.getByRole('group', { name: `Tingkat ${n}`, exact: true });
    const window2 = level(2).getByLabel('Jangka waktu (hari kerja) sebelum tingkat berikutnya');
    await expect.poll(() => window2.inputValue()).toBe('3');
    expect(await axeViolations(page)).toEqual([]);

    await window2.fill('4');
    await page.getByRole('button', { name: 'Simpan rantai eskalasi' }).click();
    await page.getByText('Rantai eskalasi disimpan dan diperiksa.').waitFor();
    const saved = await admin.request<{ escalationChain: { levels: Array<{ windowWorkingDays: number }> } }>(CHAIN);
    expect(saved.escalationChain.levels.map((l) => l.windowWorkingDays)).toEqual([2, 4, 5]);
    await e2e.b.screenshot(page, 'chain-saved');

    // Level 2 to Kecamatan Cawas, where nobody may open every case of the kabupaten: a hole.
    // (The unit's label wraps its select, so it is found by the label's first word.)
    await level(2)
      .locator('label', { hasText: /^Unit/ })
      .locator('select')
      .selectOption({ label: 'Kecamatan Cawas (33.10.05)' });
    await page.getByRole('button', { name: 'Simpan rantai eskalasi' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Tingkat 2: Kecamatan Cawas' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('tidak punya anggota aktif yang boleh membuka kasus');
    expect(await axeViolations(page)).toEqual([]);
    await e2e.b.screenshot(page, 'chain-hole-refused');
    const unchanged = await admin.request<{ escalationChain: { levels: Array<{ unit: { name: string } | null }> } }>(
      CHAIN,
    );
    expect(unchanged.escalationChain.levels[1]?.unit?.name).toMatch(/^Tim Penerapan SPM/);
  }, 120_000);
});

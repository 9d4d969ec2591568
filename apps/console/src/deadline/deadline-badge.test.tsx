// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import '../test/setup';
import { DeadlineBadge, type DeadlineView } from './deadline-badge';

// Registered Monday 23 November 2026 in Klaten: due at the end of Monday 30 November, WIB.
const dueAt = '2026-11-30T16:59:59.999Z';

function show(deadline: Partial<DeadlineView>, locale: Locale = 'id', explain = false) {
  const view: DeadlineView = { state: 'ON_TRACK', workingDaysLeft: 3, dueAt, timeZone: 'Asia/Jakarta', ...deadline };
  const { container } = render(
    <I18nProvider initial={locale}>
      <DeadlineBadge deadline={view} explain={explain} />
    </I18nProvider>,
  );
  return container.querySelector('.deadline') as HTMLElement;
}

describe('DeadlineBadge', () => {
  it('says the working days left and the due day in Indonesian, in the area time zone', () => {
    const badge = show({ state: 'ON_TRACK', workingDaysLeft: 3 });
    expect(badge.textContent).toContain('Sisa 3 hari kerja');
    expect(badge.textContent).toContain('Batas: Senin, 30 November 2026 (WIB)');
    expect(badge.querySelector('strong')).toBeNull();
  });

  it('uses the area time zone, not the device: the same instant is already Tuesday in Papua', () => {
    const badge = show({ timeZone: 'Asia/Jayapura' });
    expect(badge.textContent).toContain('Selasa, 1 Desember 2026 (WIT)');
  });

  it('marks the last working day with words, an icon and emphasis, not colour alone', () => {
    const badge = show({ state: 'DUE_SOON', workingDaysLeft: 0 });
    expect(badge.querySelector('strong')?.textContent).toBe('Hari kerja terakhir');
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe('⏰');
    expect(badge.dataset.state).toBe('DUE_SOON');
  });

  it('says how many working days a case is overdue', () => {
    const badge = show({ state: 'OVERDUE', workingDaysLeft: -2 });
    expect(badge.querySelector('strong')?.textContent).toBe('Terlambat 2 hari kerja');
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe('⚠');
  });

  it('tells paused, met and missed deadlines apart', () => {
    expect(show({ state: 'PAUSED', workingDaysLeft: 4 }).textContent).toContain('Dijeda, sisa 4 hari kerja');
    expect(show({ state: 'MET' }).textContent).toContain('Selesai tepat waktu');
    expect(show({ state: 'MISSED' }).textContent).toContain('Selesai melewati tenggat');
  });

  it('speaks English when chosen, with the date still in the area time zone', () => {
    render(
      <I18nProvider initial="en">
        <DeadlineBadge deadline={{ state: 'OVERDUE', workingDaysLeft: -1, dueAt, timeZone: 'Asia/Makassar' }} />
      </I18nProvider>,
    );
    expect(screen.getByText('Overdue by 1 working days')).toBeTruthy();
    // 16:59:59 UTC is 00:59 the next day in WITA.
    expect(screen.getByText(/Due: Tuesday,? 1 December 2026 \(WITA\)/)).toBeTruthy();
  });

  describe('a provisional deadline (the year’s SKB 3 Menteri is not loaded)', () => {
    // Registered Monday 28 December 2026: due Tuesday 5 January 2027, while 2027's decree is not loaded.
    const provisional = {
      dueAt: '2027-01-05T16:59:59.999Z',
      workingDaysLeft: 5,
      provisional: true,
      provisionalReason: {
        id: 'Sementara: SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun 2027 belum dimuat.',
        en: 'Provisional: the 2027 joint decree (SKB 3 Menteri) is not loaded yet.',
      },
    };

    it('says "sementara" in words next to the days left, with the reason as a hint', () => {
      const badge = show(provisional);
      expect(badge.textContent).toContain('Sisa 5 hari kerja');
      expect(badge.textContent).toContain('Tenggat sementara');
      expect(badge.querySelector('.deadline__provisional')?.getAttribute('title')).toContain('tahun 2027 belum dimuat');
      expect(badge.textContent).toContain('Batas: Selasa, 5 Januari 2027 (WIB)');
    });

    it('spells the reason out on the case page, in English too', () => {
      expect(show(provisional, 'id', true).textContent).toContain('tahun 2027 belum dimuat');
      const en = show(provisional, 'en', true);
      expect(en.textContent).toContain('Provisional deadline');
      expect(en.textContent).toContain('the 2027 joint decree (SKB 3 Menteri)');
    });

    it('says nothing of the kind when the deadline is final', () => {
      const badge = show({ provisional: false, provisionalReason: null }, 'id', true);
      expect(badge.textContent).not.toContain('sementara');
      expect(badge.dataset.provisional).toBeUndefined();
    });
  });
});

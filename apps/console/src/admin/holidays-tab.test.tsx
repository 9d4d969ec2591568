// @vitest-environment happy-dom
import { ApolloProvider } from '@apollo/client/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { createSchemaClient } from '../test/schema-client';
import '../test/setup';
import { HolidaysTab } from './holidays-tab';

const KEPPRES = 'Keppres 8/2024 tentang Hari-Hari Libur';
const fixed = (date: string, nameId: string) => ({
  id: `fixed-${date}`,
  date,
  kind: 'NATIONAL',
  nameId,
  nameEn: nameId,
  legalBasis: KEPPRES,
  areaCode: null,
  fixed: true,
});
const SKB_2026 = 'SKB 3 Menteri 2026: Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025';

function renderTab(loadCalendarYear = vi.fn()) {
  let years: Array<{ year: number; legalBasis: string; loadedAt: string; loadedByName: string | null }> = [
    { year: 2025, legalBasis: 'SKB 3 Menteri 2025', loadedAt: '2026-12-06T23:00:00Z', loadedByName: null },
    { year: 2026, legalBasis: SKB_2026, loadedAt: '2026-12-06T23:00:00Z', loadedByName: null },
  ];
  const client = createSchemaClient({
    holidays: ({ year }: { year: number }) =>
      year === 2027
        ? [fixed('2027-01-01', 'Tahun Baru Masehi'), fixed('2027-08-17', 'Proklamasi Kemerdekaan')]
        : [
            {
              id: 'h-1',
              date: '2026-03-19',
              kind: 'NATIONAL',
              nameId: 'Hari Suci Nyepi',
              nameEn: 'Nyepi',
              legalBasis: SKB_2026,
              areaCode: null,
              fixed: false,
            },
          ],
    calendarYears: () => years,
    calendarWarnings: () =>
      years.some((y) => y.year === 2027)
        ? []
        : [
            {
              year: 2027,
              when: 'NEXT_YEAR',
              message: { id: 'SKB 3 Menteri … tahun 2027 belum dimuat', en: 'The 2027 joint decree is not loaded' },
            },
          ],
    loadCalendarYear: (args: { year: number; legalBasis: string }) => {
      loadCalendarYear(args);
      const row = { ...args, loadedAt: '2026-12-07T02:00:00Z', loadedByName: 'Admin Kabupaten Klaten' };
      years = [...years, row];
      return row;
    },
  });
  render(
    <I18nProvider initial="id">
      <ApolloProvider client={client}>
        <HolidaysTab areaCode="33.10" now={new Date('2026-12-07T02:00:00Z')} />
      </ApolloProvider>
    </I18nProvider>,
  );
}

describe('HolidaysTab: the SKB 3 Menteri of each year', () => {
  it('warns that next year’s SKB is not loaded, and says this year’s is', async () => {
    renderTab();
    expect((await screen.findByRole('alert')).textContent).toContain('tahun 2027 belum dimuat');
    const status = await screen.findByRole('region', { name: 'SKB 3 Menteri 2026' });
    expect(status.textContent).toContain(`Dimuat: ${SKB_2026}`);
    expect(status.textContent).toContain('Bawaan posyandu-spm');
    // A holiday of the SKB can be removed.
    expect(screen.getByRole('button', { name: /Hapus hari libur Hari Suci Nyepi/ })).toBeTruthy();
  });

  it('lists 2027’s fixed-date holidays without a remove button, and marks 2027 loaded', async () => {
    const user = userEvent.setup();
    const loadCalendarYear = vi.fn();
    renderTab(loadCalendarYear);
    const year = await screen.findByRole('spinbutton', { name: 'Tahun' });
    // The field keeps a valid year only, so it is set at once (as a browser's fill does).
    fireEvent.change(year, { target: { value: '2027' } });
    const item = (await screen.findByText(/Tahun Baru Masehi/)).closest('li') as HTMLElement;
    expect(within(item).getByText('Tetap setiap tahun')).toBeTruthy();
    expect(within(item).queryByRole('button')).toBeNull();

    const status = await screen.findByRole('form', { name: 'SKB 3 Menteri 2027' });
    expect(status.textContent).toContain('Belum dimuat: tenggat yang menghitung hari di tahun 2027 bersifat sementara');
    await user.type(within(status).getByLabelText(/^Dasar hukum SKB/), 'SKB 3 Menteri 2027: Menag 1/2026');
    await user.click(within(status).getByRole('button', { name: 'Tandai SKB 2027 dimuat' }));
    expect(loadCalendarYear).toHaveBeenCalledWith({ year: 2027, legalBasis: 'SKB 3 Menteri 2027: Menag 1/2026' });
    expect((await screen.findByRole('status')).textContent).toContain('SKB 2027 dimuat');
    const loaded = await screen.findByRole('region', { name: 'SKB 3 Menteri 2027' });
    expect(loaded.textContent).toContain('Ditandai oleh Admin Kabupaten Klaten');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

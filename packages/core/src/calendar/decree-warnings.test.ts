import { describe, expect, it } from 'vitest';
import { decreeWarnings } from './decree-warnings.js';

const years = (today: string, loaded: number[]) => decreeWarnings(loaded, today).map((w) => [w.year, w.when]);

describe("decreeWarnings: tell the admin when a year's SKB 3 Menteri is missing", () => {
  it('says nothing before 1 October when this year is loaded', () => {
    expect(years('2026-09-30', [2025, 2026])).toEqual([]);
  });

  it('warns about next year from 1 October until it is loaded', () => {
    expect(years('2026-10-01', [2025, 2026])).toEqual([[2027, 'NEXT_YEAR']]);
    expect(years('2026-12-31', [2025, 2026])).toEqual([[2027, 'NEXT_YEAR']]);
    expect(years('2026-10-01', [2026, 2027])).toEqual([]);
  });

  it("always warns when this year's is missing, and about next year too from October", () => {
    expect(years('2027-01-01', [2026])).toEqual([[2027, 'CURRENT_YEAR']]);
    expect(years('2027-10-05', [2026])).toEqual([
      [2027, 'CURRENT_YEAR'],
      [2028, 'NEXT_YEAR'],
    ]);
  });

  it('says it in Indonesian and English, naming the year', () => {
    const [warning] = decreeWarnings([2026], '2026-11-02');
    expect(warning?.message.id).toContain('SKB 3 Menteri');
    expect(warning?.message.id).toContain('2027');
    expect(warning?.message.en).toContain('2027');
  });
});

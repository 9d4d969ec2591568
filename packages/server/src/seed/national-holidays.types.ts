/**
 * One day off from the national calendar, as decreed. `kind` tells whether it is
 * a national holiday (hari libur nasional) or a joint leave day (cuti bersama),
 * which a kabupaten may choose to work.
 */
export interface NationalHolidaySeed {
  /** Local calendar date, `YYYY-MM-DD`. */
  date: string;
  kind: 'NATIONAL' | 'CUTI_BERSAMA';
  nameId: string;
  nameEn: string;
  /** The decree that sets this day, e.g. "SKB 3 Menteri 2026: Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025". */
  legalBasis: string;
}

/** A year whose joint decree ships with posyandu-spm, and the decree. */
export interface ShippedDecree {
  year: number;
  legalBasis: string;
}

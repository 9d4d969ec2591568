/**
 * The national holidays whose date never moves. They are days off every year by
 * standing law, so a deadline never depends on an admin having typed them in:
 * the working calendar knows them for every year, whether that year's joint
 * decree (SKB 3 Menteri) is loaded or not.
 *
 * Keppres 8/2024 tentang Hari-Hari Libur (29 January 2024) lists all of them;
 * 1 May and 1 June became holidays by their own decrees first, which set since
 * when they apply. The moveable holidays (Idul Fitri, Nyepi, Waisak, Imlek …) and
 * cuti bersama are set each year by the SKB and are data, never computed here.
 */
export interface FixedNationalHoliday {
  /** 1–12. */
  month: number;
  day: number;
  nameId: string;
  nameEn: string;
  /** The standing decrees that make the day a holiday every year. */
  legalBasis: string;
  /** The first year it is a holiday; absent when it was one long before any case this system counts. */
  since?: number;
}

const KEPPRES_8_2024 = 'Keppres 8/2024 tentang Hari-Hari Libur';

export const FIXED_NATIONAL_HOLIDAYS: readonly FixedNationalHoliday[] = [
  {
    month: 1,
    day: 1,
    nameId: 'Tahun Baru Masehi',
    nameEn: "New Year's Day",
    legalBasis: `${KEPPRES_8_2024} (1 Januari Tahun Baru Masehi)`,
  },
  {
    month: 5,
    day: 1,
    nameId: 'Hari Buruh Internasional',
    nameEn: 'International Labour Day',
    legalBasis: `Keppres 24/2013 tentang Penetapan Tanggal 1 Mei sebagai Hari Libur; ${KEPPRES_8_2024}`,
    since: 2014,
  },
  {
    month: 6,
    day: 1,
    nameId: 'Hari Lahir Pancasila',
    nameEn: 'Pancasila Day',
    legalBasis: `Keppres 24/2016 tentang Hari Lahir Pancasila; ${KEPPRES_8_2024}`,
    since: 2017,
  },
  {
    month: 8,
    day: 17,
    nameId: 'Proklamasi Kemerdekaan',
    nameEn: 'Independence Day',
    legalBasis: `${KEPPRES_8_2024} (Proklamasi Kemerdekaan 17 Agustus)`,
  },
  {
    month: 12,
    day: 25,
    nameId: 'Kelahiran Yesus Kristus (Natal)',
    nameEn: 'Christmas Day',
    legalBasis: `${KEPPRES_8_2024} (Kelahiran Yesus Kristus)`,
  },
];

/** One fixed-date national holiday of a given year, as a day off with its names and legal basis. */
export interface FixedHolidayOfYear {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: 'NATIONAL';
  nameId: string;
  nameEn: string;
  legalBasis: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The fixed-date national holidays of `year`, in date order. */
export function fixedNationalHolidaysOf(year: number): FixedHolidayOfYear[] {
  return FIXED_NATIONAL_HOLIDAYS.filter((h) => year >= (h.since ?? 0)).map((h) => ({
    date: `${String(year).padStart(4, '0')}-${pad(h.month)}-${pad(h.day)}`,
    kind: 'NATIONAL',
    nameId: h.nameId,
    nameEn: h.nameEn,
    legalBasis: h.legalBasis,
  }));
}

/** Whether a local `YYYY-MM-DD` date is a fixed-date national holiday. */
export function isFixedNationalHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return FIXED_NATIONAL_HOLIDAYS.some((h) => h.month === month && h.day === day && year >= (h.since ?? 0));
}

import { NATIONAL_HOLIDAYS, SHIPPED_DECREES } from './national-holidays.data.js';

const text = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * SQL that loads one shipped year's decree: its national holidays and cuti bersama
 * (days already in the table are left as they are) and the calendar_year row that
 * makes its deadlines final. For migrations: a release that ships a new year's
 * decree adds its days to national-holidays.data.ts and a migration running this.
 */
export function shippedDecreeSql(year: number): string[] {
  const decree = SHIPPED_DECREES.find((d) => d.year === year);
  if (!decree) throw new Error(`No shipped decree for ${year} in national-holidays.data.ts`);
  const days = NATIONAL_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));
  return [
    ...days.map(
      (h) =>
        `insert into "holiday" ("id", "date", "kind", "name_id", "name_en", "legal_basis", "area_code") values ` +
        `(gen_random_uuid(), ${text(h.date)}, ${text(h.kind)}, ${text(h.nameId)}, ${text(h.nameEn)}, ${text(h.legalBasis)}, null) ` +
        `on conflict do nothing;`,
    ),
    `insert into "calendar_year" ("year", "legal_basis", "loaded_at", "loaded_by_id") values ` +
      `(${year}, ${text(decree.legalBasis)}, now(), null) on conflict do nothing;`,
  ];
}

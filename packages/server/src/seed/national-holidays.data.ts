import type { NationalHolidaySeed } from './national-holidays.types.js';

// Provisional 2026 table (being verified); replaced by the checked file.
const SKB_2026 = 'SKB 3 Menteri 2026: Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025';
const h = (date: string, kind: NationalHolidaySeed['kind'], nameId: string, nameEn: string): NationalHolidaySeed => ({
  date,
  kind,
  nameId,
  nameEn,
  legalBasis: SKB_2026,
});

export const NATIONAL_HOLIDAYS: readonly NationalHolidaySeed[] = [
  h('2026-01-01', 'NATIONAL', 'Tahun Baru 2026 Masehi', "New Year's Day"),
  h('2026-02-16', 'CUTI_BERSAMA', 'Cuti Bersama Tahun Baru Imlek', 'Chinese New Year joint leave'),
  h('2026-02-17', 'NATIONAL', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year'),
  h('2026-03-18', 'CUTI_BERSAMA', 'Cuti Bersama Hari Suci Nyepi', 'Nyepi joint leave'),
  h('2026-03-19', 'NATIONAL', 'Hari Suci Nyepi Tahun Baru Saka 1948', 'Nyepi'),
  h('2026-03-20', 'CUTI_BERSAMA', 'Cuti Bersama Idul Fitri 1447 H', 'Eid al-Fitr joint leave'),
  h('2026-03-21', 'NATIONAL', 'Idul Fitri 1447 Hijriah', 'Eid al-Fitr'),
  h('2026-03-22', 'NATIONAL', 'Idul Fitri 1447 Hijriah', 'Eid al-Fitr'),
  h('2026-03-23', 'CUTI_BERSAMA', 'Cuti Bersama Idul Fitri 1447 H', 'Eid al-Fitr joint leave'),
  h('2026-03-24', 'CUTI_BERSAMA', 'Cuti Bersama Idul Fitri 1447 H', 'Eid al-Fitr joint leave'),
];

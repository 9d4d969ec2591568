import type { NationalHolidaySeed, ShippedDecree } from './national-holidays.types.js';

/*
 * Hari libur nasional and cuti bersama for 2025 and 2026, as set by the joint decrees (SKB 3
 * Menteri) of the Minister of Religious Affairs, the Minister of Manpower and the Minister of
 * PANRB. One entry per calendar day; days that fall on a weekend are listed too (still decreed).
 *
 * Checked against, for 2025: the SKB 1017/2024, 2/2024, 2/2024 signed 14 October 2024, as
 * published by Kemenko PMK and KemenPANRB and reported by JPNN, Okezone, Detik and Koran Jakarta;
 * Keppres 2/2025 (cuti bersama ASN 2025) as reported by ANTARA; the amending SKB 933/2025, 1/2025,
 * 3/2025 signed 7 August 2025 (adds cuti bersama on Monday 18 August 2025), as reported by JPNN,
 * Okezone, Fajar and Radar Sampit (which quotes its annex).
 * For 2026: the SKB 1497/2025, 2/2025, 5/2025 signed 19 September 2025, as announced by Kemenko
 * PMK and reported by Okezone, Tribunnews, Periskop/ANTARA and Brilio; Keppres 42/2025 (cuti
 * bersama ASN 2026) as reported by Okezone; Kemenag's sidang isbat of 19 March 2026 (Idul Fitri
 * 1447 H on Saturday 21 March 2026, as in the SKB).
 * 2027 is left out: no signed joint decree for 2027 was found (searched again on 6 December 2026:
 * news and government pages up to then report the 2025 and 2026 decrees only). Until an admin
 * enters it, 2027 deadlines are provisional and say so (docs/operations.md, "A new year's SKB").
 * The fixed-date holidays (1 January, 1 May, 1 June, 17 August, 25 December) need no entry: the
 * core knows them for every year (packages/core/src/calendar/fixed-holidays.ts).
 */

const SKB_2025 = 'SKB 3 Menteri 2025: Menag 1017/2024, Menaker 2/2024, MenPANRB 2/2024';
const SKB_2026 = 'SKB 3 Menteri 2026: Menag 1497/2025, Menaker 2/2025, MenPANRB 5/2025';

/**
 * The years whose decree ships in full above: a migration loads their days off and records
 * each year as loaded (calendar_year), so their deadlines are final on every installation.
 */
export const SHIPPED_DECREES: readonly ShippedDecree[] = [
  {
    year: 2025,
    legalBasis: `${SKB_2025}; perubahan: Menag 933/2025, Menaker 1/2025, MenPANRB 3/2025`,
  },
  { year: 2026, legalBasis: SKB_2026 },
];

export const NATIONAL_HOLIDAYS: readonly NationalHolidaySeed[] = [
  {
    date: '2025-01-01',
    kind: 'NATIONAL',
    nameId: 'Tahun Baru 2025 Masehi',
    nameEn: 'New Year 2025',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-01-27',
    kind: 'NATIONAL',
    nameId: 'Isra Mikraj Nabi Muhammad S.A.W.',
    nameEn: 'Isra Miraj (Ascension of the Prophet Muhammad)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-01-28',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili',
    nameEn: 'Joint leave for Chinese New Year 2576',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-01-29',
    kind: 'NATIONAL',
    nameId: 'Tahun Baru Imlek 2576 Kongzili',
    nameEn: 'Chinese New Year 2576',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-03-28',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1947)',
    nameEn: 'Joint leave for Nyepi (Saka New Year 1947)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-03-29',
    kind: 'NATIONAL',
    nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1947)',
    nameEn: 'Nyepi, Day of Silence (Saka New Year 1947)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-03-31',
    kind: 'NATIONAL',
    nameId: 'Idul Fitri 1446 Hijriah',
    nameEn: 'Eid al-Fitr 1446 AH (day 1)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-01',
    kind: 'NATIONAL',
    nameId: 'Idul Fitri 1446 Hijriah',
    nameEn: 'Eid al-Fitr 1446 AH (day 2)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-02',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1446 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-03',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1446 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-04',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1446 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-07',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1446 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-18',
    kind: 'NATIONAL',
    nameId: 'Wafat Yesus Kristus',
    nameEn: 'Good Friday',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-04-20',
    kind: 'NATIONAL',
    nameId: 'Kebangkitan Yesus Kristus (Paskah)',
    nameEn: 'Easter Sunday',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-05-01',
    kind: 'NATIONAL',
    nameId: 'Hari Buruh Internasional',
    nameEn: 'International Labour Day',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-05-12',
    kind: 'NATIONAL',
    nameId: 'Hari Raya Waisak 2569 BE',
    nameEn: 'Vesak Day 2569 BE',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-05-13',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Hari Raya Waisak 2569 BE',
    nameEn: 'Joint leave for Vesak Day 2569 BE',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-05-29',
    kind: 'NATIONAL',
    nameId: 'Kenaikan Yesus Kristus',
    nameEn: 'Ascension Day of Jesus Christ',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-05-30',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Kenaikan Yesus Kristus',
    nameEn: 'Joint leave for Ascension Day',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-06-01',
    kind: 'NATIONAL',
    nameId: 'Hari Lahir Pancasila',
    nameEn: 'Pancasila Day',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-06-06',
    kind: 'NATIONAL',
    nameId: 'Idul Adha 1446 Hijriah',
    nameEn: 'Eid al-Adha 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-06-09',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Adha 1446 Hijriah',
    nameEn: 'Joint leave for Eid al-Adha 1446 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-06-27',
    kind: 'NATIONAL',
    nameId: '1 Muharam Tahun Baru Islam 1447 Hijriah',
    nameEn: 'Islamic New Year 1447 AH',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-08-17',
    kind: 'NATIONAL',
    nameId: 'Proklamasi Kemerdekaan',
    nameEn: 'Independence Day',
    legalBasis: SKB_2025,
  },
  // Added by the amending SKB (its annex changes only the cuti bersama list of 2025).
  {
    date: '2025-08-18',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Proklamasi Kemerdekaan',
    nameEn: 'Joint leave for Independence Day (80th anniversary)',
    legalBasis: 'Perubahan SKB 3 Menteri 2025: Menag 933/2025, Menaker 1/2025, MenPANRB 3/2025',
  },
  {
    date: '2025-09-05',
    kind: 'NATIONAL',
    nameId: 'Maulid Nabi Muhammad S.A.W.',
    nameEn: 'Birthday of the Prophet Muhammad (Mawlid)',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-12-25',
    kind: 'NATIONAL',
    nameId: 'Kelahiran Yesus Kristus',
    nameEn: 'Christmas Day',
    legalBasis: SKB_2025,
  },
  {
    date: '2025-12-26',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Kelahiran Yesus Kristus',
    nameEn: 'Joint leave for Christmas',
    legalBasis: SKB_2025,
  },
  {
    date: '2026-01-01',
    kind: 'NATIONAL',
    nameId: 'Tahun Baru 2026 Masehi',
    nameEn: 'New Year 2026',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-01-16',
    kind: 'NATIONAL',
    nameId: 'Isra Mikraj Nabi Muhammad S.A.W.',
    nameEn: 'Isra Miraj (Ascension of the Prophet Muhammad)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-02-16',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili',
    nameEn: 'Joint leave for Chinese New Year 2577',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-02-17',
    kind: 'NATIONAL',
    nameId: 'Tahun Baru Imlek 2577 Kongzili',
    nameEn: 'Chinese New Year 2577',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-18',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Hari Suci Nyepi (Tahun Baru Saka 1948)',
    nameEn: 'Joint leave for Nyepi (Saka New Year 1948)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-19',
    kind: 'NATIONAL',
    nameId: 'Hari Suci Nyepi (Tahun Baru Saka 1948)',
    nameEn: 'Nyepi, Day of Silence (Saka New Year 1948)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-20',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1447 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1447 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-21',
    kind: 'NATIONAL',
    nameId: 'Idul Fitri 1447 Hijriah',
    nameEn: 'Eid al-Fitr 1447 AH (day 1)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-22',
    kind: 'NATIONAL',
    nameId: 'Idul Fitri 1447 Hijriah',
    nameEn: 'Eid al-Fitr 1447 AH (day 2)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-23',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1447 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1447 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-03-24',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Fitri 1447 Hijriah',
    nameEn: 'Joint leave for Eid al-Fitr 1447 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-04-03',
    kind: 'NATIONAL',
    nameId: 'Wafat Yesus Kristus',
    nameEn: 'Good Friday',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-04-05',
    kind: 'NATIONAL',
    nameId: 'Kebangkitan Yesus Kristus (Paskah)',
    nameEn: 'Easter Sunday',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-01',
    kind: 'NATIONAL',
    nameId: 'Hari Buruh Internasional',
    nameEn: 'International Labour Day',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-14',
    kind: 'NATIONAL',
    nameId: 'Kenaikan Yesus Kristus',
    nameEn: 'Ascension Day of Jesus Christ',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-15',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Kenaikan Yesus Kristus',
    nameEn: 'Joint leave for Ascension Day',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-27',
    kind: 'NATIONAL',
    nameId: 'Idul Adha 1447 Hijriah',
    nameEn: 'Eid al-Adha 1447 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-28',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Idul Adha 1447 Hijriah',
    nameEn: 'Joint leave for Eid al-Adha 1447 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-05-31',
    kind: 'NATIONAL',
    nameId: 'Hari Raya Waisak 2570 BE',
    nameEn: 'Vesak Day 2570 BE',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-06-01',
    kind: 'NATIONAL',
    nameId: 'Hari Lahir Pancasila',
    nameEn: 'Pancasila Day',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-06-16',
    kind: 'NATIONAL',
    nameId: '1 Muharam Tahun Baru Islam 1448 Hijriah',
    nameEn: 'Islamic New Year 1448 AH',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-08-17',
    kind: 'NATIONAL',
    nameId: 'Proklamasi Kemerdekaan',
    nameEn: 'Independence Day',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-08-25',
    kind: 'NATIONAL',
    nameId: 'Maulid Nabi Muhammad S.A.W.',
    nameEn: 'Birthday of the Prophet Muhammad (Mawlid)',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-12-24',
    kind: 'CUTI_BERSAMA',
    nameId: 'Cuti Bersama Kelahiran Yesus Kristus',
    nameEn: 'Joint leave for Christmas',
    legalBasis: SKB_2026,
  },
  {
    date: '2026-12-25',
    kind: 'NATIONAL',
    nameId: 'Kelahiran Yesus Kristus',
    nameEn: 'Christmas Day',
    legalBasis: SKB_2026,
  },
];

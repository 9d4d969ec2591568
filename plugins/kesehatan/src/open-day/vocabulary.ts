import type { LocalizedText } from '@posyandu-spm/core';

/**
 * Table 4: immunisations a health worker records (Kemenkes routine
 * immunisation schedule, Permenkes 12/2017 and its 2023–2024 additions).
 */
export const IMMUNIZATIONS = [
  'HB0',
  'BCG',
  'POLIO_1',
  'POLIO_2',
  'POLIO_3',
  'POLIO_4',
  'IPV_1',
  'IPV_2',
  'DPT_HB_HIB_1',
  'DPT_HB_HIB_2',
  'DPT_HB_HIB_3',
  'DPT_HB_HIB_4',
  'PCV_1',
  'PCV_2',
  'PCV_3',
  'ROTAVIRUS_1',
  'ROTAVIRUS_2',
  'ROTAVIRUS_3',
  'MR_1',
  'MR_2',
  'JE',
  'TD',
  'OTHER',
] as const;

/** Table 5: counselling topics (the Buku KIA's and the Posyandu ILP's themes). */
export const COUNSELLING_TOPICS: ReadonlyArray<{ value: string; label: LocalizedText }> = [
  { value: 'EXCLUSIVE_BREASTFEEDING', label: { id: 'ASI eksklusif', en: 'Exclusive breastfeeding' } },
  { value: 'COMPLEMENTARY_FEEDING', label: { id: 'MP-ASI', en: 'Complementary feeding' } },
  { value: 'NUTRITION', label: { id: 'Gizi seimbang', en: 'Balanced nutrition' } },
  { value: 'CHILD_DEVELOPMENT', label: { id: 'Stimulasi tumbuh kembang', en: 'Child development' } },
  {
    value: 'PREGNANCY_CARE',
    label: { id: 'Perawatan dan tanda bahaya kehamilan', en: 'Pregnancy care, danger signs' },
  },
  { value: 'POSTPARTUM_CARE', label: { id: 'Perawatan nifas', en: 'Postpartum care' } },
  { value: 'FAMILY_PLANNING', label: { id: 'Keluarga berencana', en: 'Family planning' } },
  { value: 'IMMUNIZATION', label: { id: 'Imunisasi', en: 'Immunisation' } },
  { value: 'HYPERTENSION', label: { id: 'Hipertensi', en: 'High blood pressure' } },
  { value: 'NON_COMMUNICABLE_DISEASE', label: { id: 'Penyakit tidak menular', en: 'Non-communicable diseases' } },
  { value: 'HYGIENE_SANITATION', label: { id: 'PHBS dan sanitasi', en: 'Hygiene and sanitation' } },
  { value: 'ADOLESCENT_HEALTH', label: { id: 'Kesehatan remaja', en: 'Adolescent health' } },
  { value: 'OTHER', label: { id: 'Lainnya', en: 'Other' } },
];

import type { FactDefinition } from '@posyandu-spm/core';

/**
 * The target groups (sasaran) of the health SPM, deck slide "Langkah-langkah
 * Pelaksanaan SPM Kesehatan", item 1a: "ibu hamil, melahirkan, ibu menyusui,
 * bayi baru lahir, balita, anak usia sekolah dan remaja, dan lansia".
 *
 * One vocabulary for the whole sector: the home-visit monitoring case asks it
 * (`targetGroup`), and the open-day module (the five tables, a later issue)
 * must import it from here rather than spell the groups again.
 *
 * @example
 * TARGET_GROUPS.find((g) => g.value === 'TODDLER')?.label.id // 'Balita'
 */
export const TARGET_GROUPS = [
  { value: 'PREGNANT', label: { id: 'Ibu hamil', en: 'Pregnant woman' } },
  { value: 'GIVING_BIRTH', label: { id: 'Ibu melahirkan (bersalin/nifas)', en: 'Woman giving birth (postpartum)' } },
  { value: 'BREASTFEEDING', label: { id: 'Ibu menyusui', en: 'Breastfeeding mother' } },
  { value: 'NEWBORN', label: { id: 'Bayi baru lahir', en: 'Newborn' } },
  { value: 'TODDLER', label: { id: 'Balita', en: 'Toddler (under five)' } },
  { value: 'SCHOOL_AGE_TEEN', label: { id: 'Anak usia sekolah dan remaja', en: 'School-age child or teenager' } },
  { value: 'ELDERLY', label: { id: 'Lansia', en: 'Elderly person' } },
] as const;

export type TargetGroup = (typeof TARGET_GROUPS)[number]['value'];

export const TARGET_GROUP_VALUES: readonly TargetGroup[] = TARGET_GROUPS.map((g) => g.value);

/** The intake question naming the monitored person's target group. */
export const targetGroupFact: FactDefinition = {
  id: 'targetGroup',
  label: { id: 'Kelompok sasaran', en: 'Target group' },
  type: 'choice',
  required: true,
  options: TARGET_GROUPS,
};

import type { ServiceTypeDefinition } from './contract.js';
import type { LocalizedText } from '../errors/domain-error.js';

/**
 * Who a basic service is for (penerima / sasaran), one vocabulary across sectors so that a
 * kabupaten's SPM team can read "lansia" in sosial and in kesehatan as the same group
 * (PP 2/2018 Pasal 1: "penerima pelayanan dasar"). Upper case, like every enum of the schema.
 */
export const PENERIMA_CATEGORIES = [
  'PREGNANT_WOMAN',
  'WOMAN_GIVING_BIRTH',
  'NEWBORN',
  'TODDLER',
  'CHILD',
  'PRODUCTIVE_AGE',
  'ELDERLY',
  'PERSON_WITH_DISABILITY',
  'HOMELESS_OR_BEGGAR',
  'DISASTER_VICTIM',
  'VIOLENCE_VICTIM',
  'HOUSEHOLD',
  'COMMUNITY',
  'RESIDENT',
] as const;
export type PenerimaCategory = (typeof PENERIMA_CATEGORIES)[number];

export const PENERIMA_LABELS: Record<PenerimaCategory, LocalizedText> = {
  PREGNANT_WOMAN: { id: 'Ibu hamil', en: 'Pregnant woman' },
  WOMAN_GIVING_BIRTH: { id: 'Ibu bersalin / nifas', en: 'Woman giving birth (postpartum)' },
  NEWBORN: { id: 'Bayi baru lahir', en: 'Newborn' },
  TODDLER: { id: 'Balita', en: 'Child under five' },
  CHILD: { id: 'Anak usia sekolah (5–18 tahun)', en: 'School-age child (5–18)' },
  PRODUCTIVE_AGE: { id: 'Warga usia produktif', en: 'Working-age resident' },
  ELDERLY: { id: 'Lanjut usia', en: 'Elderly person' },
  PERSON_WITH_DISABILITY: { id: 'Penyandang disabilitas', en: 'Person with disability' },
  HOMELESS_OR_BEGGAR: { id: 'Gelandangan dan pengemis', en: 'Homeless person or beggar' },
  DISASTER_VICTIM: { id: 'Korban bencana', en: 'Disaster victim' },
  VIOLENCE_VICTIM: { id: 'Korban kekerasan', en: 'Victim of violence' },
  HOUSEHOLD: { id: 'Rumah tangga', en: 'Household' },
  COMMUNITY: { id: 'Warga masyarakat (RT/dusun/desa)', en: 'Community (RT, dusun, village)' },
  RESIDENT: { id: 'Warga perorangan (semua umur)', en: 'Individual resident (any age)' },
};

/**
 * A jenis pelayanan dasar (type of basic service) of a sector's SPM regulation (API 1.5), e.g.
 * Permensos 9/2018's "rehabilitasi sosial dasar lanjut usia terlantar di luar panti". Reports count
 * per service and penerima; sasaran (targets) are set per service.
 *
 * @example
 * { id: 'rehsos-lansia', name: { id: 'Rehabilitasi sosial dasar lanjut usia terlantar di luar panti',
 *   en: 'Basic social rehabilitation of neglected elderly people outside institutions' },
 *   basis: 'Permensos 9/2018 Pasal 2 ayat (2) huruf c', spm: true }
 */
export interface SpmServiceDefinition {
  /** Unique within the plugin, lower-kebab-case. */
  id: string;
  /** The name as the regulation writes it. */
  name: LocalizedText;
  /** The regulation and article that lists the service, e.g. `Permenkes 4/2019 Lampiran, huruf B.1`. */
  basis: string;
  /**
   * `true`: one of the regulation's jenis pelayanan dasar, counted toward SPM achievement.
   * `false`: a supporting service the desk also handles (e.g. reactivating a BPJS card), reported
   * beside the SPM services but never counted as SPM achievement.
   */
  spm: boolean;
}

/** Where a case of a service type is counted: one jenis pelayanan dasar and one penerima (API 1.5). */
export interface SpmTarget {
  /** An id of the plugin's `spmServices`. */
  service: string;
  penerima: PenerimaCategory;
}

/**
 * How a service type maps to the SPM (API 1.5): one target for all its cases, or — when the
 * intake form already asks who the case is for — a target per option of one `choice` fact
 * (every option mapped), e.g. the health monitoring case by its `targetGroup`.
 *
 * @example
 * { service: 'rehsos-lansia', penerima: 'ELDERLY' }
 * { byFact: 'targetGroup', targets: { PREGNANT: { service: 'kesehatan-ibu-hamil', penerima: 'PREGNANT_WOMAN' }, … } }
 */
export type SpmMapping = SpmTarget | { byFact: string; targets: Readonly<Record<string, SpmTarget>> };

/**
 * The service types with their SPM mapping set from a table kept beside them (a plugin's
 * `<sector>.spm.ts`); a type the table leaves out stays unmapped and fails the plugin check.
 *
 * @example
 * serviceTypes: withSpmMapping(SOSIAL_SERVICE_TYPES, { 'elderly-services': { service: 'rehsos-lansia', penerima: 'ELDERLY' } })
 */
export function withSpmMapping(
  serviceTypes: readonly ServiceTypeDefinition[],
  mapping: Readonly<Record<string, SpmMapping>>,
): ServiceTypeDefinition[] {
  return serviceTypes.map((t) => {
    const spm = mapping[t.id];
    return spm ? { ...t, spm } : t;
  });
}

/** The target of one case, from its service type's mapping and its answers; null when unmapped. */
export function spmTargetOf(
  mapping: SpmMapping | undefined,
  facts: Readonly<Record<string, unknown>>,
): SpmTarget | null {
  if (!mapping) return null;
  if ('service' in mapping) return mapping;
  const answer = facts[mapping.byFact];
  return typeof answer === 'string' ? (mapping.targets[answer] ?? null) : null;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { ResolvedServiceType, SpmPlugin } from '@posyandu-spm/core';
import type { RegistrationValues } from '@posyandu-spm/core/intake';
import type { CaseWarning } from '../../entities/case.entity.js';
import { nikRegionWarnings } from '../nik-region.js';
import { priorCaseWarnings } from '../prior-case-warnings.js';

/**
 * What the officers should know before they act (the case is registered anyway):
 * an anonymous complaint with no contact, an earlier case that already served the
 * family, a NIK naming a region the area table does not know.
 */
export async function registrationWarnings(
  em: EntityManager,
  plugin: SpmPlugin,
  type: ResolvedServiceType,
  form: RegistrationValues,
): Promise<CaseWarning[]> {
  const { applicant, beneficiaries } = form;
  const warnings: CaseWarning[] = [];
  if (plugin.reporterIdentityOptional && !applicant.nik && !applicant.phone) {
    warnings.push({
      code: 'MAY_BE_DISREGARDED',
      message: {
        id: 'Pelapor tidak menyebutkan identitas dan tidak ada kontak yang bisa dihubungi; pengaduan dapat diabaikan.',
        en: 'The reporter gave no identity and no contact; the complaint may be disregarded.',
      },
    });
  }
  warnings.push(...(await priorCaseWarnings(em, plugin.id, type, { nik: applicant.nik, kk: applicant.kkNumber })));
  warnings.push(
    ...(await nikRegionWarnings(em, [
      { field: 'applicant.nik', nik: applicant.nik },
      ...beneficiaries.map((b, i) => ({ field: `beneficiaries.${i}.nik`, nik: b.nik })),
    ])),
  );
  return warnings;
}

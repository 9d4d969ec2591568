import type { EntityManager } from '@mikro-orm/postgresql';
import { nikRegion, parseNik } from '@posyandu-spm/core';
import { ReferenceCache } from '../cache/reference-cache.js';
import { Area } from '../entities/area.entity.js';
import type { CaseWarning } from '../entities/case.entity.js';

/**
 * A warning (never a rejection) for each NIK whose kabupaten or kecamatan of
 * first registration is not in the area table although its province is: area
 * codes change by decree (splits, renumbering), so an old NIK may name a code
 * that no longer exists. Only where the area table holds a level fully enough to
 * judge (more than one kabupaten of the province, more than one kecamatan of the
 * kabupaten) does a missing code warn: a database with one imported kabupaten
 * says nothing about the others.
 */
export async function nikRegionWarnings(
  em: EntityManager,
  niks: ReadonlyArray<{ field: string; nik: string | null }>,
): Promise<CaseWarning[]> {
  const parsed = niks.flatMap(({ field, nik }) => {
    const r = nik ? parseNik(nik, field) : null;
    return r?.ok ? [{ field, region: nikRegion(r.value), province: r.value.provinceCode }] : [];
  });
  if (!parsed.length) return [];
  const codes = [...new Set(parsed.flatMap((p) => [p.region.kabupaten, p.region.kecamatan]))];
  // The area table changes by decree: its answers are kept per instance until it changes.
  const cache = ReferenceCache.of(em);
  const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => (cache ? cache.get(key, load) : load());
  codes.sort();
  const known = new Set(
    await cached(`area:known:${codes.join(',')}`, async () =>
      (await em.find(Area, { code: { $in: codes } }, { fields: ['code'] })).map((a) => a.code),
    ),
  );
  const judged = (parent: string, level: 'KABUPATEN' | 'KECAMATAN'): Promise<boolean> =>
    cached(`area:judged:${parent}:${level}`, async () => (await em.count(Area, { parentCode: parent, level })) > 1);
  const warnings: CaseWarning[] = [];
  for (const { field, region, province } of parsed) {
    let unknown: string | null = null;
    if (!known.has(region.kabupaten)) unknown = (await judged(province, 'KABUPATEN')) ? region.kabupaten : null;
    else if (!known.has(region.kecamatan))
      unknown = (await judged(region.kabupaten, 'KECAMATAN')) ? region.kecamatan : null;
    if (!unknown) continue;
    warnings.push({
      code: 'NIK_REGION_UNKNOWN',
      message: {
        id: `${field}: kode wilayah ${unknown} pada NIK tidak ada dalam daftar wilayah saat ini (mungkin kode lama). NIK tetap diterima; periksa KTP bila ragu.`,
        en: `${field}: the NIK's area code ${unknown} is not in the current area list (perhaps an old code). The NIK is accepted; check the KTP if in doubt.`,
      },
    });
  }
  return warnings;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Holiday } from '../entities/holiday.entity.js';
import { NATIONAL_HOLIDAYS } from './national-holidays.data.js';

/**
 * Loads the decreed national holidays and cuti bersama (with their legal basis)
 * that are not in the table yet. Existing rows are left as admins edited them.
 */
export async function seedNationalHolidays(em: EntityManager): Promise<number> {
  const existing = await em.find(Holiday, { areaCode: null });
  const have = new Set(existing.map((h) => `${h.date}|${h.kind}`));
  let added = 0;
  for (const h of NATIONAL_HOLIDAYS) {
    if (have.has(`${h.date}|${h.kind}`)) continue;
    em.persist(em.create(Holiday, { ...h, areaCode: null }));
    added += 1;
  }
  await em.flush();
  return added;
}

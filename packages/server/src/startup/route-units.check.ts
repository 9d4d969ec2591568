import { ORG_UNIT_KIND_LABELS } from '@posyandu-spm/core';
import type { StartupCheck, StartupFault } from './startup-check.js';

interface UnitRow {
  kabupaten_code: string;
  kabupaten_name: string;
  kind: string;
  services: string[];
}

/**
 * Every route of every plugin leads somewhere in each kabupaten the system serves (one with
 * at least one org unit): a unit of the route's kind, offering the route's service, somewhere
 * in the kabupaten. Otherwise the first case of that sector to take the route there fails
 * with ROUTE_NOT_FOUND in front of a citizen. Which desa or kecamatan lacks its own unit is
 * the admin's business (the org chart rules); a kind missing from a whole kabupaten is a
 * configuration that cannot work.
 */
export const routeUnitsCheck: StartupCheck = {
  name: 'routes',
  description: 'every plugin route finds a unit of its kind (and service) in each kabupaten served',
  async run({ em, registry }) {
    const rows = await em.getConnection().execute<UnitRow[]>(
      `select k.code as kabupaten_code, k.name as kabupaten_name, u.kind, u.services
         from org_unit u
         join area k on k.level = 'KABUPATEN' and (u.area_code = k.code or u.area_code like k.code || '.%')`,
    );
    const kabupatens = new Map<string, { name: string; units: UnitRow[] }>();
    for (const row of rows) {
      const entry = kabupatens.get(row.kabupaten_code) ?? { name: row.kabupaten_name, units: [] };
      entry.units.push(row);
      kabupatens.set(row.kabupaten_code, entry);
    }
    const faults: StartupFault[] = [];
    for (const [code, { name, units }] of kabupatens) {
      for (const plugin of registry.plugins) {
        for (const route of plugin.routes) {
          const found = units.some(
            (u) => u.kind === route.unitKind && (!route.service || u.services.includes(route.service)),
          );
          if (found) continue;
          const kind = `${route.unitKind} (${ORG_UNIT_KIND_LABELS[route.unitKind].en})`;
          const wanted = route.service ? `${kind} offering the service "${route.service}"` : kind;
          faults.push({
            check: 'routes',
            subject: `${plugin.id} in ${name} (${code})`,
            code: 'ROUTE_UNIT_MISSING',
            message: `route "${route.id}" leads to a unit of kind ${wanted}, but no unit of ${name} is one`,
            remedy:
              `add that unit (the admin page's "Unit kerja" tab, or the createOrgUnit mutation)` +
              (route.service ? ` or add "${route.service}" to the services of the unit that does this work` : '') +
              `; to reach the admin page meanwhile, start once with STARTUP_CHECKS=warn`,
          });
        }
      }
    }
    return faults;
  },
};

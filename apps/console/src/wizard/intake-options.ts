import type { Me } from '../auth/auth';
import type { SectorView } from './sector-form';

/** Sectors this user may register in, with the org unit to register at (their first intake unit). */
export function intakeOptions(sectors: readonly SectorView[], me: Me | null): { sector: SectorView; unitId: string }[] {
  return sectors.flatMap((sector) => {
    const membership = me?.memberships.find(
      (m) => sector.intakeRoles.includes(m.role) && sector.intakeUnitKinds.includes(m.orgUnit.kind),
    );
    return membership ? [{ sector, unitId: membership.orgUnit.id }] : [];
  });
}

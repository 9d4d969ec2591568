import { forbidden, validationFailed, type Membership, type Principal, type SpmPlugin } from '@posyandu-spm/core';

/**
 * The membership the case is registered through: a role of the sector's intake
 * roles (KADER by default) in a unit of its intake kinds (POSYANDU by default),
 * the one named by `orgUnitId` when the user belongs to several.
 */
export function intakeMembership(principal: Principal, plugin: SpmPlugin, orgUnitId?: string | null): Membership {
  const kinds = plugin.intakeUnitKinds ?? ['POSYANDU'];
  const roles = plugin.intakeRoles ?? ['KADER'];
  const candidates = principal.memberships.filter(
    (m) => kinds.includes(m.orgUnitKind) && roles.includes(m.role) && (!orgUnitId || m.orgUnitId === orgUnitId),
  );
  const intake = candidates[0];
  if (!intake) {
    throw forbidden({
      id: `Kasus ${plugin.name.id} hanya dapat didaftarkan oleh ${roles.join('/')} di unit ${kinds.join('/')}.`,
      en: `${plugin.name.en} cases can only be registered by ${roles.join('/')} of a ${kinds.join('/')} unit.`,
    });
  }
  if (new Set(candidates.map((c) => c.orgUnitId)).size > 1) {
    throw validationFailed([
      {
        field: 'orgUnitId',
        label: { id: 'Unit pendaftar', en: 'Registering unit' },
        message: { id: 'Pilih unit tempat kasus didaftarkan.', en: 'Choose the unit registering the case.' },
      },
    ]);
  }
  return intake;
}

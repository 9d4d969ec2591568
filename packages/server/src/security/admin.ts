import { forbidden, isAdmin, type Principal } from '@posyandu-spm/core';
import { requirePrincipal } from '../services/principal.js';

/** The admin's areas (their units' area codes); FORBIDDEN for anyone who is not an admin. */
export function requireAdmin(principal: Principal | null): { principal: Principal; areaCodes: string[] } {
  const p = requirePrincipal(principal);
  if (!isAdmin(p)) {
    throw forbidden({
      id: 'Hanya admin kabupaten yang boleh melakukan ini.',
      en: 'Only a kabupaten administrator may do this.',
    });
  }
  return { principal: p, areaCodes: p.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.areaCode) };
}

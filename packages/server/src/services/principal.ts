import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, type Principal } from '@posyandu-spm/core';
import { Membership } from '../entities/membership.entity.js';
import { User } from '../entities/user.entity.js';

/** Loads who a user is for the access policy: their memberships with each unit's kind and area. */
export async function loadPrincipal(em: EntityManager, userId: string): Promise<Principal | null> {
  const user = await em.findOne(User, { id: userId, active: true });
  if (!user) return null;
  const memberships = await em.find(Membership, { user: userId }, { populate: ['orgUnit'] });
  return {
    userId,
    memberships: memberships.map((m) => {
      const unit = m.orgUnit.getEntity();
      return { orgUnitId: unit.id, orgUnitKind: unit.kind, areaCode: unit.area.code, role: m.role };
    }),
  };
}

/**
 * The person a change is written under: the user, or for an API key the admin who made it
 * (rows that name a user — registeredBy, updatedBy — need a person answerable for the key).
 */
export function accountableUserId(principal: Principal): string {
  return principal.apiClient?.createdByUserId ?? principal.userId;
}

/** Who an event names: the user; for an API key, the key and the person who made it. */
export function eventActor(principal: Principal): { actorId: string; apiKeyId: string | null } {
  return { actorId: accountableUserId(principal), apiKeyId: principal.apiClient?.keyId ?? null };
}

export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) {
    throw new DomainError('UNAUTHENTICATED', {
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please log in first.',
    });
  }
  return principal;
}

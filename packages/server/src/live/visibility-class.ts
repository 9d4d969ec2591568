import type { Principal } from '@posyandu-spm/core';
import type { AuthInfo } from '../security/authenticate.js';
import type { LiveAudience } from './live-iterator.js';

/**
 * The visibility class of a subscriber: everything the access policy and the field
 * policy may use to decide what they see, except who they are — their memberships
 * (role, unit, unit kind, area), an API key's limits and how they logged in. Two
 * subscribers of one class get the same answer from every decision that does not
 * name the user; an execution that does ask for the user is noticed (see
 * {@link SharedIdentity}) and is not shared.
 */
export function visibilityClass(principal: Principal, auth: AuthInfo | null, audience: LiveAudience): string {
  const memberships = principal.memberships
    .map((m) => `${m.role}|${m.orgUnitId}|${m.orgUnitKind}|${m.areaCode}`)
    .sort()
    .join(',');
  const api = principal.apiClient
    ? `${principal.apiClient.keyId}|${principal.apiClient.scope}|${[...(principal.apiClient.sectorIds ?? ['*'])].sort().join('+')}`
    : '';
  const user = audience === 'user' ? principal.userId : '';
  return `${auth?.kind ?? 'none'};${memberships};${api};${user}`;
}

/** Set when an execution read something that names the subscriber (their user id, session or address). */
export interface PersonalRead {
  personal: boolean;
  /**
   * Set when it read the class itself (the memberships, an API key's limits): its result then holds
   * only for this class. One that read neither is the same for every class of the same document,
   * variables and kind of login, and the hub sends it to each of those groups that the event reaches.
   */
  classRead?: boolean;
}

/** Who an execution runs as: the principal, how they logged in, and where from. */
export interface LiveIdentity {
  principal: Principal;
  auth: AuthInfo | null;
  clientIp: string;
}

/**
 * The identity a shared execution runs as: the class's memberships and API-key limits,
 * and getters that mark the execution personal when a resolver reads the user id (unless
 * the class is per user), the session or the client address. A personal result is never
 * sent to anyone else: the hub executes again for each subscriber.
 */
export function sharedIdentity(rep: LiveIdentity, audience: LiveAudience, read: PersonalRead): LiveIdentity {
  const { principal, auth } = rep;
  const shared = {
    get memberships(): Principal['memberships'] {
      read.classRead = true;
      return principal.memberships;
    },
    get userId(): string {
      if (audience !== 'user') read.personal = true;
      return principal.userId;
    },
  } as Principal;
  // Present only for an API client, as on the principal (whether it is one is part of the share key).
  if (principal.apiClient) {
    Object.defineProperty(shared, 'apiClient', {
      enumerable: true,
      get() {
        read.classRead = true;
        return principal.apiClient;
      },
    });
  }
  let sharedAuth: AuthInfo | null = null;
  if (auth) {
    // Only the kind is part of the class; any other property names this subscriber's session or key.
    sharedAuth = new Proxy(auth, {
      get(target, property, receiver) {
        if (property !== 'kind') read.personal = true;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
  }
  return {
    principal: shared,
    auth: sharedAuth,
    get clientIp(): string {
      read.personal = true;
      return rep.clientIp;
    },
  };
}

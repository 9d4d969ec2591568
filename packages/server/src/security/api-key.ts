import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, apiClientRole, type ApiKeyScope, type OrgUnitKind, type Principal } from '@posyandu-spm/core';

/**
 * An API key reads `psk_` + 12 hex digits (the prefix, stored in clear and shown
 * in lists) + 43 base64url characters (256 random bits, stored only as a SHA-256
 * hash). One format, checked before any database lookup.
 */
const KEY_FORMAT = /^(psk_[0-9a-f]{12})([A-Za-z0-9_-]{43})$/;

export function newApiKeySecret(): { key: string; prefix: string; hash: string } {
  const prefix = `psk_${randomBytes(6).toString('hex')}`;
  const key = `${prefix}${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith('psk_');
}

function keyError(code: 'API_KEY_INVALID' | 'API_KEY_REVOKED' | 'API_KEY_EXPIRED'): DomainError {
  const messages = {
    API_KEY_INVALID: { id: 'Kunci API tidak dikenal.', en: 'Unknown API key.' },
    API_KEY_REVOKED: {
      id: 'Kunci API ini sudah dicabut. Minta kunci baru kepada admin kabupaten.',
      en: 'This API key has been revoked. Ask the kabupaten admin for a new one.',
    },
    API_KEY_EXPIRED: {
      id: 'Kunci API ini sudah kedaluwarsa. Minta kunci baru kepada admin kabupaten.',
      en: 'This API key has expired. Ask the kabupaten admin for a new one.',
    },
  }[code];
  return new DomainError(code, messages);
}

interface KeyRow {
  id: string;
  secret_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
  org_unit_id: string;
  created_by_id: string;
  scope: ApiKeyScope;
  sector_ids: string[] | null;
  kind: OrgUnitKind;
  area_code: string;
}

export interface ApiKeyPrincipal {
  principal: Principal;
  apiKeyId: string;
  orgUnitId: string;
  scope: ApiKeyScope;
}

/** last_used_at is written at most once a minute per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The principal an API key acts as: exactly one membership, in the key's org
 * unit, with the role that unit's officers have (OPD_OFFICER for an OPD, …), so
 * the key reaches what that unit reaches and nothing else. Refuses an unknown
 * key (API_KEY_INVALID), and — only once the secret matches — a revoked or
 * expired one with its own code, so an operator knows to ask for a new key.
 * `onRefused` is told about refused known keys (for the audit log).
 */
export async function authenticateApiKey(
  em: EntityManager,
  key: string,
  now: Date,
  onRefused?: (apiKeyId: string, code: string) => Promise<void>,
): Promise<ApiKeyPrincipal> {
  const match = KEY_FORMAT.exec(key);
  if (!match) throw keyError('API_KEY_INVALID');
  const rows = await em.getConnection().execute<KeyRow[]>(
    `select k.id, k.secret_hash, k.expires_at, k.revoked_at, k.last_used_at, k.org_unit_id, k.created_by_id, k.scope,
            k.sector_ids, u.kind, u.area_code
       from api_key k join org_unit u on u.id = k.org_unit_id where k.prefix = ?`,
    [match[1]],
  );
  const row = rows[0];
  const given = Buffer.from(hashApiKey(key), 'hex');
  // Compare even when the prefix is unknown, so timing says nothing about which prefixes exist.
  const stored = Buffer.from(row?.secret_hash ?? '0'.repeat(64), 'hex');
  if (!timingSafeEqual(given, stored) || !row) throw keyError('API_KEY_INVALID');
  const role = apiClientRole(row.kind);
  const refusal = row.revoked_at ? 'API_KEY_REVOKED' : new Date(row.expires_at) <= now ? 'API_KEY_EXPIRED' : null;
  if (refusal || !role) {
    await onRefused?.(row.id, refusal ?? 'API_KEY_INVALID');
    throw keyError(refusal ?? 'API_KEY_INVALID');
  }
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() >= LAST_USED_RESOLUTION_MS) {
    await em
      .getConnection()
      .execute('update api_key set last_used_at = ? where id = ?', [now.toISOString(), row.id], 'run');
  }
  return {
    apiKeyId: row.id,
    orgUnitId: row.org_unit_id,
    scope: row.scope,
    principal: {
      // No user has this id: `me` is null and nothing is attributed to a person.
      userId: row.id,
      memberships: [{ orgUnitId: row.org_unit_id, orgUnitKind: row.kind, areaCode: row.area_code, role }],
      apiClient: {
        keyId: row.id,
        scope: row.scope,
        sectorIds: row.sector_ids,
        createdByUserId: row.created_by_id,
      },
    },
  };
}

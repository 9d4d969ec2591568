import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, errors, jwtVerify } from 'jose';

const ISSUER = 'posyandu-spm';

/** What a login token says: whose it is, and which session and generation it belongs to. */
export interface TokenClaims {
  userId: string;
  /** Null for a token signed without a session (none are issued any more; refused). */
  sessionId: string | null;
  generation: number | null;
}

export interface TokenService {
  /** Minutes a token lives; a refresh issues a new one for as long, within the session's absolute limit. */
  readonly ttlMinutes: number;
  /** Minutes a session lives at most from login, however often it is refreshed. */
  readonly sessionMaxMinutes: number;
  sign(
    userId: string,
    session?: { id: string; generation: number; notAfter?: Date },
  ): Promise<{ token: string; expiresAt: Date }>;
  /** The user id, or null when the token is invalid or expired. */
  verify(token: string): Promise<string | null>;
  /** The claims, or null when the token is invalid or expired. */
  claims(token: string): Promise<TokenClaims | null>;
}

export function createTokenService(
  secret: string,
  ttlMinutes: number,
  sessionMaxMinutes: number = 7 * 24 * 60,
): TokenService {
  const key = new TextEncoder().encode(secret);
  /**
   * Tokens whose signature was checked, until they expire: a client sends the same token with
   * every request, and the HMAC check through WebCrypto cost ~9 % of a registration's CPU
   * (issue 18). Only the identical string hits; the session behind it is still checked on every
   * request (security/sessions.ts), so a logout or revocation takes effect as before.
   */
  const verified = new Map<string, { claims: TokenClaims; expiresAtMs: number }>();
  const claims = async (token: string): Promise<TokenClaims | null> => {
    const known = verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.claims;
      verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') return null;
      const checked: TokenClaims = {
        userId: payload.sub,
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        generation: typeof payload.gen === 'number' ? payload.gen : null,
      };
      if (typeof payload.exp === 'number') {
        // Bounded: forget them all rather than grow without end (they are only checked again).
        if (verified.size >= 10_000) verified.clear();
        verified.set(token, { claims: checked, expiresAtMs: payload.exp * 1000 });
      }
      return checked;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  };
  return {
    ttlMinutes,
    sessionMaxMinutes,
    async sign(userId, session) {
      const until = Math.min(Date.now() + ttlMinutes * 60_000, session?.notAfter?.getTime() ?? Infinity);
      const expiresAt = new Date(Math.floor(until / 1000) * 1000);
      const token = await new SignJWT(session ? { sid: session.id, gen: session.generation } : {})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(expiresAt.getTime() / 1000)
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      return (await claims(token))?.userId ?? null;
    },
    claims,
  };
}

/**
 * The signing secret: TOKEN_SECRET when set (required in production), otherwise
 * one generated once and kept in the data folder, so development logins survive restarts.
 */
export function resolveTokenSecret(configured: string | undefined, dataDir: string, production: boolean): string {
  if (configured) return configured;
  if (production) throw new Error('TOKEN_SECRET must be set (at least 32 characters) when NODE_ENV=production');
  const file = path.join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

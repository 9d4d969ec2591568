import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SignJWT, errors, jwtVerify } from 'jose';

const ISSUER = 'posyandu-spm';

export interface TokenService {
  sign(userId: string): Promise<{ token: string; expiresAt: Date }>;
  /** The user id, or null when the token is invalid or expired. */
  verify(token: string): Promise<string | null>;
}

export function createTokenService(secret: string, ttlMinutes: number): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    async sign(userId) {
      const expiresAt = new Date(Date.now() + ttlMinutes * 60_000);
      const token = await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        return typeof payload.sub === 'string' ? payload.sub : null;
      } catch (error) {
        if (error instanceof errors.JOSEError) return null;
        throw error;
      }
    },
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

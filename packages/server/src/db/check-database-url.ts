import pg from 'pg';
import { StartupError } from '../startup/startup-error.js';
import { databaseErrorCode } from './database-errors.js';

/** host:port/database of a URL, never its password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** What to say for a connection error: what failed, and what to do. */
function explain(code: string | undefined, at: string): { message: string; remedy: string } {
  switch (code) {
    case 'ECONNREFUSED':
      return {
        message: `the database at ${at} (DATABASE_URL) refuses connections: no PostgreSQL listens there`,
        remedy:
          'start PostgreSQL there, or fix the host and port in DATABASE_URL (unset it to use the embedded database)',
      };
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return {
        message: `the database host of DATABASE_URL (${at}) is not known (${code})`,
        remedy: 'fix the host name in DATABASE_URL, or the DNS of this machine',
      };
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'CONNECT_TIMEOUT':
      return {
        message: `the database at ${at} (DATABASE_URL) does not answer (${code})`,
        remedy: 'check that PostgreSQL runs there and that the network or a firewall lets this machine reach it',
      };
    case '28P01':
    case '28000':
      return {
        message: `the database at ${at} refused the user or password of DATABASE_URL (${code})`,
        remedy: 'fix the user and password in DATABASE_URL, or pg_hba.conf on the database server',
      };
    case '3D000':
      return {
        message: `the database named in DATABASE_URL does not exist at ${at}`,
        remedy: 'create it (createdb <name>) or fix its name in DATABASE_URL',
      };
    default:
      return {
        message: `the database at ${at} (DATABASE_URL) cannot be used (${code ?? 'no code'})`,
        remedy: 'check DATABASE_URL and the database server’s log',
      };
  }
}

/**
 * Connects once to DATABASE_URL before anything else does, so that a database that cannot be
 * reached stops the start with what failed and what to do, within `timeoutMs`.
 */
export async function checkDatabaseUrl(url: string, timeoutMs = 10_000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const code = databaseErrorCode(error) ?? (/timeout/i.test(String(error)) ? 'CONNECT_TIMEOUT' : undefined);
    const { message, remedy } = explain(code, where(url));
    throw new StartupError([
      { check: 'database', subject: 'DATABASE_URL', code: 'DATABASE_UNREACHABLE', message, remedy },
    ]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

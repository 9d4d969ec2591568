import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Admin connection to the test PostgreSQL server (CI and dev machines: 127.0.0.1:5432, trust auth). */
export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The migrated, seeded database every test database is copied from, made by
 * global-setup.ts once per run; its name is unique per run (passed to the test
 * workers in PSP_TEMPLATE_DATABASE), so two runs on one server never collide.
 */
export function templateDatabase(): string {
  const name = process.env.PSP_TEMPLATE_DATABASE;
  if (!name)
    throw new Error('PSP_TEMPLATE_DATABASE is not set: run tests through vitest (its global setup makes the template)');
  return name;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database copied from the template: every test file gets its own. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `psp_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await client.query(`create database ${name} template ${templateDatabase()}`);
        return;
      } catch (error) {
        // Another file copying the template at the same moment: wait and retry.
        if (attempt < 20 && /being accessed by other users/.test(String(error))) {
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
          continue;
        }
        throw error;
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdmin(async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin(async (client) => void (await client.query(`drop database if exists ${name} with (force)`)));
}

export async function recreateDatabase(name: string): Promise<string> {
  await withAdmin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  });
  return databaseUrl(name);
}

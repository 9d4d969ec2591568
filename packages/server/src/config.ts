import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** Everything the server reads from its environment, checked once at start-up. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  /** Where the embedded PostgreSQL keeps its files when DATABASE_URL is unset (default: `.data` at the repo root). */
  DATA_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Secret for signing login tokens; generated and stored in DATA_DIR when unset (development only). */
  TOKEN_SECRET: z.string().min(32).optional(),
  TOKEN_TTL_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 60),
  /** A login session ends this many hours after login, however often its token is refreshed. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24),
  /** How often each instance runs the deadline clock (due soon, overdue, escalation). */
  DEADLINE_CHECK_SECONDS: z.coerce.number().int().min(0).default(60),
  /** SMTP server for e-mail notifications, e.g. smtp://user:pass@mail.example.go.id:587; unset: e-mails wait in the outbox. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('Posyandu SPM <no-reply@posyandu-spm.invalid>'),
  OUTBOX_SECONDS: z.coerce.number().int().min(0).default(30),
  /** How many days back a live subscriber may resume with an event cursor; older cursors must refetch. */
  EVENT_REPLAY_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** The built console served at `/` (default: apps/console/dist of this checkout); `none` serves the API only. */
  CONSOLE_DIR: z.string().optional(),
  /** Where uploaded documents are stored (default: DATA_DIR/files). */
  FILES_DIR: z.string().optional(),
  /** Largest upload accepted, in MB. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
  /** Uploaded images are scaled down to fit this many pixels on their longer side. */
  IMAGE_MAX_PX: z.coerce.number().int().min(320).max(8000).default(1600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Seed the demo data (Desa Gombang) when the database has no users. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

export type ServerConfig = z.infer<typeof envSchema> & {
  dataDir: string;
  consoleDir: string | undefined;
  filesDir: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration (environment variables):\n${lines}`);
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const consoleDir = parsed.data.CONSOLE_DIR ?? path.join(repoRoot, 'apps/console/dist');
  const dataDir = path.resolve(repoRoot, parsed.data.DATA_DIR ?? '.data');
  return {
    ...parsed.data,
    dataDir,
    filesDir: parsed.data.FILES_DIR ? path.resolve(repoRoot, parsed.data.FILES_DIR) : path.join(dataDir, 'files'),
    consoleDir: consoleDir === 'none' ? undefined : path.resolve(repoRoot, consoleDir),
  };
}

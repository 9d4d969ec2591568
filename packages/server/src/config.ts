import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { S3FileStoreOptions } from './files/s3-file-store.js';

/** Everything the server reads from its environment, checked once at start-up. */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  /**
   * A read replica of DATABASE_URL (streaming replication): case lists, their counts and reports
   * are read there; everything else (writes, a case page, sessions) stays on DATABASE_URL.
   */
  DATABASE_REPLICA_URL: z.string().url().optional(),
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
  /** The address citizens and providers reach this server at, e.g. https://spm.klatenkab.go.id (links in messages, callback URLs). */
  PUBLIC_URL: z.string().url().optional(),
  /** WhatsApp Business Cloud API: the business phone number's id and a system user's token; unset: WhatsApp messages wait in the outbox. */
  WHATSAPP_PHONE_NUMBER_ID: z.string().min(1).optional(),
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  /** The Meta app's secret: delivery statuses are signed with it (X-Hub-Signature-256); unset: they are refused. */
  WHATSAPP_APP_SECRET: z.string().min(1).optional(),
  /** The verify token typed into the app's webhook settings (callback URL PUBLIC_URL/channels/whatsapp/status). */
  WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
  WHATSAPP_API_URL: z.string().url().default('https://graph.facebook.com'),
  WHATSAPP_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'a Graph API version such as v23.0')
    .default('v23.0'),
  /** The SMS gateway's address (POST { to, from, text, reference, callbackUrl }); unset: SMS messages wait in the outbox. */
  SMS_GATEWAY_URL: z.string().url().optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  SMS_SENDER: z.string().min(1).max(20).optional(),
  /** The secret the gateway signs its delivery reports with (X-Signature: sha256=<hex HMAC>); unset: they are refused. */
  SMS_CALLBACK_SECRET: z.string().min(1).optional(),
  /** How often webhooks are fanned out and sent (0: never). */
  WEBHOOK_SECONDS: z.coerce.number().int().min(0).default(10),
  /** Let webhooks reach private, loopback and link-local addresses (an intranet receiver; never on the internet). */
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** How many days back a live subscriber may resume with an event cursor; older cursors must refetch. */
  EVENT_REPLAY_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /** The built console served at `/` (default: apps/console/dist of this checkout); `none` serves the API only. */
  CONSOLE_DIR: z.string().optional(),
  /** Where uploaded documents are stored: `local` (a folder, FILES_DIR) or `s3` (an S3-compatible bucket, S3_*). */
  FILE_STORE: z.enum(['local', 's3']).default('local'),
  /** Where uploaded documents are stored with FILE_STORE=local (default: DATA_DIR/files). */
  FILES_DIR: z.string().optional(),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3-63 lowercase letters, digits, dots and hyphens')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** The service's address when it is not AWS S3 (MinIO, Ceph RGW, R2, Wasabi …). */
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((v) => /^https?:\/\//.test(v), 'an http:// or https:// address')
    .optional(),
  /** `endpoint/bucket/key` addresses; default: true when S3_ENDPOINT is set (MinIO, Ceph RGW), false on AWS. */
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_SESSION_TOKEN: z.string().min(1).optional(),
  /** Prepended to every object key, e.g. `posyandu/files/`. */
  S3_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9!_.*'()/-]{0,200}$/, "letters, digits and !_.*'()/- only")
    .refine((v) => !v.split('/').some((part) => part === '..' || part === '.'), 'no "." or ".." segments')
    .optional(),
  /** Largest upload accepted, in MB. */
  MAX_UPLOAD_MB: z.coerce.number().positive().max(100).default(10),
  /** Uploaded images are scaled down to fit this many pixels on their longer side. */
  IMAGE_MAX_PX: z.coerce.number().int().min(320).max(8000).default(1600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `json` lines for a collector, `text` for a person; default: text on a terminal, JSON otherwise. */
  LOG_FORMAT: z.enum(['json', 'text']).optional(),
  /** `warn`: start despite faults of the start-up checks (e.g. a kabupaten without a routed unit), to reach the admin page. */
  STARTUP_CHECKS: z.enum(['strict', 'warn']).default('strict'),
  NODE_ENV: z.string().default('development'),
  /** Seed the demo data (Desa Gombang) when the database has no users. */
  SEED_DEMO: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** With SEED_DEMO: also play the demo cases (about five weeks of cases in every sector) on that first start. */
  SEED_DEMO_CASES: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});

/** Where uploaded files go, as chosen by FILE_STORE. */
export type FileStoreConfig = { kind: 'local'; dir: string } | ({ kind: 's3' } & S3FileStoreOptions);

export type ServerConfig = z.infer<typeof envSchema> & {
  dataDir: string;
  consoleDir: string | undefined;
  filesDir: string;
  fileStore: FileStoreConfig;
};

type Env = z.infer<typeof envSchema>;
type Issue = { variable: string; message: string };

/** The S3 settings, or what is missing or inconsistent in them (each problem names its variable). */
function s3Options(env: Env): S3FileStoreOptions | Issue[] {
  const issues: Issue[] = [];
  if (!env.S3_BUCKET) {
    issues.push({ variable: 'S3_BUCKET', message: 'required when FILE_STORE=s3 (wajib diisi bila FILE_STORE=s3)' });
  }
  const keyId = env.S3_ACCESS_KEY_ID;
  const secret = env.S3_SECRET_ACCESS_KEY;
  if (Boolean(keyId) !== Boolean(secret)) {
    issues.push({
      variable: keyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID',
      message:
        'set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY together, or neither to use the AWS default credentials ' +
        '(isi keduanya, atau kosongkan keduanya untuk kredensial bawaan AWS)',
    });
  }
  if (issues.length || !env.S3_BUCKET) return issues;
  return {
    bucket: env.S3_BUCKET,
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT),
    credentials:
      keyId && secret ? { accessKeyId: keyId, secretAccessKey: secret, sessionToken: env.S3_SESSION_TOKEN } : undefined,
    prefix: env.S3_PREFIX,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => ({ variable: i.path.join('.'), message: i.message })));
  }
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const consoleDir = parsed.data.CONSOLE_DIR ?? path.join(repoRoot, 'apps/console/dist');
  const dataDir = path.resolve(repoRoot, parsed.data.DATA_DIR ?? '.data');
  const filesDir = parsed.data.FILES_DIR ? path.resolve(repoRoot, parsed.data.FILES_DIR) : path.join(dataDir, 'files');
  let fileStore: FileStoreConfig = { kind: 'local', dir: filesDir };
  const wa = parsed.data;
  if (Boolean(wa.WHATSAPP_PHONE_NUMBER_ID) !== Boolean(wa.WHATSAPP_ACCESS_TOKEN)) {
    throw new ConfigError([
      {
        variable: wa.WHATSAPP_PHONE_NUMBER_ID ? 'WHATSAPP_ACCESS_TOKEN' : 'WHATSAPP_PHONE_NUMBER_ID',
        message:
          'set WHATSAPP_PHONE_NUMBER_ID and WHATSAPP_ACCESS_TOKEN together (isi keduanya untuk mengirim WhatsApp)',
      },
    ]);
  }
  if (parsed.data.FILE_STORE === 's3') {
    const s3 = s3Options(parsed.data);
    if (Array.isArray(s3)) throw new ConfigError(s3);
    fileStore = { kind: 's3', ...s3 };
  }
  return {
    ...parsed.data,
    dataDir,
    filesDir,
    fileStore,
    consoleDir: consoleDir === 'none' ? undefined : path.resolve(repoRoot, consoleDir),
  };
}

/** A configuration the server cannot start with; the message names every wrong variable. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    const lines = issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n');
    super(`Invalid configuration (environment variables) / Konfigurasi tidak valid (variabel lingkungan):\n${lines}`);
    this.name = 'ConfigError';
  }
}

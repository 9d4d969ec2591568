/**
 * @posyandu-spm/server — the GraphQL API: entities, services, resolvers and the HTTP server.
 * It implements @posyandu-spm/plugin-api and imports no plugin: the app that composes it
 * (apps/api) passes the installed plugins to `createServer`.
 */
export { createApiServer, type ApiServer, type ServerOptions } from './server.js';
export { DEFAULT_LIMITS, type ApiLimits, type ApiLimitsInput } from './security/limits.js';
export { openOrm, migrate, ormConfig, backfillSpmRecap } from './db/orm.js';
export { recapCounts, type CellCount, type RecapCell, type RecapCounts } from './reports/recap-model.js';
export { startEmbeddedPostgres } from './db/embedded-postgres.js';
export { createTokenService, resolveTokenSecret, type TokenService } from './auth/token.js';
export { hashPassword } from './auth/password.js';
export { createLogger, defaultLogFormat, type LogFormat } from './logger.js';
export {
  runStartupChecks,
  type StartupCheck,
  type StartupCheckContext,
  type StartupFault,
} from './startup/startup-check.js';
export { STARTUP_CHECKS } from './startup/startup-checks.js';
export { StartupError } from './startup/startup-error.js';
export { formatStartupFailure, reportStartupFailure, startupFaultsOf } from './startup/report-failure.js';
export { createServer, type CreateServerOptions, type SpmServer } from './app/create-server.js';
export {
  runDemoScript,
  type DemoOptions,
  type DemoScript,
  type DemoScriptResult,
  type DemoScriptRun,
} from './app/demo-cases.js';
export {
  deadlinePlanner,
  nextDeadlineCheck,
  type DeadlineNotice,
  type DeadlinePlanner,
  type DeadlineProgress,
} from './services/deadline-progress.js';
export { openDatabase, type OpenDatabase } from './app/open-database.js';
export { loadConfig, ConfigError, type ServerConfig } from './config.js';
export { ServerExtensionError } from './extension/server-extension-error.js';
export { assembleServerExtensions, extensionEntities } from './extension/assemble-extensions.js';
export { buildApiSchema } from './graphql/schema.js';
export type { RequestContext } from './graphql/context.js';
export { seedDemoData, DEMO_PASSWORD, DEMO_USERS } from './seed/demo-data.js';
export { defaultWilayahPath, importWilayah } from './seed/wilayah-import.js';
export { seedNationalHolidays } from './seed/holidays.seed.js';
export * from './entities/index.js';
export { emailChannel } from './notify/email-channel.js';
export { whatsAppChannel, type WhatsAppOptions } from './notify/whatsapp-channel.js';
export { smsChannel, type SmsGatewayOptions } from './notify/sms-channel.js';
export { CITIZEN_TEMPLATES, type CitizenMessageKind } from './notify/citizen-templates.js';
export { OUTBOX_MAX_ATTEMPTS } from './notify/outbox.js';
export {
  ChannelError,
  type DeliveryStatusUpdate,
  type NotificationChannel,
  type OutgoingMessage,
  type SendReceipt,
  type StatusCallbackReply,
  type StatusCallbackRequest,
} from './notify/channel.js';
export { FileStoreUnavailableError, LocalFileStore, type FileStore, type StoredFile } from './files/file-store.js';
export { S3FileStore, type S3FileStoreOptions } from './files/s3-file-store.js';
export { openFileStore } from './files/open-file-store.js';
export { DEFAULT_FILE_LIMITS, type FileLimits } from './files/process-upload.js';
export {
  CALENDAR_RULES_VERSION,
  calendarRulesFingerprint,
  recomputeForShippedRules,
  type RecomputeOptions,
  type RecomputeResult,
} from './services/calendar-recompute.js';

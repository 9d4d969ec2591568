/** @posyandu-spm/server — the GraphQL API: entities, services, resolvers and the HTTP server. */
export { createApiServer, type ApiServer, type ServerOptions } from './server.js';
export { DEFAULT_LIMITS, type ApiLimits, type ApiLimitsInput } from './security/limits.js';
export { openOrm, migrate, ormConfig } from './db/orm.js';
export { startEmbeddedPostgres } from './db/embedded-postgres.js';
export { createTokenService, resolveTokenSecret, type TokenService } from './auth/token.js';
export { hashPassword } from './auth/password.js';
export { createLogger } from './logger.js';
export { INSTALLED_PLUGINS, INSTALLED_EXTENSIONS, allPluginEntities, allPluginMigrations } from './plugins.js';
export type {
  CaseProgress,
  CaseSummary,
  OrgUnitSummary,
  PersonSummary,
  PluginDownload,
  PluginMigration,
  PluginRoute,
  PluginRouteContext,
  PluginServices,
  SpmServerExtension,
} from './extension/server-extension.js';
export { ServerExtensionError } from './extension/server-extension.js';
export { assembleServerExtensions } from './extension/assemble-extensions.js';
export type { RequestContext } from './graphql/context.js';
export type { PersonInput, RegisterCaseInput } from './services/case-registration.service.js';
export { seedDemoData, DEMO_PASSWORD, DEMO_USERS } from './seed/demo-data.js';
export { importWilayah } from './seed/wilayah-import.js';
export { seedNationalHolidays } from './seed/holidays.seed.js';
export * from './entities/index.js';
export { emailChannel } from './notify/email-channel.js';
export type { NotificationChannel, OutgoingMessage } from './notify/channel.js';
export { FileStoreUnavailableError, LocalFileStore, type FileStore, type StoredFile } from './files/file-store.js';
export { S3FileStore, type S3FileStoreOptions } from './files/s3-file-store.js';
export { openFileStore } from './files/open-file-store.js';
export { DEFAULT_FILE_LIMITS, type FileLimits } from './files/process-upload.js';
export type { ReportCell, ReportTable } from './reports/table-export.js';

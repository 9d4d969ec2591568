/**
 * @posyandu-spm/plugin-api — everything a sector plugin may use, and nothing of the
 * server's insides: the declarative contract (re-exported from the core), the
 * server-extension contract (tables, GraphQL types, migrations, downloads), the
 * services the server offers at run time (`ctx.spm`) and the request context a
 * plugin's resolver receives. The server implements it; a plugin imports only
 * this package and `@posyandu-spm/core`. See docs/plugin-guide.md.
 */
export {
  CASE_OUTCOMES,
  CORE_PLUGIN_API_VERSION,
  DECLINE_REASONS,
  RETURN_ACTION_ID,
  SETTLEMENT_KINDS,
  VISIT_KINDS,
  defineSpmPlugin,
  /** Markdown tables of workflows (docs/workflows.md, a plugin's README). */
  renderWorkflowDocs,
  type ActionDefinition,
  type CaseOutcome,
  type DeclineReason,
  type SettlementKind,
  type AreaReaders,
  type DocumentRequirement,
  type EffectDefinition,
  type FactDefinition,
  type GeoPoint,
  type GuardDefinition,
  type RouteDefinition,
  type ServiceTypeDefinition,
  type SpmPlugin,
  type SpmPluginDefinition,
  type StateDefinition,
  type TerminalOutcome,
  type VisitKind,
  type WorkflowDefinition,
} from '@posyandu-spm/core';
export type {
  CaseProgress,
  CaseSummary,
  OrgUnitSummary,
  PersonSummary,
  PluginAsset,
  PluginDownload,
  PluginMigration,
  PluginRoute,
  PluginRouteContext,
  PluginServices,
  SpmServerExtension,
} from './server-extension.js';
export type { PersonInput, RegisterCaseInput, RegisterDocumentInput } from './registration.js';
export type { ReportCell, ReportTable } from './report-table.js';
export type { PluginAudit, PluginRequestContext, PluginSensitiveRead } from './request-context.js';
export { SERVER_EXTENSION_FEATURES } from './extension-features.js';
export { asPluginModule, defineSpmPluginModule, isSpmPluginModule, type SpmPluginModule } from './plugin-module.js';

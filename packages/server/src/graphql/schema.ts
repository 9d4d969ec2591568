import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray, type PubSub } from 'type-graphql';
import { AuthResolver, OrgUnitResolver } from './resolvers/auth.resolver.js';
import { CalendarResolver, HolidayFieldResolver } from './resolvers/calendar.resolver.js';
import { CalendarYearResolver } from './resolvers/calendar-year.resolver.js';
import { CaseFieldsResolver } from './resolvers/case-fields.resolver.js';
import { CaseInboxEntryResolver, CaseInboxFieldResolver } from './resolvers/case-inbox.resolver.js';
import { CaseWorkFieldResolver } from './resolvers/case-work.resolver.js';
import { CasePartyResolver } from './resolvers/case-party.resolver.js';
import { ApiKeyResolver } from '../security/api-key.resolver.js';
import { FailedMessageResolver } from '../notify/failed-message.resolver.js';
import { CaseMessagesResolver } from './resolvers/case-messages.resolver.js';
import { WebhookResolver } from '../webhooks/webhook.resolver.js';
import { auditEveryMutation } from '../security/audit-mutations.js';
import { AuditLogResolver } from '../security/audit-log.resolver.js';
import { SessionResolver } from '../security/session.resolver.js';
import { OrgUnitAdminResolver } from '../security/org-unit-admin.resolver.js';
import { UserAdminResolver } from '../security/user-admin.resolver.js';
import { NotificationSettingsResolver } from './resolvers/notification-settings.resolver.js';
import { CaseConnectionResolver, CaseResolver } from './resolvers/case.resolver.js';
import { EscalationResolver } from './resolvers/escalation.resolver.js';
import { SectorResolver } from './resolvers/sector.resolver.js';
import { NotificationResolver } from './resolvers/notification.resolver.js';
import { SpmReportResolver } from '../reports/spm-report.resolver.js';
import { SpmRecapResolver } from '../reports/spm-recap.resolver.js';
import { SpmTargetResolver } from '../reports/spm-target.resolver.js';
import { ReporterAccessResolver } from './resolvers/reporter-access.resolver.js';
import { TrackingResolver } from './resolvers/tracking.resolver.js';
import { CaseEventsResolver } from '../live/case-events.resolver.js';
import { NotificationEventsResolver } from '../live/notification-events.resolver.js';
import type { SpmServerExtension } from '@posyandu-spm/plugin-api';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
export const CORE_RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  OrgUnitResolver,
  CalendarResolver,
  HolidayFieldResolver,
  CalendarYearResolver,
  CaseResolver,
  CaseConnectionResolver,
  CaseFieldsResolver,
  CaseInboxFieldResolver,
  CaseInboxEntryResolver,
  CaseWorkFieldResolver,
  CasePartyResolver,
  ReporterAccessResolver,
  SectorResolver,
  TrackingResolver,
  CaseEventsResolver,
  NotificationResolver,
  NotificationEventsResolver,
  // Security (security/): sessions, API keys, the audit log, users and roles.
  SessionResolver,
  ApiKeyResolver,
  WebhookResolver,
  FailedMessageResolver,
  CaseMessagesResolver,
  AuditLogResolver,
  UserAdminResolver,
  NotificationSettingsResolver,
  OrgUnitAdminResolver,
  SpmReportResolver,
  SpmRecapResolver,
  SpmTargetResolver,
  EscalationResolver,
];

/**
 * type-graphql insists on a PubSub once any subscription exists, but ours
 * subscribe to the PostgreSQL-backed event feed directly (live/event-feed.ts),
 * never to topics: a subscription declared with `topics` fails loudly here.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Topic pub/sub is not used: publish case events by writing case_event rows');
  },
  subscribe() {
    throw new Error('Topic pub/sub is not used: subscribe with `subscribe:` to the event feed');
  },
};

/**
 * One schema over the core's resolvers and the served plugins' extensions (one
 * `graphql` copy for all). The committed schema.graphql is this schema with
 * every plugin apps/api installs.
 */
export async function buildApiSchema(extensions: readonly SpmServerExtension[]): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...CORE_RESOLVERS, ...extensions.flatMap((e) => e.resolvers ?? [])],
    validate: false,
    pubSub: NO_TOPICS,
  });
  // Every mutation, core or plugin, is audited (and refused for API keys): security/audit-mutations.ts.
  // Wrapped on the Mutation type only — a type-graphql global middleware would run (async) around
  // every field of every answer, ~5 promises per field of a 50-case list page (issue 18).
  auditEveryMutation(schema);
  return schema;
}

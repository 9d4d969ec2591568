import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token.js';
import type { EventFeed } from '../live/event-feed.js';
import type { CalendarService } from '../services/calendar.service.js';
import type { AuditTrail } from '../security/audit-trail.js';
import type { AuthInfo } from '../security/authenticate.js';
import type { PluginRequestContext, PluginServices } from '@posyandu-spm/plugin-api';

/**
 * Everything a resolver may use. One per request (and per subscription event):
 * its own EntityManager fork, so the unit of work never leaks between requests.
 * A plugin's resolvers see the part of it the plugin API names (`PluginRequestContext`).
 */
export interface RequestContext extends PluginRequestContext {
  em: EntityManager;
  /** Null when nobody is logged in (public operations only). */
  principal: Principal | null;
  /** How the principal authenticated: a login session or an API key (null when anonymous). */
  auth: AuthInfo | null;
  /** This request's audit: the actor, and the sensitive reads to write before the response leaves. */
  audit: AuditTrail;
  registry: PluginRegistry;
  calendars: CalendarService;
  tokens: TokenService;
  log: Logger;
  /** The clock; injectable so deadline tests never sleep. */
  now: () => Date;
  /** The caller's IP address (behind a proxy: as TRUST_PROXY allows), for the per-IP rate limits. */
  clientIp?: string;
  /** What plugins' resolvers get from the server at run time (register a case, people, live topics). */
  spm: PluginServices;
  /** The operator's integration settings (webhook targets); absent: the strict defaults. */
  integrations?: { allowPrivateWebhookTargets: boolean };
  /** Set on WebSocket connections: the event feed, and a way to start a fresh unit of work per event. */
  live?: { feed: EventFeed; fork: () => EntityManager };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token.js';
import type { EventFeed } from '../live/event-feed.js';
import type { CalendarService } from '../services/calendar.service.js';

/**
 * Everything a resolver may use. One per request (and per subscription event):
 * its own EntityManager fork, so the unit of work never leaks between requests.
 */
export interface RequestContext {
  em: EntityManager;
  /** Null when nobody is logged in (public operations only). */
  principal: Principal | null;
  registry: PluginRegistry;
  calendars: CalendarService;
  tokens: TokenService;
  log: Logger;
  /** The clock; injectable so deadline tests never sleep. */
  now: () => Date;
  /** Set on WebSocket connections: the event feed, and a way to start a fresh unit of work per event. */
  live?: { feed: EventFeed; fork: () => EntityManager };
}

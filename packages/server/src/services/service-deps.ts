import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import type { CalendarService } from './calendar.service.js';

/** What a case service needs from the request: its unit of work, who acts, the plugins, the calendar, the time. */
export interface ServiceDeps {
  em: EntityManager;
  registry: PluginRegistry;
  calendars: CalendarService;
  principal: Principal;
  now: Date;
}

import type { SpmServerExtension } from '@posyandu-spm/plugin-api';
import { WHO_GROWTH_ASSETS } from './growth/who-tables.js';
import { OpenDayDirectoryResolver } from './open-day/open-day-directory.resolver.js';
import { FollowUp } from './open-day/follow-up.entity.js';
import { Measurement } from './open-day/measurement.entity.js';
import { guardianConsentMigration, openDayMigration } from './open-day/open-day.migration.js';
import { OpenDayPersonResolver, OpenDayResolver } from './open-day/open-day.resolver.js';
import { OpenDaySession } from './open-day/open-day-session.entity.js';
import { PersonHistoryResolver } from './open-day/person-history.resolver.js';
import { OpenDayVisit } from './open-day/open-day-visit.entity.js';
import { areaRecapRoute, recapRoute } from './open-day/recap.route.js';

/**
 * The health sector's server extension (`@posyandu-spm/plugin-kesehatan/server`):
 * the open day's tables, GraphQL types, recap download and the WHO tables it reads. The plugin's data
 * (`kesehatanPlugin`) stays free of ORM and GraphQL code.
 */
export const kesehatanServerExtension: SpmServerExtension = {
  sectorId: 'kesehatan',
  entities: [OpenDaySession, OpenDayVisit, Measurement, FollowUp],
  resolvers: [OpenDayResolver, OpenDayPersonResolver, OpenDayDirectoryResolver, PersonHistoryResolver],
  migrations: [openDayMigration, guardianConsentMigration],
  routes: [recapRoute, areaRecapRoute],
  // The WHO growth tables the open day's z-scores read: checked before the server serves.
  assets: WHO_GROWTH_ASSETS,
};

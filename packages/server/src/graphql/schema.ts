import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuthResolver, OrgUnitResolver } from './resolvers/auth.resolver.js';
import { CalendarResolver } from './resolvers/calendar.resolver.js';
import { CaseFieldsResolver } from './resolvers/case-fields.resolver.js';
import { CaseConnectionResolver, CaseResolver } from './resolvers/case.resolver.js';
import { SectorResolver } from './resolvers/sector.resolver.js';
import { TrackingResolver } from './resolvers/tracking.resolver.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
export const CORE_RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  OrgUnitResolver,
  CalendarResolver,
  CaseResolver,
  CaseConnectionResolver,
  CaseFieldsResolver,
  SectorResolver,
  TrackingResolver,
];

/** One schema over the core's resolvers and the plugins' (one `graphql` copy for all). */
export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: CORE_RESOLVERS, validate: false });
}

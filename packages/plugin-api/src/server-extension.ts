import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@posyandu-spm/core';
import type { PersonInput, RegisterCaseInput } from './registration.js';
import type { ReportTable } from './report-table.js';

/**
 * What a sector plugin adds to the server besides its `defineSpmPlugin` data:
 * its own tables, GraphQL types and HTTP downloads (DESIGN §6, "optionally its
 * own GraphQL types and entities"). It lives in the plugin package under a
 * separate entry (`@posyandu-spm/plugin-<id>/server`), so the plugin's data
 * stays free of ORM and GraphQL code. Everything it needs at run time comes
 * through the request context (`ctx.spm`, {@link PluginServices}); the server
 * implements this package, so a plugin never imports the server.
 *
 * Checked at start-up with the plugins (`assembleServerExtensions`): the sector
 * must be installed and served; tables start with the sector's prefix
 * (`kesehatan_…`); migration names, topics and route paths are well-formed and unique.
 *
 * @example
 * // plugins/kesehatan/src/server.ts
 * import type { SpmServerExtension } from '@posyandu-spm/plugin-api';
 * export const kesehatanServerExtension: SpmServerExtension = {
 *   sectorId: 'kesehatan',
 *   entities: [OpenDaySession, OpenDayVisit],
 *   resolvers: [OpenDayResolver],
 *   migrations: [{ name: '20261123210000_open_day', up: ['create table "kesehatan_open_day_session" (…)'] }],
 *   routes: [{ path: 'open-day/recap', handler: downloadRecap }],
 * };
 */
export interface SpmServerExtension {
  /** The id of the `defineSpmPlugin` plugin this extends; its resolvers are served only with that plugin. */
  sectorId: string;
  /** MikroORM entity classes; their tables are named `<sector id with _>_…`. One ORM for core and plugins. */
  entities?: readonly EntityClass<unknown>[];
  /** type-graphql resolver classes, built into the one schema; type names should start with the sector (`Kesehatan…`). */
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- type-graphql takes resolver classes
  resolvers?: readonly Function[];
  /** Hand-written SQL migrations, run in order after all the core's migrations. */
  migrations?: readonly PluginMigration[];
  /** Authenticated GET routes, served at `/plugins/<sectorId>/<path>` (downloads such as CSV or XLSX reports). */
  routes?: readonly PluginRoute[];
  /**
   * Files the plugin reads at run time and ships in its own package (API 1.3), e.g. reference
   * tables. The server checks each before it serves: a missing, unreadable or empty one stops
   * the start with a message naming the file, instead of failing the first request that needs it.
   */
  assets?: readonly PluginAsset[];
}

/**
 * A file a plugin needs at run time, inside its own package, found relative to the module
 * (never `../shared` or the working directory), so the package works wherever it is installed.
 *
 * @example
 * { file: fileURLToPath(new URL('../data/who-growth/weianthro.txt', import.meta.url)),
 *   description: 'WHO 2006 weight-for-age LMS table' }
 */
export interface PluginAsset {
  /** Absolute path of the file. */
  file: string;
  /** What it is, for the start-up message when it is missing. */
  description: string;
}

/**
 * One migration of a plugin: SQL statements run in one transaction. Recorded in
 * `mikro_orm_migrations` as `<sectorId>:<name>`; never edit one that has shipped,
 * add another. A plugin's migrations may refer to core tables, never the reverse.
 */
export interface PluginMigration {
  /** `YYYYMMDDhhmmss_what`, e.g. `20261123210000_open_day`; sorted by this name. */
  name: string;
  up: readonly string[];
  down?: readonly string[];
}

/** An authenticated download: the server authenticates, counts it against the rate limit and formats errors. */
export interface PluginRoute {
  /** Below `/plugins/<sectorId>/`, e.g. `open-day/recap`; letters, digits, `-` and `/`. */
  path: string;
  handler: (ctx: PluginRouteContext, query: Readonly<Record<string, string>>) => Promise<PluginDownload>;
}

export interface PluginRouteContext {
  em: EntityManager;
  principal: Principal;
  now: Date;
  spm: PluginServices;
}

export interface PluginDownload {
  contentType: string;
  /** Offered as the download's name (Content-Disposition). */
  fileName: string;
  body: string | Uint8Array;
}

/** A case as a plugin sees it: enough to link to it and count it, nothing personal. */
export interface CaseSummary {
  id: string;
  code: string;
  sectorId: string;
  serviceTypeId: string;
  status: string;
  dueAt: Date;
  closedAt: Date | null;
  outcome: string | null;
  holderId: string;
}

/** What happened on a case so far: its visits (oldest first) and the note or reason it was closed with. */
export interface CaseProgress {
  caseId: string;
  visits: Array<{
    kind: 'HOME' | 'FIELD';
    visitedAt: Date;
    findings: string;
    recommendation: string;
  }>;
  /** The note (or the reason) of the action that closed the case; null while open. */
  closingNote: string | null;
}

/** An org unit as a plugin may name it in a report. */
export interface OrgUnitSummary {
  id: string;
  kind: string;
  name: string;
  areaCode: string;
}

/** A person from the core's register (shared by all sectors; the NIK is the key when known). */
export interface PersonSummary {
  id: string;
  nik: string | null;
  name: string | null;
  phone: string | null;
  address: string | null;
}

/**
 * What the server offers a plugin at run time, on every request's context as
 * `ctx.spm` (and to routes). Each method works in the `em` it is given, so a
 * plugin can make its own rows and a case in one transaction. Who acts and the
 * clock are the request's.
 */
export interface PluginServices {
  /**
   * Registers a case exactly as the `registerCase` mutation does — the same
   * checks, the acting user's intake unit (`input.orgUnitId`), the
   * 5-working-day deadline from the area's calendar, the REGISTERED event — in
   * `em`'s transaction when there is one.
   */
  registerCase(em: EntityManager, input: RegisterCaseInput): Promise<CaseSummary>;
  /** Cases by id, for counting and linking (the caller decides who may see the counts). */
  caseSummaries(em: EntityManager, ids: readonly string[]): Promise<CaseSummary[]>;
  /** The visits and closing note of cases by id, in two statements (the caller decides who may see them). */
  caseProgress(em: EntityManager, ids: readonly string[]): Promise<CaseProgress[]>;
  /** Org units by id (name, kind, area), e.g. to name the Posyandu of a kecamatan report. */
  orgUnits(em: EntityManager, ids: readonly string[]): Promise<OrgUnitSummary[]>;
  /** Finds the person by NIK (updating what they told us now) or registers them; checks every field. */
  upsertPerson(em: EntityManager, input: PersonInput): Promise<PersonSummary>;
  findPersonByNik(em: EntityManager, nik: string): Promise<PersonSummary | null>;
  people(em: EntityManager, ids: readonly string[]): Promise<PersonSummary[]>;
  /**
   * Wakes the subscribers of `topic` (which starts with `<sectorId>.`) for `key`
   * when `em`'s transaction commits — on every server instance (PostgreSQL
   * NOTIFY). A wake-up only: subscribers read the state from the tables.
   */
  signal(em: EntityManager, topic: string, key: string): Promise<void>;
  /** Wake-ups of `topic` for `key` until `signal` aborts. */
  listen(topic: string, key: string, signal: AbortSignal): AsyncIterable<void>;
  /**
   * A report table as a download, written as the core writes its own reports: CSV (UTF-8 with a
   * BOM, formula-safe cells) or XLSX (numbers stay numbers, the header frozen). For a route's answer.
   */
  tableDownload(table: ReportTable, format: 'csv' | 'xlsx', fileName: string): Promise<PluginDownload>;
}

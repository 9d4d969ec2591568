import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import type { PluginServices } from './server-extension.js';

/** Sensitive reads a plugin's resolver reports, so the audit log records who saw what. */
export type PluginSensitiveRead = 'NIK_UNMASKED' | 'KK_UNMASKED' | 'REPORTER_IDENTITY';

/** The request's audit trail as a plugin sees it. */
export interface PluginAudit {
  /**
   * Records that this request shows a full identity number (or another sensitive value); written
   * to the append-only audit log before the response leaves.
   */
  noteRead(operation: PluginSensitiveRead, caseId: string | null, subjectId?: string): void;
}

/**
 * What a plugin's resolver gets as its type-graphql context (`@Ctx() ctx: PluginRequestContext`):
 * one per request, and one per event on a live subscription.
 *
 * @example
 * @Query(() => [KesehatanOpenDaySession])
 * kesehatanOpenDays(@Ctx() ctx: PluginRequestContext) {
 *   return listSessions(ctx.em, requirePrincipal(ctx.principal), ctx.now());
 * }
 */
export interface PluginRequestContext {
  /** This request's own unit of work (a fork of the one ORM: core and plugin entities together). */
  em: EntityManager;
  /** Null when nobody is logged in. */
  principal: Principal | null;
  /** The assembled sector plugins. */
  registry: PluginRegistry;
  audit: PluginAudit;
  /** The clock; tests set it, so deadlines never depend on the wall clock. */
  now: () => Date;
  /** The services the server offers plugins: cases, people, org units, live topics, downloads. */
  spm: PluginServices;
  /** Set on a live subscription: a fresh unit of work for each event it sends. */
  live?: { fork: () => EntityManager };
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { OptimisticLockError, UniqueConstraintViolationException, type EventSubscriber } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { forbidden, isDomainError } from '@posyandu-spm/core';
import { GraphQLError, defaultFieldResolver, getNamedType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../graphql/context.js';
import { isUuid } from '../services/ids.js';
import { auditRow, insertAudit, type AuditActor, type AuditEntry } from './audit-trail.js';

/** The mutation being resolved, for the commit hook that writes its row inside its transaction. */
interface MutationInFlight {
  actor: AuditActor;
  entry: AuditEntry;
  /** registerCase and the like: the case is the one the transaction wrote events for. */
  caseFromTransaction: boolean;
  written: boolean;
}

const inFlight = new AsyncLocalStorage<MutationInFlight>();

/** Arguments worth keeping: ids, codes and versions — never names, NIKs, reasons or notes. */
/**
 * What an `ACT` key may call: the case work an officer of its unit does. Everything else
 * (logins, notifications, reporter access, administration) belongs to people.
 */
export const API_KEY_MUTATIONS: ReadonlySet<string> = new Set([
  'registerCase',
  'performAction',
  'attachDocument',
  'reviewDocument',
  'recordVisit',
]);

const KEPT_ARGUMENTS = ['caseId', 'action', 'code', 'status', 'expectedVersion', 'id', 'orgUnitId', 'ids'];

function keptArguments(args: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of KEPT_ARGUMENTS) {
    const value = args[name];
    if (typeof value === 'number' || (typeof value === 'string' && value.length <= 100)) kept[name] = value;
    else if (Array.isArray(value)) kept[name] = value.filter((v) => typeof v === 'string').slice(0, 50);
  }
  return kept;
}

/** The code the caller sees for an error (the same mapping as graphql/errors.ts). */
export function outcomeOf(error: unknown): string {
  if (isDomainError(error)) return error.code;
  if (error instanceof OptimisticLockError || error instanceof UniqueConstraintViolationException) {
    return 'VERSION_CONFLICT';
  }
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string') return error.extensions.code;
  return 'INTERNAL_SERVER_ERROR';
}

/** Extra audit details a service wants on the current mutation's row (e.g. the id of an API key it made). */
export function noteOnMutation(details: Record<string, unknown>): void {
  const current = inFlight.getStore();
  if (current && !current.written) Object.assign(current.entry.details, details);
}

/**
 * For a service that commits its whole change in one SQL statement of its own (registration,
 * services/registration/persist-case.ts): the current mutation's audit row about `caseId`, to put
 * into that statement, and `written()` to call once it committed — then neither the commit hook
 * nor the middleware writes it again, and it commits with the change or not at all. Null outside
 * a mutation, or when the row is written already.
 */
export function mutationAuditFor(caseId: string): { row: Record<string, string | null>; written(): void } | null {
  const current = inFlight.getStore();
  if (!current || current.written) return null;
  const entry = { ...current.entry, caseId: current.entry.caseId ?? caseId };
  return {
    row: auditRow(current.actor, entry),
    written() {
      current.entry = entry;
      current.written = true;
    },
  };
}

/** Attributes the current mutation to a user who was anonymous when it started (a successful login). */
export function attributeMutationTo(userId: string, sessionId: string): void {
  const current = inFlight.getStore();
  if (current && !current.written) current.actor = { ...current.actor, userId, sessionId };
}

const CASE_OF_TRANSACTION = 'select case_id from case_event where tx_id = pg_current_xact_id() order by id limit 1';

/**
 * Writes the mutation's audit row just before its first top-level transaction
 * commits, in that transaction: the change and its audit row commit together or
 * not at all. Transactions outside a mutation (the deadline clock, the outbox) are
 * not touched.
 */
export function auditCommitSubscriber(): EventSubscriber {
  return {
    async beforeTransactionCommit(args) {
      const current = inFlight.getStore();
      if (!current || current.written) return;
      const em = args.em as EntityManager;
      if (current.caseFromTransaction && !current.entry.caseId) {
        const rows = await em
          .getConnection('write')
          .execute<Array<{ case_id: string }>>(CASE_OF_TRANSACTION, [], 'all', args.transaction as never);
        current.entry.caseId = rows[0]?.case_id ?? null;
      }
      await insertAudit(em, current.actor, [current.entry], args.transaction);
      current.written = true;
    },
  };
}

const registered = new WeakSet<object>();

/** Hooks the commit subscriber into the ORM once (every request's fork shares its event manager). */
export function registerAuditSubscriber(orm: MikroORM): void {
  const events = orm.em.getEventManager();
  if (registered.has(events)) return;
  events.registerSubscriber(auditCommitSubscriber());
  registered.add(events);
}

/**
 * Wraps every root Mutation field of the schema, core or plugin, so that each call
 * gets exactly one audit row — inside its transaction when it has one, else on
 * its own right after it succeeds — and a row with the error code when it fails.
 * API keys: a READ key changes nothing, an ACT key only does case work (API_KEY_MUTATIONS); any
 * other mutation through a key is FORBIDDEN (and audited, with the person who made the key).
 */
export function auditEveryMutation(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args: Record<string, unknown>, context: RequestContext, info) =>
      auditMutation({ info, args, context }, () => resolve(root, args, context, info));
  }
}

async function auditMutation(
  { info, args, context }: { info: GraphQLResolveInfo; args: Record<string, unknown>; context: RequestContext },
  next: () => unknown,
): Promise<unknown> {
  const caseIdArg = typeof args.caseId === 'string' && isUuid(args.caseId) ? args.caseId : null;
  const current: MutationInFlight = {
    actor: { ...context.audit.actor },
    entry: {
      kind: 'MUTATION',
      operation: info.fieldName,
      outcome: 'OK',
      caseId: caseIdArg,
      details: keptArguments(args),
      occurredAt: context.now(),
    },
    caseFromTransaction: !caseIdArg && getNamedType(info.returnType).name === 'Case',
    written: false,
  };
  try {
    if (context.auth?.kind === 'apiKey') {
      current.entry.details.keyCreatedBy = context.principal?.apiClient?.createdByUserId ?? null;
      if (context.auth.scope !== 'ACT') {
        throw forbidden({
          id: 'Kunci API ini hanya untuk membaca (cakupan READ); minta kunci ACT kepada admin kabupaten.',
          en: 'This API key can only read (scope READ); ask the kabupaten admin for an ACT key.',
        });
      }
      if (!API_KEY_MUTATIONS.has(info.fieldName)) {
        throw forbidden({
          id: 'Kunci API hanya dapat mengerjakan kasus; tindakan ini dilakukan orang lewat konsol.',
          en: 'API keys only work on cases; this is done by a person in the console.',
        });
      }
    }
    const result: unknown = await inFlight.run(current, () => next());
    if (!current.written) {
      const id = (result as { id?: unknown } | null)?.id;
      if (current.caseFromTransaction && typeof id === 'string' && isUuid(id)) current.entry.caseId = id;
      await insertAudit(context.em, current.actor, [current.entry]);
      current.written = true;
    }
    return result;
  } catch (error) {
    const failed: AuditEntry = {
      ...current.entry,
      outcome: outcomeOf(error),
      details: current.written ? { ...current.entry.details, afterCommit: true } : current.entry.details,
    };
    try {
      await insertAudit(context.em, current.actor, [failed]);
    } catch (auditError) {
      context.log.error({ err: auditError }, 'audit: could not record a failed mutation');
    }
    throw error;
  }
}

import { assertCanReadCase, notFound, type ActionInput } from '@posyandu-spm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import { performAction } from '../../services/case-action.service.js';
import { attachDocument, reviewDocument } from '../../services/case-document.service.js';
import { accessFacts } from '../../services/case-facts.js';
import { listCases } from '../../services/case-query.js';
import { listCaseRows } from '../../services/case-list/case-list-read.js';
import { listParts } from '../../services/case-list/case-list-selection.js';
import { encodeCursor, type CaseOrder } from '../../services/case-list-order.js';
import { registerCaseIdempotently } from '../../security/idempotency.js';
import { answersPlain, type RegisteredCase } from '../../services/registration/registered-case.js';
import { applyOnce } from '../../security/mutation-receipts.js';
import { recordVisit } from '../../services/case-visit.service.js';
import { requirePrincipal } from '../../services/principal.js';
import { normalizeTrackingCode } from '../../services/tracking-code.js';
import type { RequestContext } from '../context.js';
import {
  ActionInputType,
  CaseConnectionType,
  CaseFilterInput,
  DocumentInput,
  RegisterCaseInputType,
  VisitInputType,
} from '../types/case-view.type.js';
import { CaseOrderEnum, ReviewStatusEnum } from '../../enums.js';
import { isUuid } from '../../services/ids.js';
import type { CaseNode } from '../../services/case-list/case-node.js';

const KEY_DESCRIPTION =
  'Made by the client once per change and sent again on every retry: a repeated call answers with the case and changes nothing (IDEMPOTENCY_CONFLICT when the same key carried other arguments)';

/** Reads a case the principal may see, or NOT_FOUND (the same answer as for a case that does not exist). */
async function readableCase(ctx: RequestContext, where: { id: string } | { code: string }): Promise<Case> {
  const principal = requirePrincipal(ctx.principal);
  if ('id' in where && !isUuid(where.id)) throw notFound({ id: 'Kasus', en: 'Case' });
  const c = await ctx.em.findOne(Case, where, { populate: ['holder'] });
  if (!c) throw notFound({ id: 'Kasus', en: 'Case' });
  assertCanReadCase(principal, accessFacts(c, c.holder.getEntity(), ctx.registry, ctx.now()));
  return c;
}

function deps(ctx: RequestContext) {
  return {
    em: ctx.em,
    registry: ctx.registry,
    calendars: ctx.calendars,
    principal: requirePrincipal(ctx.principal),
    now: ctx.now(),
  };
}

@Resolver(() => CaseConnectionType)
export class CaseConnectionResolver {
  @FieldResolver(() => Int, {
    description:
      'All cases matching the filter within the viewer reach: exact up to 10,000, above that the database estimate (see totalCountEstimated)',
  })
  async totalCount(@Root() connection: CaseConnectionType): Promise<number> {
    return (await connection.countTotal()).count;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when totalCount is an estimate (more than 10,000 matching cases), not an exact count',
  })
  async totalCountEstimated(@Root() connection: CaseConnectionType): Promise<boolean> {
    return (await connection.countTotal()).estimated;
  }
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => Case, { nullable: true, description: 'A case by id; null when it does not exist or is out of reach' })
  async case(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Case | null> {
    return readableCase(ctx, { id }).catch(nullWhenNotFound);
  }

  @Query(() => Case, { nullable: true, description: 'A case by its tracking code, for staff' })
  async caseByCode(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<Case | null> {
    return readableCase(ctx, { code: normalizeTrackingCode(code) }).catch(nullWhenNotFound);
  }

  @Query(() => CaseConnectionType, {
    description:
      'Cases within the viewer reach, newest first unless orderBy says otherwise (Relay connection: first ≤ 100, after = a pageInfo.endCursor of the same order)',
  })
  async cases(
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CaseFilterInput, { nullable: true }) filter?: CaseFilterInput,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => CaseOrderEnum, { nullable: true }) orderBy?: CaseOrder,
  ): Promise<CaseConnectionType> {
    const order: CaseOrder = orderBy ?? (filter?.updatedSince ? 'LAST_CHANGE' : 'REGISTERED');
    const options = { filter, first, after, now: ctx.now(), order };
    const principal = requirePrincipal(ctx.principal);
    // A list is read-only: when the read model answers every field the page asks, its cases are
    // read as plain rows in one statement (services/case-list/); otherwise as entities.
    const parts = listParts(info);
    // The calendar is read alongside (kept per instance): each row's deadline is then answered at
    // once instead of as 50 promises waiting on the first read (graphql-js then awaits each row).
    const [page] = await Promise.all([
      parts
        ? listCaseRows(ctx.em, principal, ctx.registry, options, parts)
        : listCases(ctx.em, principal, ctx.registry, options),
      ctx.calendars.ready(),
    ]);
    const edges = page.cases.map((node: CaseNode) => ({ cursor: encodeCursor(node, order), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      countTotal: page.countTotal,
      nextUpdatedSince: page.nextUpdatedSince,
    };
  }

  @Mutation(() => Case, {
    description: 'Register a request or complaint; returns it with its tracking code and deadline',
  })
  registerCase(
    @Arg('input', () => RegisterCaseInputType) input: RegisterCaseInputType,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Case | RegisteredCase> {
    // `{ id code }` and the like need no managed entity: the values written answer them.
    const answer = answersPlain(info) ? 'plain' : 'entity';
    return registerCaseIdempotently(deps(ctx), { ...input, serviceTypeId: input.serviceType }, answer);
  }

  @Mutation(() => Case, {
    description: 'Take a workflow action; fails with VERSION_CONFLICT if the case changed since expectedVersion',
  })
  performAction(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('action', () => String) action: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ActionInputType, { nullable: true }) input?: ActionInputType,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: KEY_DESCRIPTION,
    })
    idempotencyKey?: string,
  ): Promise<Case> {
    const actionInput: ActionInput = {
      reason: input?.reason ?? null,
      note: input?.note ?? null,
      ...(input?.declineReason ? { declineReason: input.declineReason } : {}),
      ...(input?.settlementKind ? { settlementKind: input.settlementKind } : {}),
      ...(input?.suggestedUnitId ? { suggestedUnitId: input.suggestedUnitId } : {}),
    };
    return applyOnce(
      deps(ctx),
      { key: idempotencyKey, operation: 'performAction', caseId, args: { action, expectedVersion, actionInput } },
      (d) => performAction(d, caseId, action, actionInput, expectedVersion),
    );
  }

  @Mutation(() => Case, { description: 'Record that a document was handed in (file metadata)' })
  attachDocument(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('document', () => DocumentInput) document: DocumentInput,
    @Ctx() ctx: RequestContext,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: KEY_DESCRIPTION,
    })
    idempotencyKey?: string,
  ): Promise<Case> {
    return applyOnce(
      deps(ctx),
      { key: idempotencyKey, operation: 'attachDocument', caseId, args: { document, expectedVersion } },
      (d) => attachDocument(d, caseId, document, expectedVersion ?? null),
    );
  }

  @Mutation(() => Case, {
    description: 'Mark a document valid, needing correction, or waived (the last two with a reason)',
  })
  reviewDocument(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('code', () => String) code: string,
    @Arg('status', () => ReviewStatusEnum) status: 'VALID' | 'NEEDS_CORRECTION' | 'WAIVED',
    @Ctx() ctx: RequestContext,
    @Arg('reason', () => String, { nullable: true }) reason?: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number,
  ): Promise<Case> {
    return reviewDocument(deps(ctx), caseId, code, status, reason ?? null, expectedVersion ?? null);
  }

  @Mutation(() => Case, { description: 'Record a home or field visit' })
  recordVisit(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('visit', () => VisitInputType) visit: VisitInputType,
    @Ctx() ctx: RequestContext,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion?: number,
    @Arg('idempotencyKey', () => String, {
      nullable: true,
      description: KEY_DESCRIPTION,
    })
    idempotencyKey?: string,
  ): Promise<Case> {
    return applyOnce(
      deps(ctx),
      { key: idempotencyKey, operation: 'recordVisit', caseId, args: { visit, expectedVersion } },
      (d) => recordVisit(d, caseId, visit, expectedVersion ?? null),
    );
  }
}

function nullWhenNotFound(error: unknown): null {
  if (error instanceof Error && 'code' in error && (error as { code: string }).code === 'NOT_FOUND') return null;
  throw error;
}

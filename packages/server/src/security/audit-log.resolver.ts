import { validationFailed, type FieldProblem } from '@posyandu-spm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { PageInfoType } from '../graphql/types/case-view.type.js';
import { isUuid } from '../services/ids.js';
import { requireAdmin } from './admin.js';

@InputType('AuditLogFilter')
export class AuditLogFilterInput {
  @Field(() => ID, { nullable: true, description: 'Rows of this user' }) userId?: string;
  @Field(() => ID, { nullable: true, description: 'Rows about this case' }) caseId?: string;
  @Field(() => ID, { nullable: true, description: 'Rows of this API key' }) apiKeyId?: string;
  @Field(() => Date, { nullable: true, description: 'From this moment (inclusive)' }) from?: Date;
  @Field(() => Date, { nullable: true, description: 'Up to this moment (exclusive)' }) to?: Date;
}

@ObjectType('AuditEntry', { description: 'One audited mutation, sensitive read or refused credential' })
export class AuditEntryType {
  @Field(() => ID) id!: string;
  @Field(() => Date) occurredAt!: Date;
  @Field(() => String, { description: 'MUTATION, READ (a sensitive read) or AUTH (a refused credential)' })
  kind!: string;
  @Field(() => String, {
    description: 'The mutation name, or NIK_UNMASKED, KK_UNMASKED, REPORTER_IDENTITY, AUDIT_LOG, apiKey',
  })
  operation!: string;
  @Field(() => String, { description: 'OK, or the error code the caller got' }) outcome!: string;
  @Field(() => ID, { nullable: true }) userId!: string | null;
  @Field(() => String, { nullable: true, description: "The user's name now" }) userName!: string | null;
  @Field(() => ID, { nullable: true }) apiKeyId!: string | null;
  @Field(() => String, { nullable: true }) apiKeyName!: string | null;
  @Field(() => [ID], { description: "The caller's org units at that moment" }) orgUnitIds!: string[];
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'Ids and codes only, e.g. the action taken, the people shown' })
  details!: Record<string, unknown>;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => AuditEntryType) node!: AuditEntryType;
}

@ObjectType('AuditLogConnection')
export class AuditLogConnectionType {
  @Field(() => [AuditEntryEdgeType]) edges!: AuditEntryEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}

interface Row {
  id: string;
  occurred_at: Date;
  kind: string;
  operation: string;
  outcome: string;
  user_id: string | null;
  user_name: string | null;
  api_key_id: string | null;
  api_key_name: string | null;
  org_unit_ids: string[] | string;
  case_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

const encode = (id: string): string => Buffer.from(`audit:${id}`).toString('base64url');
function decode(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString();
  return /^audit:\d{1,18}$/.test(text) ? text.slice(6) : null;
}

/** PostgreSQL arrays may arrive as `{a,b}` text through the raw driver. */
function uuidArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogConnectionType, {
    description: 'Admin: the audit log, newest first (Relay connection); reading it is itself audited',
  })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter?: AuditLogFilterInput,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<AuditLogConnectionType> {
    requireAdmin(ctx.principal);
    const problems: FieldProblem[] = [];
    const badId = (field: string) =>
      problems.push({ field, message: { id: 'Bukan id yang valid.', en: 'Not a valid id.' } });
    for (const field of ['userId', 'caseId', 'apiKeyId'] as const) {
      const value = filter?.[field];
      if (value !== undefined && value !== null && !isUuid(value)) badId(`filter.${field}`);
    }
    if (first < 1 || first > 200) {
      problems.push({ field: 'first', message: { id: 'first harus 1–200.', en: 'first must be 1 to 200.' } });
    }
    const afterId = after ? decode(after) : null;
    if (after && !afterId) {
      problems.push({ field: 'after', message: { id: 'Kursor tidak valid.', en: 'Not a valid cursor.' } });
    }
    if (problems.length) throw validationFailed(problems);

    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      where.push(sql);
      params.push(value);
    };
    if (filter?.userId) add('a.user_id = ?', filter.userId);
    if (filter?.caseId) add('a.case_id = ?', filter.caseId);
    if (filter?.apiKeyId) add('a.api_key_id = ?', filter.apiKeyId);
    if (filter?.from) add('a.occurred_at >= ?', filter.from.toISOString());
    if (filter?.to) add('a.occurred_at < ?', filter.to.toISOString());
    if (afterId) add('a.id < ?', afterId);
    const rows = await ctx.em.getConnection().execute<Row[]>(
      `select a.id, a.occurred_at, a.kind, a.operation, a.outcome, a.user_id, u.display_name as user_name,
              a.api_key_id, k.name as api_key_name, a.org_unit_ids, a.case_id, a.ip, a.details
         from audit_log a
         left join app_user u on u.id = a.user_id
         left join api_key k on k.id = a.api_key_id
        ${where.length ? `where ${where.join(' and ')}` : ''}
        order by a.id desc limit ?`,
      [...params, first + 1],
    );
    ctx.audit.noteRead('AUDIT_LOG', filter?.caseId ?? null, undefined, {
      filter: {
        userId: filter?.userId ?? null,
        apiKeyId: filter?.apiKeyId ?? null,
        from: filter?.from?.toISOString() ?? null,
        to: filter?.to?.toISOString() ?? null,
      },
    });
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({
      cursor: encode(String(r.id)),
      node: {
        id: String(r.id),
        occurredAt: new Date(r.occurred_at),
        kind: r.kind,
        operation: r.operation,
        outcome: r.outcome,
        userId: r.user_id,
        userName: r.user_name,
        apiKeyId: r.api_key_id,
        apiKeyName: r.api_key_name,
        orgUnitIds: uuidArray(r.org_unit_ids),
        caseId: r.case_id,
        ip: r.ip,
        details: r.details,
      },
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: Boolean(after),
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

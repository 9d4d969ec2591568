import {
  isWithinArea,
  apiClientRole,
  notFound,
  validationFailed,
  type ApiKeyScope,
  type FieldProblem,
} from '@posyandu-spm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { User } from '../entities/user.entity.js';
import type { RequestContext } from '../graphql/context.js';
import { isUuid } from '../services/ids.js';
import { requireAdmin } from './admin.js';
import { ApiKey } from './api-key.entity.js';
import { newApiKeySecret } from './api-key.js';
import { noteOnMutation } from './audit-mutations.js';

export const ApiKeyStatusEnum = { ACTIVE: 'ACTIVE', EXPIRED: 'EXPIRED', REVOKED: 'REVOKED' } as const;
registerEnumType(ApiKeyStatusEnum, { name: 'ApiKeyStatus' });
export const ApiKeyScopeEnum = { READ: 'READ', ACT: 'ACT' } as const;
registerEnumType(ApiKeyScopeEnum, {
  name: 'ApiKeyScope',
  description: "READ: reads its unit's cases; ACT: also does what an officer of the unit may do",
  valuesConfig: {
    READ: { description: 'Reads the cases its unit reaches; every change is FORBIDDEN' },
    ACT: {
      description:
        'Also takes actions, attaches and reviews documents, records visits, registers cases (as its unit may)',
    },
  },
});

/** The longest an API key may live: a key is renewed at least once a year. */
const MAX_KEY_DAYS = 366;

@ObjectType('ApiKey', { description: "An OPD system's key: what admins see (never the secret)" })
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The start of the key (psk_ + 12 hex digits), to tell keys apart' })
  prefix!: string;
  @Field(() => OrgUnit, { description: 'The unit whose reach the key has' }) orgUnit!: OrgUnit;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last request made with the key (to the minute)' })
  lastUsedAt!: Date | null;
  @Field(() => ApiKeyStatusEnum) status!: keyof typeof ApiKeyStatusEnum;
  @Field(() => ApiKeyScopeEnum) scope!: ApiKeyScope;
  @Field(() => [String], {
    nullable: true,
    description: 'The sectors the key is limited to; null: all its unit reaches',
  })
  sectorIds!: string[] | null;
  createdById!: string;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
  @Field(() => String, {
    description: 'The whole key, shown this once: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>"',
  })
  secret!: string;
}

async function toView(key: ApiKey, now: Date): Promise<ApiKeyType> {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    orgUnit: await key.orgUnit.loadOrFail({ dataloader: true }),
    createdAt: key.createdAt,
    expiresAt: key.expiresAt,
    revokedAt: key.revokedAt,
    lastUsedAt: key.lastUsedAt,
    status: key.revokedAt ? 'REVOKED' : key.expiresAt <= now ? 'EXPIRED' : 'ACTIVE',
    scope: key.scope,
    sectorIds: key.sectorIds,
    createdById: key.createdBy.id,
  };
}

function expiryProblems(expiresAt: Date, now: Date): FieldProblem[] {
  if (expiresAt > now && expiresAt.getTime() <= now.getTime() + MAX_KEY_DAYS * 86_400_000) return [];
  return [
    {
      field: 'expiresAt',
      message: {
        id: `Tanggal kedaluwarsa harus setelah sekarang dan paling lama ${MAX_KEY_DAYS} hari lagi.`,
        en: `The expiry must be in the future and at most ${MAX_KEY_DAYS} days away.`,
      },
    },
  ];
}

function inAdminArea(areaCodes: readonly string[], unitArea: string): boolean {
  return areaCodes.some((a) => isWithinArea(unitArea, a));
}

/** Admins create, list and revoke API keys for units within their kabupaten. */
@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { description: 'Admin: API keys of the units in your area, newest first' })
  async apiKeys(
    @Ctx() ctx: RequestContext,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false }) includeRevoked = false,
  ): Promise<ApiKeyType[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const keys = await ctx.em.find(ApiKey, includeRevoked ? {} : { revokedAt: null }, {
      populate: ['orgUnit'],
      orderBy: { createdAt: 'desc', id: 'asc' },
    });
    const now = ctx.now();
    return Promise.all(
      keys.filter((k) => inAdminArea(areaCodes, k.orgUnit.getEntity().area.code)).map((k) => toView(k, now)),
    );
  }

  @Mutation(() => CreatedApiKeyType, {
    description:
      "Admin: a key for an OPD (or police, Puskesmas, Pustu, Posyandu) system with exactly that unit's reach: READ only reads, ACT also does what an officer of the unit may do; sectorIds limits it to some sectors. The secret is returned once and never again",
  })
  async createApiKey(
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date) expiresAt: Date,
    @Ctx() ctx: RequestContext,
    @Arg('scope', () => ApiKeyScopeEnum, { defaultValue: 'READ' }) scope: ApiKeyScope = 'READ',
    @Arg('sectorIds', () => [String], { nullable: true }) sectorIds?: string[] | null,
  ): Promise<CreatedApiKeyType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    const now = ctx.now();
    const problems: FieldProblem[] = [];
    const cleanName = name.trim();
    if (cleanName.length < 3 || cleanName.length > 120) {
      problems.push({
        field: 'name',
        message: { id: 'Nama kunci harus 3–120 karakter.', en: 'The key name must be 3 to 120 characters.' },
      });
    }
    problems.push(...expiryProblems(expiresAt, now));
    const unit = isUuid(orgUnitId) ? await ctx.em.findOne(OrgUnit, { id: orgUnitId }) : null;
    if (!unit || !inAdminArea(areaCodes, unit.area.code)) throw notFound({ id: 'Unit', en: 'Org unit' });
    if (!apiClientRole(unit.kind)) {
      problems.push({
        field: 'orgUnitId',
        message: {
          id: 'Kunci API hanya untuk OPD, kepolisian, Puskesmas, Pustu dan Posyandu.',
          en: 'API keys are only for OPD, police, Puskesmas, Pustu and Posyandu units.',
        },
      });
    }
    const installed = new Set(ctx.registry.plugins.map((p) => p.id));
    const sectors = sectorIds ? [...new Set(sectorIds)] : null;
    if (sectors && (!sectors.length || sectors.some((s) => !installed.has(s)))) {
      problems.push({
        field: 'sectorIds',
        message: {
          id: 'Sebutkan satu atau lebih sektor yang terpasang, atau kosongkan untuk semua.',
          en: 'Name one or more installed sectors, or leave it out for all.',
        },
      });
    }
    if (problems.length) throw validationFailed(problems);
    const created = this.issue(ctx, { name: cleanName, unit, createdBy: principal.userId, expiresAt, scope, sectors });
    await ctx.em.flush();
    return { apiKey: await toView(created.key, now), secret: created.secret };
  }

  @Mutation(() => CreatedApiKeyType, {
    description:
      'Admin: rotation without downtime — a new key with the same unit, name, scope and sectors; the old one keeps working for overlapHours (default 24, at most 720) and then expires. The new secret is returned once',
  })
  async rotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('expiresAt', () => Date) expiresAt: Date,
    @Ctx() ctx: RequestContext,
    @Arg('overlapHours', () => Int, { defaultValue: 24 }) overlapHours = 24,
  ): Promise<CreatedApiKeyType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    const now = ctx.now();
    const old = isUuid(id) ? await ctx.em.findOne(ApiKey, { id }, { populate: ['orgUnit'] }) : null;
    if (!old || !inAdminArea(areaCodes, old.orgUnit.getEntity().area.code)) {
      throw notFound({ id: 'Kunci API', en: 'API key' });
    }
    const problems = expiryProblems(expiresAt, now);
    if (!Number.isInteger(overlapHours) || overlapHours < 0 || overlapHours > 720) {
      problems.push({
        field: 'overlapHours',
        message: { id: 'Masa tumpang tindih 0–720 jam.', en: 'The overlap must be 0 to 720 hours.' },
      });
    }
    if (old.revokedAt || old.expiresAt <= now) {
      problems.push({
        field: 'id',
        message: {
          id: 'Kunci ini sudah tidak berlaku; buat kunci baru.',
          en: 'This key is no longer valid; create a new one.',
        },
      });
    }
    if (problems.length) throw validationFailed(problems);
    const created = this.issue(ctx, {
      name: old.name,
      unit: old.orgUnit.getEntity(),
      createdBy: principal.userId,
      expiresAt,
      scope: old.scope,
      sectors: old.sectorIds,
    });
    const overlapEnd = new Date(now.getTime() + overlapHours * 3_600_000);
    if (overlapEnd < old.expiresAt) old.expiresAt = overlapEnd;
    noteOnMutation({ rotatedFrom: old.id });
    await ctx.em.flush();
    return { apiKey: await toView(created.key, now), secret: created.secret };
  }

  private issue(
    ctx: RequestContext,
    o: {
      name: string;
      unit: OrgUnit;
      createdBy: string;
      expiresAt: Date;
      scope: ApiKeyScope;
      sectors: string[] | null;
    },
  ): { key: ApiKey; secret: string } {
    const secret = newApiKeySecret();
    const key = ctx.em.create(ApiKey, {
      name: o.name,
      prefix: secret.prefix,
      secretHash: secret.hash,
      orgUnit: o.unit,
      createdBy: ctx.em.getReference(User, o.createdBy),
      createdAt: ctx.now(),
      expiresAt: o.expiresAt,
      scope: o.scope,
      sectorIds: o.sectors,
    });
    noteOnMutation({ apiKeyId: key.id, prefix: key.prefix, scope: o.scope });
    return { key, secret: secret.key };
  }

  @Mutation(() => ApiKeyType, {
    description: 'Admin: revoke a key; it is refused (API_KEY_REVOKED) from the next request on',
  })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKeyType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    const key = isUuid(id) ? await ctx.em.findOne(ApiKey, { id }, { populate: ['orgUnit'] }) : null;
    if (!key || !inAdminArea(areaCodes, key.orgUnit.getEntity().area.code)) {
      throw notFound({ id: 'Kunci API', en: 'API key' });
    }
    if (!key.revokedAt) {
      key.revokedAt = ctx.now();
      key.revokedBy = ctx.em.getReference(User, principal.userId, { wrapped: true });
      await ctx.em.flush();
    }
    return toView(key, ctx.now());
  }

  @FieldResolver(() => String, { description: 'Who created the key' })
  async createdByName(@Root() key: ApiKeyType, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.em.getReference(User, key.createdById, { wrapped: true }).loadOrFail({ dataloader: true }))
      .displayName;
  }
}

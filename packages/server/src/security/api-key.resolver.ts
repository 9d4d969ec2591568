import { isWithinArea, apiClientRole, notFound, validationFailed, type FieldProblem } from '@posyandu-spm/core';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
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
    createdById: key.createdBy.id,
  };
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
      "Admin: a key for an OPD (or police, Puskesmas, Pustu) system with exactly that unit's reach, read-only; the secret is returned once and never again",
  })
  async createApiKey(
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('name', () => String) name: string,
    @Arg('expiresAt', () => Date) expiresAt: Date,
    @Ctx() ctx: RequestContext,
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
    if (expiresAt <= now || expiresAt.getTime() > now.getTime() + MAX_KEY_DAYS * 86_400_000) {
      problems.push({
        field: 'expiresAt',
        message: {
          id: `Tanggal kedaluwarsa harus setelah sekarang dan paling lama ${MAX_KEY_DAYS} hari lagi.`,
          en: `The expiry must be in the future and at most ${MAX_KEY_DAYS} days away.`,
        },
      });
    }
    const unit = isUuid(orgUnitId) ? await ctx.em.findOne(OrgUnit, { id: orgUnitId }) : null;
    if (!unit || !inAdminArea(areaCodes, unit.area.code)) throw notFound({ id: 'Unit', en: 'Org unit' });
    if (!apiClientRole(unit.kind)) {
      problems.push({
        field: 'orgUnitId',
        message: {
          id: 'Kunci API hanya untuk OPD, kepolisian, Puskesmas dan Pustu.',
          en: 'API keys are only for OPD, police, Puskesmas and Pustu units.',
        },
      });
    }
    if (problems.length) throw validationFailed(problems);
    const secret = newApiKeySecret();
    const key = ctx.em.create(ApiKey, {
      name: cleanName,
      prefix: secret.prefix,
      secretHash: secret.hash,
      orgUnit: unit,
      createdBy: ctx.em.getReference(User, principal.userId),
      createdAt: now,
      expiresAt,
    });
    noteOnMutation({ apiKeyId: key.id, prefix: key.prefix });
    await ctx.em.flush();
    return { apiKey: await toView(key, now), secret: secret.key };
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

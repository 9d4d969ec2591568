import { DomainError } from '@posyandu-spm/core';
import { Arg, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { dummyPasswordHash, verifyPassword } from '../../auth/password.js';
import { attributeMutationTo } from '../../security/audit-mutations.js';
import { startSession } from '../../security/sessions.js';
import { Membership } from '../../entities/membership.entity.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { parentUnitOf, type UnitNode } from '../../services/case-list/case-node.js';
import { User } from '../../entities/user.entity.js';
import type { RequestContext } from '../context.js';
import { RoleEnum } from '../../enums.js';
import { channelsOf } from '../../notify/officer-channels.js';
import { consentView, NotificationChannelsType, NotificationConsentType } from '../types/notification-settings.type.js';

@ObjectType('MembershipInfo', { description: 'A role held in an org unit' })
export class MembershipInfo {
  @Field(() => RoleEnum) role!: string;
  @Field(() => OrgUnit) orgUnit!: OrgUnit;
}

@ObjectType('Me', { description: 'The logged-in user' })
export class MeType {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String) locale!: string;
  @Field(() => [MembershipInfo]) memberships!: MembershipInfo[];
  @Field(() => String, { nullable: true, description: 'Your e-mail address, for notices by e-mail' })
  email!: string | null;
  @Field(() => String, { nullable: true, description: 'Your mobile number (+62…), for notices by WhatsApp or SMS' })
  phone!: string | null;
  @Field(() => NotificationChannelsType, { description: 'Where your notices go besides the app' })
  notificationChannels!: NotificationChannelsType;
  @Field(() => NotificationConsentType, {
    nullable: true,
    description: 'Your consent to notices by WhatsApp or SMS, as recorded; none when both are off',
  })
  notificationConsent!: NotificationConsentType | null;
}

@ObjectType('AuthPayload')
export class AuthPayload {
  @Field(() => String, { description: 'Send as "Authorization: Bearer <token>"' }) token!: string;
  @Field(() => Date) expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}

export async function meOf(ctx: RequestContext, user: User): Promise<MeType> {
  const memberships = await ctx.em.find(Membership, { user }, { populate: ['orgUnit'], orderBy: { role: 'asc' } });
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    locale: user.locale,
    memberships: memberships.map((m) => ({ role: m.role, orgUnit: m.orgUnit.getEntity() })),
    email: user.email,
    phone: user.phone,
    notificationChannels: channelsOf(user),
    notificationConsent: consentView(user.messageConsent),
  };
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload, { description: 'Log in with username and password; returns a signed, expiring token' })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<AuthPayload> {
    const user =
      username.length <= 80
        ? await ctx.em.findOne(User, { username: username.trim().toLowerCase(), active: true })
        : null;
    // Verify against a dummy hash when the user is unknown, so the time taken does not reveal usernames.
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password.slice(0, 200));
    if (!user || !ok) {
      throw new DomainError('INVALID_CREDENTIALS', {
        id: 'Nama pengguna atau kata sandi salah.',
        en: 'Wrong username or password.',
      });
    }
    // Each login opens a session that logout revokes and refreshToken extends (security/sessions.ts).
    const { token, expiresAt, sessionId } = await startSession(ctx.em, ctx.tokens, user.id);
    attributeMutationTo(user.id, sessionId);
    return { token, expiresAt, me: await meOf(ctx, user) };
  }

  @Query(() => MeType, { nullable: true, description: 'The logged-in user, or null' })
  async me(@Ctx() ctx: RequestContext): Promise<MeType | null> {
    if (!ctx.principal) return null;
    const user = await ctx.em.findOne(User, { id: ctx.principal.userId });
    return user ? meOf(ctx, user) : null;
  }
}

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @FieldResolver(() => String, { description: 'Area code the unit serves' })
  areaCode(@Root() unit: UnitNode): string {
    return unit.area.code;
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: 'Where escalations go' })
  parent(@Root() unit: UnitNode, @Ctx() ctx: RequestContext): Promise<OrgUnit | null> {
    return parentUnitOf(unit, ctx.em);
  }
}

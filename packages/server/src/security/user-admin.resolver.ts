import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { referenceChanged } from '../cache/reference-cache.js';
import { notFound, validationFailed, type FieldProblem, type OrgUnitKind, type Role } from '@posyandu-spm/core';
import { Arg, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { hashPassword } from '../auth/password.js';
import { Membership } from '../entities/membership.entity.js';
import { User } from '../entities/user.entity.js';
import { RoleEnum } from '../enums.js';
import type { RequestContext } from '../graphql/context.js';
import { MembershipInfo } from '../graphql/resolvers/auth.resolver.js';
import {
  consentView,
  NotificationChannelsType,
  NotificationConsentType,
  NotificationSettingsInput,
} from '../graphql/types/notification-settings.type.js';
import { applyChannelSettings, channelSettingProblems, channelsOf } from '../notify/officer-channels.js';
import { isUuid } from '../services/ids.js';
import { inAdminAreas, outOfAdminArea, requireAdmin, unitInAdminArea } from './admin.js';
import { noteOnMutation } from './audit-mutations.js';
import { assertChainsStillReachSomeone } from '../services/escalation-chain.js';

/** Thrown to roll back a transaction that only checked what a change would do. */
class RollbackCheck extends Error {}

/** The kinds of unit each role may be held in: the policy's reach assumes these (core access/policy.ts). */
export const ROLE_UNIT_KINDS: Record<Role, readonly OrgUnitKind[]> = {
  KADER: ['POSYANDU'],
  VILLAGE_OFFICER: ['VILLAGE_GOVERNMENT'],
  KEPALA_DESA: ['VILLAGE_GOVERNMENT'],
  TRANTIBUM_OFFICER: ['VILLAGE_TRANTIBUM'],
  KECAMATAN_OFFICER: ['KECAMATAN'],
  OPD_OFFICER: ['OPD'],
  POLICE_OFFICER: ['POLICE'],
  HEALTH_WORKER: ['PUSTU', 'PUSKESMAS'],
  UNIT_HEAD: ['OPD', 'POLICE', 'PUSKESMAS', 'PUSTU'],
  SPM_COORDINATOR: ['SPM_COORDINATION'],
  REGIONAL_SECRETARY: ['KABUPATEN'],
  ADMIN: ['KABUPATEN'],
};

export const MIN_PASSWORD_LENGTH = 12;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,79}$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

@ObjectType('ManagedUser', { description: 'Admin: a user account with its roles (never the password)' })
export class ManagedUserType {
  @Field(() => ID) id!: string;
  @Field(() => String) username!: string;
  @Field(() => String) displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => Boolean, { description: 'False: the user cannot log in and their sessions are refused' })
  active!: boolean;
  @Field(() => Date) createdAt!: Date;
  @Field(() => [MembershipInfo]) memberships!: MembershipInfo[];
  @Field(() => String, { nullable: true, description: 'Mobile number (+62…) for notices by WhatsApp or SMS' })
  phone!: string | null;
  @Field(() => NotificationChannelsType) notificationChannels!: NotificationChannelsType;
  @Field(() => String, { description: 'The language of their notices (and the console): id or en' })
  language!: string;
  @Field(() => NotificationConsentType, {
    nullable: true,
    description: 'Their consent to notices by WhatsApp or SMS, as recorded; none when both are off',
  })
  notificationConsent!: NotificationConsentType | null;
}

/** Problems with a new password: long enough, not trivially guessable, not the username. */
export function passwordProblems(password: string, username: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    problems.push({
      field: 'password',
      message: {
        id: `Kata sandi harus ${MIN_PASSWORD_LENGTH}–200 karakter.`,
        en: `The password must be ${MIN_PASSWORD_LENGTH} to 200 characters.`,
      },
    });
  } else if (
    classes < 2 ||
    new Set(password).size < 5 ||
    (username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
  ) {
    problems.push({
      field: 'password',
      message: {
        id: 'Kata sandi terlalu mudah ditebak: campurkan huruf dengan angka atau tanda baca, dan jangan memuat nama pengguna.',
        en: 'The password is too easy to guess: mix letters with digits or symbols, and do not include the username.',
      },
    });
  }
  return problems;
}

export async function toView(ctx: RequestContext, user: User, memberships?: Membership[]): Promise<ManagedUserType> {
  const list =
    memberships ?? (await ctx.em.find(Membership, { user }, { populate: ['orgUnit'], orderBy: { role: 'asc' } }));
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    active: user.active,
    createdAt: user.createdAt,
    memberships: list.map((m) => ({ role: m.role, orgUnit: m.orgUnit.getEntity() })),
    phone: user.phone,
    notificationChannels: channelsOf(user),
    language: user.locale,
    notificationConsent: consentView(user.messageConsent),
  };
}

/**
 * A user the admin may manage: every role they hold is in a unit within the
 * admin's area (a user with no role yet is anyone's to set up).
 */
export async function manageableUser(ctx: RequestContext, areaCodes: readonly string[], userId: string): Promise<User> {
  const user = isUuid(userId) ? await ctx.em.findOne(User, { id: userId }) : null;
  if (!user) throw notFound({ id: 'Pengguna', en: 'User' });
  const memberships = await ctx.em.find(Membership, { user }, { populate: ['orgUnit'] });
  if (memberships.some((m) => !inAdminAreas(areaCodes, m.orgUnit.getEntity().area.code))) outOfAdminArea();
  return user;
}

/** Admins create users and grant and revoke their roles in the units of their area. */
@Resolver()
export class UserAdminResolver {
  @Query(() => [ManagedUserType], {
    description: 'Admin: users holding a role in your area (or in orgUnitId), and users with no role yet',
  })
  async users(
    @Ctx() ctx: RequestContext,
    @Arg('orgUnitId', () => ID, { nullable: true }) orgUnitId?: string | null,
  ): Promise<ManagedUserType[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const unit = orgUnitId ? await unitInAdminArea(ctx.em, areaCodes, orgUnitId) : null;
    const users = await ctx.em.find(User, {}, { orderBy: { username: 'asc' } });
    const memberships = await ctx.em.find(
      Membership,
      { user: { $in: users.map((u) => u.id) } },
      { populate: ['orgUnit'], orderBy: { role: 'asc' } },
    );
    const byUser = new Map<string, Membership[]>();
    for (const m of memberships) byUser.set(m.user.id, [...(byUser.get(m.user.id) ?? []), m]);
    const shown = users.filter((u) => {
      const own = byUser.get(u.id) ?? [];
      if (unit) return own.some((m) => m.orgUnit.id === unit.id);
      return own.length === 0 || own.some((m) => inAdminAreas(areaCodes, m.orgUnit.getEntity().area.code));
    });
    // A user's roles outside the admin's area are not the admin's to see.
    return Promise.all(
      shown.map((u) =>
        toView(
          ctx,
          u,
          (byUser.get(u.id) ?? []).filter((m) => inAdminAreas(areaCodes, m.orgUnit.getEntity().area.code)),
        ),
      ),
    );
  }

  @Mutation(() => ManagedUserType, {
    description: 'Admin: a new user (no role yet; grant one next); the password is stored as an argon2id hash',
  })
  async createUser(
    @Arg('username', () => String) username: string,
    @Arg('displayName', () => String) displayName: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
    @Arg('email', () => String, { nullable: true }) email?: string | null,
    @Arg('notificationSettings', () => NotificationSettingsInput, {
      nullable: true,
      description:
        'Their mobile number, notice channels and language; WhatsApp or SMS only with the officer’s consent (`consent`)',
    })
    notificationSettings?: NotificationSettingsInput | null,
  ): Promise<ManagedUserType> {
    const { principal } = requireAdmin(ctx.principal);
    const problems: FieldProblem[] = [];
    const cleanUsername = username.trim().toLowerCase();
    if (!USERNAME.test(cleanUsername)) {
      problems.push({
        field: 'username',
        message: {
          id: 'Nama pengguna 3–80 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.',
          en: 'The username must be 3 to 80 characters: lower-case letters, digits, dots, underscores or hyphens.',
        },
      });
    }
    const cleanName = displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (cleanName.length < 2 || cleanName.length > 160 || /[\u0000-\u001f\u007f]/.test(cleanName)) {
      problems.push({
        field: 'displayName',
        message: { id: 'Nama tampilan harus 2–160 karakter.', en: 'The display name must be 2 to 160 characters.' },
      });
    }
    const cleanEmail = email?.trim() ? email.trim().toLowerCase() : null;
    if (cleanEmail !== null && (cleanEmail.length > 320 || !EMAIL.test(cleanEmail))) {
      problems.push({
        field: 'email',
        message: { id: 'Alamat e-mail tidak valid.', en: 'Not a valid e-mail address.' },
      });
    }
    problems.push(...passwordProblems(password, cleanUsername));
    const admin = notificationSettings ? await ctx.em.findOneOrFail(User, { id: principal.userId }) : null;
    const notices =
      notificationSettings && admin
        ? channelSettingProblems(
            { ...notificationSettings, phone: notificationSettings.phone ?? null },
            { email: cleanEmail, locale: 'id', messageConsent: null },
            { userId: admin.id, name: admin.displayName, source: 'ADMIN' },
            ctx.now(),
            'notificationSettings',
          )
        : null;
    if (notices) problems.push(...notices.problems);
    const taken = () =>
      validationFailed([
        {
          field: 'username',
          message: { id: 'Nama pengguna sudah dipakai.', en: 'This username is already taken.' },
        },
      ]);
    if (!problems.length && (await ctx.em.count(User, { username: cleanUsername }))) throw taken();
    if (problems.length) throw validationFailed(problems);
    const user = ctx.em.create(User, {
      username: cleanUsername,
      displayName: cleanName,
      email: cleanEmail,
      passwordHash: await hashPassword(password),
      createdAt: ctx.now(),
    });
    if (notices) applyChannelSettings(user, notices.settings);
    noteOnMutation({
      userId: user.id,
      ...(notificationSettings
        ? {
            whatsapp: notificationSettings.whatsapp,
            sms: notificationSettings.sms,
            consent: Boolean(notificationSettings.consent),
          }
        : {}),
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // Two admins creating the same username at once: one wins.
      if (error instanceof UniqueConstraintViolationException) throw taken();
      throw error;
    }
    return toView(ctx, user, []);
  }

  @Mutation(() => ManagedUserType, {
    description: 'Admin: give a user a role in a unit of your area; it applies from their next request',
  })
  async grantRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedUserType> {
    const { areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({ userId, role });
    const unit = await unitInAdminArea(ctx.em, areaCodes, orgUnitId);
    const user = await manageableUser(ctx, areaCodes, userId);
    if (!ROLE_UNIT_KINDS[role].includes(unit.kind)) {
      throw validationFailed([
        {
          field: 'role',
          message: {
            id: `Peran ${role} tidak dapat diberikan di unit jenis ${unit.kind}.`,
            en: `The role ${role} cannot be held in a unit of kind ${unit.kind}.`,
          },
        },
      ]);
    }
    const existing = await ctx.em.findOne(Membership, { user, orgUnit: unit, role });
    if (!existing) {
      ctx.em.create(Membership, { user, orgUnit: unit, role });
      await ctx.em.flush();
    }
    return toView(ctx, user);
  }

  @Mutation(() => ManagedUserType, {
    description: 'Admin: take a role away; the user loses what it gave them from their next request',
  })
  async revokeRole(
    @Arg('userId', () => ID) userId: string,
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedUserType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({ userId, role });
    const unit = await unitInAdminArea(ctx.em, areaCodes, orgUnitId);
    const user = isUuid(userId) ? await ctx.em.findOne(User, { id: userId }) : null;
    if (!user) throw notFound({ id: 'Pengguna', en: 'User' });
    if (role === 'ADMIN' && user.id === principal.userId) {
      throw validationFailed([
        {
          field: 'role',
          message: {
            id: 'Anda tidak dapat mencabut peran admin Anda sendiri; minta admin lain.',
            en: 'You cannot revoke your own administrator role; ask another administrator.',
          },
        },
      ]);
    }
    await ctx.em.transactional(async (em) => {
      const membership = await em.findOne(Membership, { user: user.id, orgUnit: unit.id, role });
      if (!membership) return;
      em.remove(membership);
      await em.flush();
      // The last coordinator of Tim Penerapan SPM, the last person at the Sekda level: refused, named.
      await assertChainsStillReachSomeone(em, [unit.id]);
    });
    return toView(ctx, user);
  }

  @Mutation(() => ManagedUserType, {
    description:
      'Admin: deactivate (or reactivate) a user; a deactivated user cannot log in and their open sessions end',
  })
  async setUserActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedUserType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({ userId, active });
    const user = await manageableUser(ctx, areaCodes, userId);
    if (!active && user.id === principal.userId) {
      throw validationFailed([
        {
          field: 'userId',
          message: {
            id: 'Anda tidak dapat menonaktifkan akun Anda sendiri.',
            en: 'You cannot deactivate your own account.',
          },
        },
      ]);
    }
    if (user.active !== active && !active) {
      // Deactivating the last person of an escalation level is refused before anything changes.
      await ctx.em
        .transactional(async (em) => {
          await em.nativeUpdate(User, { id: user.id }, { active: false });
          const units = await em.find(Membership, { user: user.id }, { fields: ['orgUnit'] });
          await assertChainsStillReachSomeone(
            em,
            units.map((m) => m.orgUnit.id),
          );
          throw new RollbackCheck();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollbackCheck)) throw error;
        });
    }
    if (user.active !== active) {
      // Sessions end first: should the flush fail, the user only has to log in again.
      if (!active) {
        await ctx.em
          .getConnection('write')
          .execute(
            `update auth_session set revoked_at = ?, revoked_reason = 'DEACTIVATED' where user_id = ? and revoked_at is null`,
            [new Date().toISOString(), user.id],
            'run',
          );
        referenceChanged(ctx.em, `user:${user.id}`);
      }
      user.active = active;
      await ctx.em.flush();
    }
    return toView(ctx, user);
  }
}

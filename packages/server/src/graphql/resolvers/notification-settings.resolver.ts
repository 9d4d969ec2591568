import { forbidden } from '@posyandu-spm/core';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { User } from '../../entities/user.entity.js';
import { applyChannelSettings, checkedChannelSettings, type SettingsAuthor } from '../../notify/officer-channels.js';
import { requireAdmin } from '../../security/admin.js';
import { noteOnMutation } from '../../security/audit-mutations.js';
import { manageableUser, ManagedUserType, toView } from '../../security/user-admin.resolver.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { NotificationSettingsInput } from '../types/notification-settings.type.js';
import { meOf, MeType } from './auth.resolver.js';

function apply(user: User, input: NotificationSettingsInput, by: SettingsAuthor, now: Date): void {
  applyChannelSettings(user, checkedChannelSettings({ ...input, phone: input.phone ?? null }, user, by, now));
}

/** Who records a consent: the logged-in person, by name (the consent shows it). */
async function author(ctx: RequestContext, userId: string, source: SettingsAuthor['source']): Promise<SettingsAuthor> {
  const who = await ctx.em.findOneOrFail(User, { id: userId });
  return { userId, name: who.displayName, source };
}

/** A user's mobile number and notice channels (issue 17 item 7): the user on their profile, or their admin. */
@Resolver()
export class NotificationSettingsResolver {
  @Mutation(() => MeType, {
    description:
      'Your mobile number, where your notices go besides the app (e-mail, WhatsApp, SMS), their language and your consent to WhatsApp/SMS; a login session only, not an API key',
  })
  async updateMyNotificationSettings(
    @Arg('input', () => NotificationSettingsInput) input: NotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<MeType> {
    const principal = requirePrincipal(ctx.principal);
    if (ctx.auth?.kind !== 'session') {
      throw forbidden({
        id: 'Pengaturan pemberitahuan hanya untuk pengguna yang masuk, bukan kunci API.',
        en: 'Notice settings are for a logged-in user, not an API key.',
      });
    }
    noteOnMutation({
      email: input.email,
      whatsapp: input.whatsapp,
      sms: input.sms,
      phone: Boolean(input.phone),
      language: input.language ?? null,
      consent: Boolean(input.consent),
    });
    const user = await ctx.em.findOneOrFail(User, { id: principal.userId });
    apply(user, input, { userId: user.id, name: user.displayName, source: 'SELF' }, ctx.now());
    await ctx.em.flush();
    return meOf(ctx, user);
  }

  @Mutation(() => ManagedUserType, {
    description:
      'Admin: a user’s mobile number, notice channels and language (a user of your area); WhatsApp or SMS only with the officer’s consent (`consent`), recorded as given through you',
  })
  async setUserNotificationSettings(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => NotificationSettingsInput) input: NotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedUserType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({
      userId,
      email: input.email,
      whatsapp: input.whatsapp,
      sms: input.sms,
      phone: Boolean(input.phone),
      language: input.language ?? null,
      consent: Boolean(input.consent),
    });
    const user = await manageableUser(ctx, areaCodes, userId);
    const by = await author(ctx, principal.userId, user.id === principal.userId ? 'SELF' : 'ADMIN');
    apply(user, input, by, ctx.now());
    await ctx.em.flush();
    return toView(ctx, user);
  }
}

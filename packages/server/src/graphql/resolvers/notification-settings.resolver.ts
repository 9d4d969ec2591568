import { forbidden } from '@posyandu-spm/core';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { User } from '../../entities/user.entity.js';
import { checkedChannelSettings } from '../../notify/officer-channels.js';
import { requireAdmin } from '../../security/admin.js';
import { noteOnMutation } from '../../security/audit-mutations.js';
import { manageableUser, ManagedUserType, toView } from '../../security/user-admin.resolver.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { NotificationSettingsInput } from '../types/notification-settings.type.js';
import { meOf, MeType } from './auth.resolver.js';

function apply(user: User, input: NotificationSettingsInput): void {
  const checked = checkedChannelSettings(
    { phone: input.phone ?? null, email: input.email, whatsapp: input.whatsapp, sms: input.sms },
    user.email,
  );
  user.phone = checked.phone;
  user.notifyEmail = checked.email;
  user.notifyWhatsApp = checked.whatsapp;
  user.notifyBySms = checked.sms;
}

/** A user's mobile number and notice channels (issue 17 item 7): the user on their profile, or their admin. */
@Resolver()
export class NotificationSettingsResolver {
  @Mutation(() => MeType, {
    description:
      'Your mobile number and where your notices go besides the app (e-mail, WhatsApp, SMS); a login session only, not an API key',
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
    noteOnMutation({ email: input.email, whatsapp: input.whatsapp, sms: input.sms, phone: Boolean(input.phone) });
    const user = await ctx.em.findOneOrFail(User, { id: principal.userId });
    apply(user, input);
    await ctx.em.flush();
    return meOf(ctx, user);
  }

  @Mutation(() => ManagedUserType, {
    description: 'Admin: a user’s mobile number and notice channels (a user of your area)',
  })
  async setUserNotificationSettings(
    @Arg('userId', () => ID) userId: string,
    @Arg('input', () => NotificationSettingsInput) input: NotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ManagedUserType> {
    const { areaCodes } = requireAdmin(ctx.principal);
    noteOnMutation({
      userId,
      email: input.email,
      whatsapp: input.whatsapp,
      sms: input.sms,
      phone: Boolean(input.phone),
    });
    const user = await manageableUser(ctx, areaCodes, userId);
    apply(user, input);
    await ctx.em.flush();
    return toView(ctx, user);
  }
}

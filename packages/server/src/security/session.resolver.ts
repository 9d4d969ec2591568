import { DomainError } from '@posyandu-spm/core';
import { Ctx, Mutation, Resolver } from 'type-graphql';
import { User } from '../entities/user.entity.js';
import type { RequestContext } from '../graphql/context.js';
import { AuthPayload, meOf } from '../graphql/resolvers/auth.resolver.js';
import { requirePrincipal } from '../services/principal.js';
import { sessionEnded } from './authenticate.js';
import { refreshSession, revokeSession } from './sessions.js';

function loginSession(ctx: RequestContext) {
  requirePrincipal(ctx.principal);
  if (ctx.auth?.kind !== 'session') {
    throw new DomainError('FORBIDDEN', {
      id: 'Hanya untuk sesi login; kunci API tidak punya sesi.',
      en: 'Only for a login session; an API key has no session.',
    });
  }
  return ctx.auth;
}

/** Token refresh and logout (DESIGN §8, issue 5: sessions). `login` stays in auth.resolver.ts. */
@Resolver()
export class SessionResolver {
  @Mutation(() => AuthPayload, {
    description:
      'A new token for the current session (send the current one); the old token stops working 30 seconds later. A session ends SESSION_MAX_HOURS after login however often it is refreshed.',
  })
  async refreshToken(@Ctx() ctx: RequestContext): Promise<AuthPayload> {
    const session = loginSession(ctx);
    const fresh = await refreshSession(ctx.em, ctx.tokens, session);
    if (!fresh) throw sessionEnded('EXPIRED');
    const user = await ctx.em.findOneOrFail(User, { id: session.userId });
    return { ...fresh, me: await meOf(ctx, user) };
  }

  @Mutation(() => Boolean, {
    description: 'End the current session: its token is refused from the next request on, also for live events',
  })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const session = loginSession(ctx);
    await revokeSession(ctx.em, session.sessionId, 'LOGOUT');
    return true;
  }
}

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { CasePartyType } from '../types/case-view.type.js';

/** A party as resolved for one viewer (already masked by policy), and whom it is about, for the audit. */
export type CaseParty = CasePartyType & { caseId: string; personId: string };

/**
 * The NIK and KK fields of a party. The values were masked by the policy when
 * the party was built (case-fields.resolver.ts); these resolvers only note each
 * full number that is actually sent — a field not asked for is not a read — so
 * the audit log shows who saw whose number, on which case.
 */
@Resolver(() => CasePartyType)
export class CasePartyResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full, or masked (3310••••••••0001) unless the role needs it; every full read is audited',
  })
  nik(@Root() party: CaseParty, @Ctx() ctx: RequestContext): string | null {
    if (party.nik && !party.nikMasked) ctx.audit.noteRead('NIK_UNMASKED', party.caseId, party.personId);
    return party.nik;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The latest family card (KK) number seen: full, or masked (3310••••••••0007) unless the role needs it; every full read is audited',
  })
  kkNumber(@Root() party: CaseParty, @Ctx() ctx: RequestContext): string | null {
    if (party.kkNumber && !party.kkMasked) ctx.audit.noteRead('KK_UNMASKED', party.caseId, party.personId);
    return party.kkNumber;
  }
}

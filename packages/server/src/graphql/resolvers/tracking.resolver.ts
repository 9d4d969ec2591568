import { timingSafeEqual } from 'node:crypto';
import { CASE_OUTCOME_LABELS, DECLINE_REASON_LABELS } from '@posyandu-spm/core';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { CaseEvent } from '../../entities/case-event.entity.js';
import { Case } from '../../entities/case.entity.js';
import { caseDeadline } from '../../services/case-deadline.js';
import { normalizeTrackingCode } from '../../services/tracking-code.js';
import type { RequestContext } from '../context.js';
import { TrackedCaseType } from '../types/case-view.type.js';
import { sectorName, serviceTypeOfCase, stateOfCase } from '../types/uninstalled-sector.js';

function sameDigits(a: string, b: string): boolean {
  const x = Buffer.from(a.padEnd(4, ' '));
  const y = Buffer.from(b.padEnd(4, ' '));
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The citizen's view, without an account: the tracking code plus the last 4
 * digits of the phone number given at registration (or, for a reporter without
 * a phone, the 4-digit PIN printed on the receipt). A wrong code and wrong
 * digits give the same answer (null), so nothing can be probed.
 */
@Resolver()
export class TrackingResolver {
  @Query(() => TrackedCaseType, {
    nullable: true,
    description: 'Public: status and deadline of a case, nothing personal',
  })
  async trackCase(
    @Arg('code', () => String) code: string,
    @Arg('phoneLast4', () => String) phoneLast4: string,
    @Ctx() ctx: RequestContext,
  ): Promise<TrackedCaseType | null> {
    const digits = phoneLast4.trim();
    if (!/^\d{4}$/.test(digits) || code.length > 40) return null;
    const c = await ctx.em.findOne(Case, { code: normalizeTrackingCode(code) });
    // A reporter without a phone has the receipt's 4-digit PIN instead.
    const secret = c?.contactPhone ? c.contactPhone.slice(-4) : c?.trackingPin;
    if (!c || !secret || !sameDigits(secret, digits)) return null;
    // A sector no longer installed still tracks: its name says so, the state says open or closed.
    const type = serviceTypeOfCase(ctx.registry, c.sectorId, c.serviceTypeId);
    const state = stateOfCase(ctx.registry, c.sectorId, c.status, c.closedAt !== null);
    const deadline = await caseDeadline(ctx.calendars, c, ctx.now());
    // The closing step's reason is written for the citizen (declined, cannot be served).
    const toldReason = c.outcome === 'DECLINED' || c.outcome === 'CANNOT_BE_SERVED';
    const closing = toldReason
      ? await ctx.em.findOne(
          CaseEvent,
          { case: c.id, type: 'ACTION_TAKEN', toStatus: c.status },
          { orderBy: { id: 'desc' }, fields: ['reason', 'payload'] },
        )
      : null;
    const suggested = closing?.payload['suggestedUnitName'];
    return {
      code: c.code,
      sector: sectorName(ctx.registry, c.sectorId),
      serviceType: type.name,
      status: state.citizenLabel,
      closed: c.closedAt !== null,
      registeredAt: c.registeredAt,
      updatedAt: c.updatedAt,
      deadline,
      outcome: c.outcome,
      outcomeLabel: c.outcome ? CASE_OUTCOME_LABELS[c.outcome] : null,
      declineReason: c.declineReason ? DECLINE_REASON_LABELS[c.declineReason] : null,
      closingReason: closing && !c.confidentialReporter ? closing.reason : null,
      suggestedUnit: typeof suggested === 'string' ? suggested : null,
    };
  }
}

import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  dueAtOnResume,
  planAction,
  remainingOnPause,
  type ActionInput,
  type PlannedTransition,
} from '@posyandu-spm/core';
import { CaseHolding } from '../entities/case-holding.entity.js';
import type { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { recordEvent } from './case-events.js';
import { loadCaseForWork, touchCase } from './case-work.js';
import { warnOpenCasesOfFamily } from './prior-case-warnings.js';
import { resolveRoute } from './routing.service.js';
import type { ServiceDeps } from './service-deps.js';
import { isUuid } from './ids.js';
import { eventActor } from './principal.js';
import { notifyUnit } from './notify-unit.js';
import { workingDaysTaken } from './case-deadline.js';

/**
 * The unit a "bukan wewenang" answer points the citizen to: it must exist and must not be the unit
 * that says it is not its authority (nor the one holding the case).
 */
async function suggestedUnit(
  em: EntityManager,
  id: string,
  notIds: readonly string[],
): Promise<{ id: string; name: string }> {
  const unit = isUuid(id) ? await em.findOne(OrgUnit, { id }, { fields: ['id', 'name'] }) : null;
  if (!unit || notIds.includes(unit.id)) {
    const message = unit
      ? {
          id: 'Unit yang disarankan adalah unit Anda sendiri; sebutkan unit lain yang berwenang.',
          en: 'The suggested unit is your own unit; name another unit that has the authority.',
        }
      : {
          id: `Unit yang disarankan (${id}) tidak ditemukan.`,
          en: `The suggested unit (${id}) does not exist.`,
        };
    throw new DomainError('SUGGESTED_UNIT_INVALID', message, {
      fields: [
        { field: 'input.suggestedUnitId', label: { id: 'Unit yang berwenang', en: 'Unit with authority' }, message },
      ],
      details: { suggestedUnitId: id },
    });
  }
  return { id: unit.id, name: unit.name };
}

/**
 * Takes a workflow action on a case: the engine checks state, role, guards and
 * input; this applies the plan (new holder, clock, closure) and writes the event,
 * all in one transaction guarded by the case version.
 */
export async function performAction(
  deps: ServiceDeps,
  caseId: string,
  actionId: string,
  input: ActionInput,
  expectedVersion: number,
): Promise<Case> {
  const { registry, principal, now, calendars } = deps;
  return deps.em.transactional(async (em) => {
    const { c, holder, holdings, facts } = await loadCaseForWork(em, registry, principal, caseId, expectedVersion);
    const plan: PlannedTransition = planAction(registry, facts, principal, actionId, input);
    const suggested = plan.suggestedUnitId
      ? await suggestedUnit(em, plan.suggestedUnitId, [plan.actingAs.orgUnitId, holder.id])
      : null;
    const calendar = await calendars.forArea(c.area.code);

    let newHolder: OrgUnit | null = null;
    let statusAfter = plan.to.id;
    const current = holdings.find((h) => h.until === null);
    if (plan.returnToPrevious && current?.receivedFrom) {
      newHolder = await em.findOneOrFail(OrgUnit, { id: current.receivedFrom.id });
      statusAfter = current.statusBefore;
      // Back with the unit that sent it: restore where that unit stood before it sent it on.
      const earlier = holdings.filter((h) => h.orgUnit.id === newHolder?.id).at(-1);
      current.until = now;
      em.persist(
        em.create(CaseHolding, {
          case: c,
          orgUnit: newHolder,
          statusBefore: earlier?.statusBefore ?? statusAfter,
          receivedFrom: earlier?.receivedFrom ?? null,
          since: now,
        }),
      );
    } else if (plan.assign) {
      newHolder = await resolveRoute(em, plan.assign, c.area.code);
      if (newHolder.id !== holder.id) {
        if (current) current.until = now;
        em.persist(
          em.create(CaseHolding, {
            case: c,
            orgUnit: newHolder,
            statusBefore: c.status,
            receivedFrom: holder,
            since: now,
          }),
        );
        if (!c.heldByUnitIds.includes(newHolder.id)) c.heldByUnitIds = [...c.heldByUnitIds, newHolder.id];
      }
    }
    if (newHolder) c.holder = ref(newHolder);

    let clock: 'paused' | 'resumed' | null = null;
    if (plan.pauseClock) {
      c.clockPausedAt = now;
      c.remainingWorkingDays = remainingOnPause(calendar, now, c.dueAt);
      clock = 'paused';
    }
    if (plan.resumeClock || (plan.close && c.clockPausedAt)) {
      const remaining = c.remainingWorkingDays ?? 0;
      c.clockStartDate = calendar.localDate(now);
      c.clockDays = remaining;
      c.dueAt = dueAtOnResume(calendar, now, remaining);
      c.deadlineNotice = 'NONE';
      // A new running clock: its escalation chain starts again from the holder's head.
      c.escalationLevel = 0;
      c.escalatedTo = null;
      c.clockPausedAt = null;
      c.remainingWorkingDays = null;
      clock = 'resumed';
    }
    if (plan.close) {
      c.closedAt = now;
      c.outcome = plan.close;
      c.declineReason = plan.declineReason;
      c.settlementKind = plan.settlementKind;
      c.settledBy = c.holder;
      c.closedOnTime = now.getTime() <= c.dueAt.getTime();
      c.workingDaysTaken = workingDaysTaken(calendar, c, now);
    }
    const fromStatus = c.status;
    c.status = statusAfter;
    touchCase(c, now);
    const event = recordEvent(em, c, {
      type: plan.returnToPrevious ? 'RETURNED' : 'ACTION_TAKEN',
      ...eventActor(principal),
      holderId: c.holder.id,
      action: plan.actionId,
      fromStatus,
      toStatus: statusAfter,
      reason: plan.reason,
      note: plan.note,
      payload: {
        actingRole: plan.actingAs.role,
        actingUnitId: plan.actingAs.orgUnitId,
        ...(newHolder ? { fromHolderId: holder.id, toHolderId: newHolder.id } : {}),
        ...(clock ? { clock, dueAt: c.dueAt.toISOString(), remainingWorkingDays: c.remainingWorkingDays } : {}),
        ...(plan.close ? { outcome: plan.close } : {}),
        ...(plan.declineReason ? { declineReason: plan.declineReason } : {}),
        ...(plan.settlementKind ? { settlementKind: plan.settlementKind } : {}),
        ...(suggested ? { suggestedUnitId: suggested.id, suggestedUnitName: suggested.name } : {}),
      },
      at: now,
    });
    if (newHolder && newHolder.id !== holder.id && !plan.close) {
      // A new case in the unit's inbox: its members are told in the app now and on the channels each
      // chose (issue 17 item 7), those in the area's working hours.
      await notifyUnit(
        em,
        newHolder.id,
        c,
        event,
        'CASE_RECEIVED',
        {
          id: `Kasus ${c.code} masuk ke kotak masuk ${newHolder.name}.`,
          en: `Case ${c.code} arrived in the inbox of ${newHolder.name}.`,
        },
        now,
        calendar.nextWorkingHour(now),
      );
    }
    if (plan.close) await warnOpenCasesOfFamily(em, registry, c, now);
    return c;
  });
}

import type { EntityManager } from '@mikro-orm/postgresql';
import {
  canReadCase,
  ORG_UNIT_KIND_LABELS,
  type CaseAccessFacts,
  type EscalationLevel,
  type LocalizedText,
  type PluginRegistry,
} from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { User } from '../entities/user.entity.js';
import { accessFacts } from './case-facts.js';
import { recordEvent } from './case-events.js';
import { membersWithMemberships } from './escalation-chain.js';
import { notifyUsers } from './notify-unit.js';

/** Who one escalation level reaches for one case: a unit, and its members who may open the case. */
export interface LevelTarget {
  unit: OrgUnit;
  userIds: string[];
}

/** Members of `unit` who may open the case (the access policy on each one's whole principal). */
async function readersIn(em: EntityManager, unit: OrgUnit, facts: CaseAccessFacts, onlyHeads: boolean) {
  const members = await membersWithMemberships(em, [unit.id]);
  const userIds: string[] = [];
  for (const [userId, memberships] of members) {
    const here = memberships.filter((m) => m.orgUnitId === unit.id && m.role !== 'ADMIN');
    if (!here.length || (onlyHeads && !here.some((m) => m.role === 'UNIT_HEAD'))) continue;
    if (canReadCase({ userId, memberships }, facts)) userIds.push(userId);
  }
  return userIds;
}

/**
 * Resolves a level for a case: `HOLDER_HEAD` is the holder's UNIT_HEAD members, or — for a unit
 * without a head of its own (a Posyandu) — the parent unit's members who may open the case;
 * `UNIT` is the level's unit's members who may open it. Null when nobody would read the notice:
 * the caller passes the case on to the next level at once rather than drop it.
 */
export async function resolveLevel(
  em: EntityManager,
  level: EscalationLevel,
  holder: OrgUnit,
  facts: CaseAccessFacts,
): Promise<LevelTarget | null> {
  if (level.target === 'HOLDER_HEAD') {
    const heads = await readersIn(em, holder, facts, true);
    if (heads.length) return { unit: holder, userIds: heads };
    const parent = holder.parent ? await em.findOne(OrgUnit, { id: holder.parent.id }) : null;
    if (!parent) return null;
    const readers = await readersIn(em, parent, facts, false);
    return readers.length ? { unit: parent, userIds: readers } : null;
  }
  const unit = level.unitId ? await em.findOne(OrgUnit, { id: level.unitId }) : null;
  if (!unit) return null;
  const readers = await readersIn(em, unit, facts, false);
  return readers.length ? { unit, userIds: readers } : null;
}

function levelMessage(c: Case, holder: OrgUnit, n: number, target: OrgUnit, dueDate: string): LocalizedText {
  return {
    id: `Eskalasi tingkat ${n}: kasus ${c.code} melewati tenggat ${dueDate} dan belum diselesaikan oleh ${holder.name}. Anda diberi tahu sebagai ${target.name} (${ORG_UNIT_KIND_LABELS[target.kind].id}).`,
    en: `Escalation level ${n}: case ${c.code} is past its deadline of ${dueDate} and not yet settled by ${holder.name}. You are told as ${target.name} (${ORG_UNIT_KIND_LABELS[target.kind].en}).`,
  };
}

/**
 * Tells level `n` (1-based) of the chain about an overdue case, in the caller's transaction: an
 * ESCALATED event on the case's timeline naming the level and unit, an in-app notification and an
 * e-mail to each member who may open the case. Returns false when the level reaches nobody (the
 * event says so, and the sweep passes the case to the next level).
 */
export async function escalateToLevel(
  em: EntityManager,
  registry: PluginRegistry,
  c: Case,
  holder: OrgUnit,
  level: EscalationLevel,
  n: number,
  at: { now: Date; deliverAfter: Date; dueDate: string },
): Promise<boolean> {
  const facts = accessFacts(c, holder, registry, null);
  const target = await resolveLevel(em, level, holder, facts);
  c.escalationLevel = n;
  if (!target) {
    recordEvent(em, c, {
      type: 'ESCALATED',
      actorId: null,
      holderId: holder.id,
      payload: { level: n, target: level.target, unitId: level.unitId, reached: 0 },
      at: at.now,
    });
    return false;
  }
  c.escalatedTo = em.getReference(OrgUnit, target.unit.id, { wrapped: true });
  const event = recordEvent(em, c, {
    type: 'ESCALATED',
    actorId: null,
    holderId: holder.id,
    payload: {
      level: n,
      target: level.target,
      unitId: target.unit.id,
      unitName: target.unit.name,
      reached: target.userIds.length,
      dueAt: c.dueAt.toISOString(),
    },
    at: at.now,
  });
  const users = await em.find(User, { id: { $in: target.userIds } });
  notifyUsers(
    em,
    users,
    c,
    event,
    'ESCALATED',
    levelMessage(c, holder, n, target.unit, at.dueDate),
    at.now,
    at.deliverAfter,
  );
  return true;
}

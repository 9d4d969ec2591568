import type { EntityManager } from '@mikro-orm/postgresql';
import type { LocalizedText, Role } from '@posyandu-spm/core';
import type { CaseEvent } from '../entities/case-event.entity.js';
import type { Case } from '../entities/case.entity.js';
import { Membership } from '../entities/membership.entity.js';
import { Notification } from '../entities/notification.entity.js';
import type { User } from '../entities/user.entity.js';
import { queueOfficerNotice } from '../notify/officer-channels.js';
import type { OfficerNoticeKind } from '../notify/officer-templates.js';

/**
 * Tells the (non-admin) members of a unit — or only those holding one of `roles` — about a case
 * event: an in-app notification now (live through the event feed), and by e-mail, WhatsApp or SMS
 * as each chose, through the outbox from `deliverAfter` (the deadline clock picks the area's next
 * working hours).
 */
export async function notifyUnit(
  em: EntityManager,
  unitId: string,
  c: Case,
  event: CaseEvent,
  kind: OfficerNoticeKind,
  message: LocalizedText,
  now: Date,
  deliverAfter: Date,
  roles?: readonly Role[],
): Promise<void> {
  const members = await em.find(
    Membership,
    { orgUnit: unitId, role: roles ? { $in: [...roles] } : { $ne: 'ADMIN' } },
    { populate: ['user'] },
  );
  const users = new Map(members.map((m) => [m.user.id, m.user.getEntity()]));
  notifyUsers(em, [...users.values()], c, event, kind, message, now, deliverAfter);
}

/**
 * Tells these users about a case event: in the app now; by e-mail, WhatsApp or SMS as each chose
 * (notify/officer-channels.ts), through the outbox from `deliverAfter`.
 */
export function notifyUsers(
  em: EntityManager,
  users: readonly User[],
  c: Case,
  event: CaseEvent,
  kind: OfficerNoticeKind,
  message: LocalizedText,
  now: Date,
  deliverAfter: Date,
): void {
  for (const user of users) {
    em.persist(em.create(Notification, { user, case: c, event, kind, message, createdAt: now }));
    queueOfficerNotice(em, user, c, event, kind, message, now, deliverAfter);
  }
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent, type CaseEventType } from '../entities/case-event.entity.js';
import type { Case } from '../entities/case.entity.js';

export interface EventInput {
  type: CaseEventType;
  actorId: string | null;
  /** The API key that took the step (the actor is then the person who made the key). */
  apiKeyId?: string | null;
  holderId: string;
  action?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  reason?: string | null;
  note?: string | null;
  /** No personal data here: events are shown to everyone who can read the case. */
  payload?: Record<string, unknown>;
  at: Date;
}

/** Appends an event to the case's history, in the caller's transaction. */
export function recordEvent(em: EntityManager, c: Case, input: EventInput): CaseEvent {
  const event = em.create(CaseEvent, {
    case: c,
    type: input.type,
    action: input.action ?? null,
    fromStatus: input.fromStatus ?? null,
    toStatus: input.toStatus ?? null,
    holder: input.holderId,
    actor: input.actorId,
    apiKey: input.apiKeyId ?? null,
    reason: input.reason ?? null,
    note: input.note ?? null,
    payload: input.payload ?? {},
    occurredAt: input.at,
  });
  em.persist(event);
  return event;
}

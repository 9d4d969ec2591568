import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { PluginRegistry } from '@posyandu-spm/core';
import { CaseEvent } from '../entities/case-event.entity.js';
import type { Case, CitizenChannel, CitizenLanguage } from '../entities/case.entity.js';
import { OutboxMessage } from '../entities/outbox-message.entity.js';
import { citizenMessage, type CitizenMessageKind } from './citizen-templates.js';

const CHANNEL_ID: Record<CitizenChannel, string> = { WHATSAPP: 'whatsapp', SMS: 'sms' };

/** Where the citizen follows the case: the public tracking page. */
export function trackingAddress(publicUrl: string | undefined): string {
  return `${(publicUrl ?? '').replace(/\/+$/, '')}/lacak`;
}

/**
 * What an event tells the citizen, if anything: the receipt; a new status when its citizen-facing
 * wording changes (internal steps that read the same to them are not news); the outcome when the
 * case reaches a final state, in the words the sector gives that state.
 */
export function citizenNews(
  registry: PluginRegistry,
  c: Pick<Case, 'code' | 'sectorId' | 'serviceTypeId'>,
  e: Pick<CaseEvent, 'type' | 'fromStatus' | 'toStatus'>,
  language: CitizenLanguage,
  publicUrl: string | undefined,
): { kind: CitizenMessageKind; params: string[] } | null {
  if (e.type === 'REGISTERED') {
    const type = registry.serviceType(c.sectorId, c.serviceTypeId);
    return { kind: 'CITIZEN_RECEIPT', params: [c.code, type.name[language], trackingAddress(publicUrl)] };
  }
  if (!e.toStatus || e.toStatus === e.fromStatus) return null;
  const to = registry.state(c.sectorId, e.toStatus);
  if (to.terminal) return { kind: 'CITIZEN_OUTCOME', params: [c.code, to.citizenLabel[language]] };
  const from = e.fromStatus ? registry.state(c.sectorId, e.fromStatus) : null;
  if (from && from.citizenLabel[language] === to.citizenLabel[language]) return null;
  return { kind: 'CITIZEN_STATUS', params: [c.code, to.citizenLabel[language]] };
}

/** The outbox row an event sends the citizen, when it is news to a citizen who consented (else null). */
export interface CitizenMessageRow {
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  kind: CitizenMessageKind;
  template: ReturnType<typeof citizenMessage>['template'];
  deliverAfter: Date;
}

function citizenMessageRow(
  registry: PluginRegistry,
  publicUrl: string | undefined,
  c: Pick<Case, 'code' | 'sectorId' | 'serviceTypeId' | 'messageChannel' | 'messageLanguage' | 'contactPhone'>,
  event: Pick<CaseEvent, 'type' | 'fromStatus' | 'toStatus' | 'occurredAt'>,
): CitizenMessageRow | null {
  if (!c.messageChannel || !c.contactPhone || !registry.hasSector(c.sectorId)) return null;
  const language: CitizenLanguage = c.messageLanguage === 'en' ? 'en' : 'id';
  const news = citizenNews(registry, c, event, language, publicUrl);
  if (!news) return null;
  const { template, text } = citizenMessage(news.kind, language, news.params);
  return {
    channel: CHANNEL_ID[c.messageChannel],
    recipient: c.contactPhone,
    subject: `${news.kind} ${c.code}`,
    body: text,
    kind: news.kind,
    template,
    deliverAfter: event.occurredAt,
  };
}

/**
 * The transactional outbox for citizens: when a flush writes a case event that is news to a
 * citizen who consented at registration (WhatsApp or SMS), the message in their language is
 * written in the same flush — it commits with the change or not at all, whichever service,
 * plugin or job took the step. (Registration writes its rows in one SQL statement, not a flush:
 * it asks `citizenMessageOf` and puts the message into that statement.)
 */
export function citizenMessageSubscriber(registry: PluginRegistry, publicUrl: string | undefined): EventSubscriber {
  return {
    onFlush(args: FlushEventArgs) {
      const { uow, em } = args;
      for (const cs of uow.getChangeSets()) {
        if (cs.type !== ChangeSetType.CREATE || !(cs.entity instanceof CaseEvent)) continue;
        const event = cs.entity;
        const c = event.case.unwrap();
        const row = citizenMessageRow(registry, publicUrl, c, event);
        if (!row) continue;
        const message = em.create(OutboxMessage, { ...row, case: c, event, createdAt: event.occurredAt });
        uow.computeChangeSet(message);
      }
    },
  };
}

/**
 * The settings each ORM's outbox was hooked in with, by the ORM's configuration: every fork shares
 * it (a transaction's fork clones the event manager, so that is no key).
 */
const configured = new WeakMap<object, { registry: PluginRegistry; publicUrl: string | undefined }>();

/** Hooks the citizen outbox into the ORM once. */
export function registerCitizenMessages(orm: MikroORM, registry: PluginRegistry, publicUrl: string | undefined): void {
  if (configured.has(orm.config)) return;
  orm.em.getEventManager().registerSubscriber(citizenMessageSubscriber(registry, publicUrl));
  configured.set(orm.config, { registry, publicUrl });
}

/**
 * For a writer that inserts a case event with plain SQL instead of a flush: the outbox row the
 * subscriber above would have added (null when the event is no news to a consenting citizen, or
 * the outbox is not hooked into this ORM).
 */
export function citizenMessageOf(
  em: EntityManager,
  c: Parameters<typeof citizenMessageRow>[2],
  event: Parameters<typeof citizenMessageRow>[3],
): CitizenMessageRow | null {
  const settings = configured.get(em.config);
  return settings ? citizenMessageRow(settings.registry, settings.publicUrl, c, event) : null;
}

/**
 * The registry and public address the outbox was hooked in with, for other writers of messages
 * (the officers' notices: a service type's name, the link to a case); null when not hooked.
 */
export function messageSettingsOf(
  em: EntityManager,
): { registry: PluginRegistry; publicUrl: string | undefined } | null {
  return configured.get(em.config) ?? null;
}

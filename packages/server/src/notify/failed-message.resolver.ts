import { notFound, validationFailed } from '@posyandu-spm/core';
import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context.js';
import { requireAdmin } from '../security/admin.js';
import { isUuid } from '../services/ids.js';

@ObjectType('OutboxMessage', { description: 'A notification on its way to a person (e-mail, WhatsApp, SMS)' })
export class OutboxMessageType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'email, whatsapp or sms' }) channel!: string;
  @Field(() => String, { description: 'The recipient, masked: the admin manages delivery, not contacts' })
  recipient!: string;
  @Field(() => String, {
    nullable: true,
    description: 'CITIZEN_RECEIPT, CITIZEN_STATUS, CITIZEN_OUTCOME, OFFICER_NOTICE',
  })
  kind!: string | null;
  @Field(() => String, { nullable: true, description: 'The tracking code of the case it is about' })
  caseCode!: string | null;
  @Field(() => String, { description: 'The text as sent (codes and statuses, nothing personal)' }) body!: string;
  @Field(() => String, { nullable: true, description: 'The WhatsApp template, when it is one' })
  template!: string | null;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true, description: 'Why it failed, as the provider said it' })
  lastError!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'ACCEPTED, SENT, DELIVERED, READ or FAILED (provider callbacks)',
  })
  deliveryStatus!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Given up: retries ran out or the provider refused it' })
  failedAt!: Date | null;
  @Field(() => Date, { description: 'Not sent before this instant (retries back off)' }) deliverAfter!: Date;
}

interface Row {
  id: string;
  channel: string;
  recipient: string;
  kind: string | null;
  code: string | null;
  area_code: string | null;
  body: string;
  template: { name: string; language: string } | null;
  attempts: number;
  last_error: string | null;
  delivery_status: string | null;
  created_at: Date;
  sent_at: Date | null;
  failed_at: Date | null;
  deliver_after: Date;
}

/** `••••••••7890`, `s•••@gombang.test`: enough to tell messages apart, not to contact anyone. */
export function maskRecipient(recipient: string): string {
  const at = recipient.indexOf('@');
  if (at > 0) return `${recipient[0]}•••${recipient.slice(at)}`;
  const digits = recipient.replace(/\D/g, '');
  return `${'•'.repeat(Math.max(digits.length - 4, 0))}${digits.slice(-4)}`;
}

function toView(r: Row): OutboxMessageType {
  return {
    id: r.id,
    channel: r.channel,
    recipient: maskRecipient(r.recipient),
    kind: r.kind,
    caseCode: r.code,
    body: r.body,
    template: r.template ? `${r.template.name} (${r.template.language})` : null,
    attempts: r.attempts,
    lastError: r.last_error,
    deliveryStatus: r.delivery_status,
    createdAt: new Date(r.created_at),
    sentAt: r.sent_at ? new Date(r.sent_at) : null,
    failedAt: r.failed_at ? new Date(r.failed_at) : null,
    deliverAfter: new Date(r.deliver_after),
  };
}

/** Messages of cases in the admin's areas (the case's area is the admin's or lies within it, as isWithinArea). */
const SELECT = `select m.id, m.channel, m.recipient, m.kind, c.code, c.area_code, m.body, m.template, m.attempts,
    m.last_error, m.delivery_status, m.created_at, m.sent_at, m.failed_at, m.deliver_after
  from outbox_message m join spm_case c on c.id = m.case_id
  where exists (select 1 from json_array_elements_text(?::json) a(code) where c.area_code = a.code or starts_with(c.area_code, a.code || '.'))`;

/** The admin's view of notifications that could not be delivered, and the button to send one again. */
@Resolver()
export class FailedMessageResolver {
  @Query(() => [OutboxMessageType], {
    description: 'Admin: messages given up (retries ran out, or the provider refused them), newest first',
  })
  async failedMessages(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<OutboxMessageType[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const rows = await ctx.em
      .getConnection()
      .execute<Row[]>(
        `${SELECT} and m.failed_at is not null order by m.failed_at desc, m.id limit ${Math.min(Math.max(first, 1), 200)}`,
        [JSON.stringify(areaCodes)],
      );
    return rows.map(toView);
  }

  @Mutation(() => OutboxMessageType, {
    description: 'Admin: send a given-up message again now, with a fresh round of retries',
  })
  async retryMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<OutboxMessageType> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const conn = ctx.em.getConnection();
    const [row] = isUuid(id)
      ? await conn.execute<Row[]>(`${SELECT} and m.id = ?`, [JSON.stringify(areaCodes), id])
      : [];
    if (!row) throw notFound({ id: 'Pesan', en: 'Message' });
    if (!row.failed_at) {
      throw validationFailed([
        {
          field: 'id',
          message: {
            id: 'Hanya pesan yang gagal terkirim yang dapat dikirim ulang.',
            en: 'Only a message that failed can be sent again.',
          },
        },
      ]);
    }
    const [updated] = await conn.execute<Row[]>(
      `update outbox_message set failed_at = null, attempts = 0, deliver_after = ?, locked_until = null, sent_at = null,
          provider_message_id = null, delivery_status = null, status_at = null
        where id = ? returning id`,
      [ctx.now(), id],
    );
    if (!updated) throw notFound({ id: 'Pesan', en: 'Message' });
    const [view] = await conn.execute<Row[]>(`${SELECT} and m.id = ?`, [JSON.stringify(areaCodes), id]);
    return toView(view as Row);
  }
}

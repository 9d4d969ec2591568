import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { InboxReason } from '../../services/case-inbox.js';

export const InboxReasonEnum: Record<InboxReason, InboxReason> = { HELD: 'HELD', ESCALATED: 'ESCALATED' };
registerEnumType(InboxReasonEnum, {
  name: 'InboxReason',
  description: 'HELD: routed to the unit, which holds it now; ESCALATED: overdue under the unit below, escalated to it',
});

@ObjectType('CaseInboxEntry', { description: "Why and since when a case is in the inbox of one of the viewer's units" })
export class CaseInboxEntryType {
  @Field(() => InboxReasonEnum) reason!: InboxReason;
  @Field(() => Date, { description: 'When it arrived: handed over, or escalated for being overdue' }) since!: Date;
  @Field(() => Boolean, {
    description: 'A member of the receiving unit has changed the case since it arrived; false: a new arrival',
  })
  actedOn!: boolean;
  /** Resolved to `unit` and `receivedFrom` by CaseInboxResolver. */
  unitId!: string;
  receivedFromId!: string | null;
}

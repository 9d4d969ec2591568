import type { EscalationTarget } from '@posyandu-spm/core';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { EscalationTargetEnum } from '../../enums.js';
import { TextType } from './text.type.js';

@ObjectType('EscalationLevel', { description: 'One level of a kabupaten escalation chain' })
export class EscalationLevelView {
  @Field(() => Int, { description: '1 is told first, just after the deadline' }) position!: number;
  @Field(() => EscalationTargetEnum) target!: EscalationTarget;
  @Field(() => OrgUnit, { nullable: true, description: 'The unit told, for UNIT levels' }) unit!: OrgUnit | null;
  @Field(() => Int, { description: 'Working days this level has before the next one is told' })
  windowWorkingDays!: number;
}

@ObjectType('EscalationChain', {
  description:
    "A kabupaten's escalation chain: the due-soon notice to the holder, then each level in turn (working days, the area calendar)",
})
export class EscalationChainView {
  @Field(() => String) kabupatenCode!: string;
  @Field(() => String) kabupatenName!: string;
  @Field(() => Boolean, { description: 'false: nothing configured yet (the server refuses to start until it is)' })
  configured!: boolean;
  @Field(() => Int, { description: 'The holder is told at the start of this many last working days (1: the due day)' })
  dueSoonWorkingDays!: number;
  @Field(() => [EscalationLevelView]) levels!: EscalationLevelView[];
  @Field(() => Date, { nullable: true }) updatedAt!: Date | null;
  @Field(() => [TextType], {
    description:
      "The start-up check's holes in the chain as it stands now (a coordinator deactivated since): empty when it reaches a person at every level",
  })
  problems!: TextType[];
}

@InputType('EscalationLevelInput')
export class EscalationLevelInput {
  @Field(() => EscalationTargetEnum) target!: EscalationTarget;
  @Field(() => ID, { nullable: true, description: 'Required for UNIT levels' }) unitId?: string | null;
  @Field(() => Int) windowWorkingDays!: number;
}

@InputType('EscalationChainInput')
export class EscalationChainInput {
  @Field(() => Int) dueSoonWorkingDays!: number;
  @Field(() => [EscalationLevelInput], { description: 'In order: level 1 first' }) levels!: EscalationLevelInput[];
}

import { Field, Int, ObjectType } from 'type-graphql';
import type { CaseOutcome, DeclineReason, SettlementKind } from '@posyandu-spm/core';
import { CaseOutcomeEnum, DeclineReasonEnum, SettlementKindEnum } from '../../enums.js';
import { SpmServiceType } from './spm-service.type.js';
import { TextType } from './text.type.js';

@ObjectType('DocumentRequirement', { description: 'A document a service type asks for' })
export class DocumentRequirementType {
  @Field(() => String) code!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => TextType, { nullable: true }) description?: TextType;
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int, { description: 'Files that make it complete, e.g. 3 photos' }) minFiles!: number;
  @Field(() => Int) maxFiles!: number;
}

@ObjectType('FactOption')
export class FactOptionType {
  @Field(() => String) value!: string;
  @Field(() => TextType) label!: TextType;
}

@ObjectType('IntakeQuestion', { description: 'A question the intake form asks' })
export class FactType {
  @Field(() => String) id!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => String, { description: 'text, number, boolean, date or choice' }) type!: string;
  @Field(() => Boolean) required!: boolean;
  @Field(() => [FactOptionType]) options!: FactOptionType[];
  @Field(() => Int, { nullable: true }) maxLength?: number;
  @Field(() => String, {
    nullable: true,
    description: 'For text: personName (letters, no digits) or digits (exactly `digits` digits); null: any text',
  })
  format?: string;
  @Field(() => Int, { nullable: true, description: 'For a text of format digits: how many digits, e.g. 13' })
  digits?: number;
  @Field(() => Int, { nullable: true, description: 'For locations: at most this many points (default 20)' })
  maxItems?: number;
}

@ObjectType('ServiceType')
export class ServiceTypeType {
  @Field(() => String) id!: string;
  @Field(() => TextType) name!: TextType;
  @Field(() => TextType, { nullable: true }) description?: TextType;
  @Field(() => [DocumentRequirementType]) documents!: DocumentRequirementType[];
  @Field(() => [FactType]) questions!: FactType[];
  @Field(() => Boolean, { description: "The applicant's family card (KK) number is required for this service" })
  applicantKkRequired!: boolean;
}

@ObjectType('WorkflowState')
export class WorkflowStateType {
  @Field(() => String) id!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => TextType, { description: 'Plain wording for the citizen' }) citizenLabel!: TextType;
  @Field(() => Boolean) terminal!: boolean;
  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'How a case ends in this state, for a final state' })
  outcome?: CaseOutcome;
  @Field(() => Boolean) pausesClock!: boolean;
  @Field(() => Boolean) allowsVisits!: boolean;
}

@ObjectType('WorkflowGuard')
export class WorkflowGuardType {
  @Field(() => String, { description: 'documentsComplete, documentsVerified or visitRecorded' }) type!: string;
  @Field(() => String, { nullable: true }) visitKind?: string;
  @Field(() => [String], {
    nullable: true,
    description: 'The documents a document guard checks; null: every required one',
  })
  documentCodes?: string[];
}

@ObjectType('WorkflowAction')
export class WorkflowActionType {
  @Field(() => String) id!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => [String]) from!: string[];
  @Field(() => String) to!: string;
  @Field(() => [String]) roles!: string[];
  @Field(() => [String], { nullable: true, description: 'Only for these service types; null: all' })
  serviceTypes?: string[];
  @Field(() => [WorkflowGuardType]) guards!: WorkflowGuardType[];
  @Field(() => [String], { description: 'Routes the action assigns the case by' }) assignsTo!: string[];
  @Field(() => Boolean) requiresReason!: boolean;
  @Field(() => Boolean) requiresNote!: boolean;
  @Field(() => [DeclineReasonEnum], { description: 'Into a DECLINED state: the reason codes offered' })
  declineReasons!: DeclineReason[];
  @Field(() => [SettlementKindEnum], { description: 'Into a SETTLED_AT_VILLAGE state: the kinds offered' })
  settlementKinds!: SettlementKind[];
}

@ObjectType('Workflow')
export class WorkflowType {
  @Field(() => String) initialState!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Where a complaint without identity or contact starts (perlu keputusan), if the sector holds them',
  })
  anonymousIntakeState?: string;
  @Field(() => [WorkflowStateType]) states!: WorkflowStateType[];
  @Field(() => [WorkflowActionType]) actions!: WorkflowActionType[];
}

@ObjectType('Route', { description: 'Where a case goes when escalated: a kind of org unit serving the case area' })
export class RouteType {
  @Field(() => String) id!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => String) unitKind!: string;
  @Field(() => String, { nullable: true }) service?: string;
}

@ObjectType('Sector', { description: 'An SPM sector, contributed by a plugin' })
export class SectorType {
  @Field(() => String) id!: string;
  @Field(() => TextType) name!: TextType;
  @Field(() => TextType, { nullable: true }) description?: TextType;
  @Field(() => String) version!: string;
  @Field(() => Boolean, {
    description:
      'False for the sector of a case whose plugin is no longer installed: its cases are read-only, labelled as a sector not installed',
  })
  installed!: boolean;
  @Field(() => [String]) intakeUnitKinds!: string[];
  @Field(() => [String]) intakeRoles!: string[];
  @Field(() => Boolean) confidentialReporter!: boolean;
  @Field(() => Boolean, { description: "A reporter may stay anonymous: the applicant's name and NIK are optional" })
  reporterIdentityOptional!: boolean;
  @Field(() => [ServiceTypeType]) serviceTypes!: ServiceTypeType[];
  @Field(() => WorkflowType) workflow!: WorkflowType;
  @Field(() => [RouteType]) routes!: RouteType[];
  @Field(() => [SpmServiceType], {
    description:
      "The sector's jenis pelayanan dasar with their penerima and labels, in the regulation's order (empty for a plugin before API 1.5)",
  })
  spmServices!: SpmServiceType[];
}

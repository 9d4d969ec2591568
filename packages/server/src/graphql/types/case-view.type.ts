import type { CaseTotal } from '../../services/case-query.js';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Case } from '../../entities/case.entity.js';
import type { CaseNode } from '../../services/case-list/case-node.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import type { CaseOutcome, DeclineReason, OrgUnitKind, SettlementKind } from '@posyandu-spm/core';
import {
  CaseOutcomeEnum,
  DeadlineStateEnum,
  DeclineReasonEnum,
  DocumentStateEnum,
  MessageChannelEnum,
  OrgUnitKindEnum,
  RecapCellEnum,
  SettlementKindEnum,
  VisitKindEnum,
  VisitRecommendationEnum,
} from '../../enums.js';
import type { RecapCellFilter } from '../../services/case-report-filter.js';
import { TextType } from './text.type.js';

@ObjectType('CaseParty', { description: 'An applicant or beneficiary, as the viewer may see them' })
export class CasePartyType {
  @Field(() => String, { nullable: true, description: 'Null when a reporter withheld it' }) name!: string | null;
  @Field(() => String, { nullable: true, description: 'Full, or masked (3310••••••••0001) unless the role needs it' })
  nik!: string | null;
  @Field(() => Boolean) nikMasked!: boolean;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The latest family card (KK) number seen: full, or masked (3310••••••••0007) unless the role needs it',
  })
  kkNumber!: string | null;
  @Field(() => Boolean) kkMasked!: boolean;
  @Field(() => String, { nullable: true, description: 'For a beneficiary: relation to the applicant' })
  relation!: string | null;
}

@ObjectType('CaseFile', { description: 'An uploaded file of a document; its bytes are at `url` (same login token)' })
export class CaseFileType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The name the phone gave it' }) name!: string;
  @Field(() => String, {
    description: 'Detected from the content: image/jpeg, image/png, image/webp or application/pdf',
  })
  contentType!: string;
  @Field(() => Int, { description: 'Bytes stored (an image after downscaling)' }) sizeBytes!: number;
  @Field(() => Int, { nullable: true }) width!: number | null;
  @Field(() => Int, { nullable: true }) height!: number | null;
  @Field(() => String, { description: 'GET it with the Authorization header: /files/<id>' }) url!: string;
  @Field(() => String, { nullable: true, description: 'A small JPEG preview of an image: /files/<id>?variant=thumb' })
  thumbnailUrl!: string | null;
  @Field(() => Date) uploadedAt!: Date;
}

@ObjectType('CaseDocument', { description: 'A required or optional document of the case and where it stands' })
export class CaseDocumentType {
  @Field(() => String) code!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => Boolean) required!: boolean;
  @Field(() => Int) minFiles!: number;
  @Field(() => Int) maxFiles!: number;
  @Field(() => DocumentStateEnum) status!: string;
  @Field(() => Int) fileCount!: number;
  @Field(() => [String], { description: 'Empty on a confidential complaint unless the viewer may see the reporter' })
  fileNames!: string[];
  @Field(() => [CaseFileType], {
    description: 'The uploaded files; empty on a confidential complaint unless the viewer may see the reporter',
  })
  files!: CaseFileType[];
  @Field(() => String, {
    nullable: true,
    description: 'Null on a confidential complaint unless the viewer may see the reporter',
  })
  note!: string | null;
  @Field(() => String, { nullable: true, description: 'Why it needs correction or was waived' })
  statusReason!: string | null;
}

@ObjectType('Deadline', { description: 'Where the case stands against its 5-working-day deadline' })
export class DeadlineType {
  @Field(() => Date) dueAt!: Date;
  @Field(() => DeadlineStateEnum) state!: string;
  @Field(() => Int, { description: 'Working days after today up to the due date; negative once overdue' })
  workingDaysLeft!: number;
  @Field(() => String, { description: 'IANA time zone of the case area' }) timeZone!: string;
  @Field(() => Boolean, {
    description:
      'The counted days fall in a year whose SKB 3 Menteri is not loaded: the due date knows only the fixed-date national holidays and regional holidays, and moves (with an event) if the decree adds days off',
  })
  provisional!: boolean;
  @Field(() => [Int], { description: 'The years without a loaded SKB 3 Menteri; empty when final' })
  provisionalYears!: number[];
  @Field(() => TextType, { nullable: true, description: 'Why the deadline is provisional; null when final' })
  provisionalReason!: TextType | null;
}

@ObjectType('AvailableAction', { description: 'An action the viewer may take now, or why not yet' })
export class AvailableActionType {
  @Field(() => String) id!: string;
  @Field(() => TextType) label!: TextType;
  @Field(() => String) to!: string;
  @Field(() => Boolean) requiresReason!: boolean;
  @Field(() => Boolean) requiresNote!: boolean;
  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'The outcome the action closes the case with, if any' })
  outcome!: CaseOutcome | null;
  @Field(() => [DeclineReasonEnum], {
    description: 'Into a DECLINED state: the reason codes to choose from (input.declineReason is required)',
  })
  declineReasons!: DeclineReason[];
  @Field(() => [SettlementKindEnum], {
    description: 'Into a SETTLED_AT_VILLAGE state: the kinds to choose from (input.settlementKind is required)',
  })
  settlementKinds!: SettlementKind[];
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => [TextType]) blockedBy!: TextType[];
}

@ObjectType('CaseEvent', { description: 'One change of a case (append-only)' })
export class CaseEventType {
  @Field(() => ID, { description: 'Event id; ordered within a case' }) id!: string;
  @Field(() => String) type!: string;
  @Field(() => String, { nullable: true }) action!: string | null;
  @Field(() => String, { nullable: true }) fromStatus!: string | null;
  @Field(() => String, { nullable: true }) toStatus!: string | null;
  @Field(() => OrgUnit, { nullable: true }) holder!: OrgUnit | null;
  @Field(() => String, { nullable: true, description: 'Display name of who did it; null for the system' })
  actorName!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => GraphQLJSONObject) payload!: Record<string, unknown>;
  @Field(() => Date) occurredAt!: Date;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => Boolean) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true }) startCursor!: string | null;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('CaseEdge')
export class CaseEdgeType {
  @Field(() => String) cursor!: string;
  /** An entity, or a plain row when the list's read model answers the page (services/case-list/). */
  @Field(() => Case) node!: CaseNode;
}

@ObjectType('CaseConnection')
export class CaseConnectionType {
  @Field(() => [CaseEdgeType]) edges!: CaseEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  /** Counts lazily (only when asked, once for both count fields) with the same filter and reach. */
  countTotal!: () => Promise<CaseTotal>;
  @Field(() => String, {
    nullable: true,
    description:
      'With filter.updatedSince: pass this as updatedSince on the next poll, once every page (hasNextPage false) is read',
  })
  nextUpdatedSince!: string | null;
}

@ObjectType('CaseWarning', { description: 'What officers should know before acting (never blocks the case)' })
export class CaseWarningType {
  @Field(() => String, { description: 'e.g. MAY_BE_DISREGARDED, PRIOR_CASE' }) code!: string;
  @Field(() => TextType) message!: TextType;
}

@ObjectType('TrackedCase', { description: 'What a citizen sees of their case: nothing personal' })
export class TrackedCaseType {
  @Field(() => String) code!: string;
  @Field(() => TextType) sector!: TextType;
  @Field(() => TextType) serviceType!: TextType;
  @Field(() => TextType, { description: 'Plain status for the citizen' }) status!: TextType;
  @Field(() => Boolean) closed!: boolean;
  @Field(() => Date) registeredAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => DeadlineType) deadline!: DeadlineType;
  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'How the case ended, once closed' })
  outcome!: CaseOutcome | null;
  @Field(() => TextType, { nullable: true, description: 'The outcome in words, once closed' })
  outcomeLabel!: TextType | null;
  @Field(() => TextType, { nullable: true, description: 'Why it was declined, in words (outcome DECLINED)' })
  declineReason!: TextType | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The reason written for the citizen when the case was declined or cannot be served; null for a confidential complaint (the reporter asks at the post)',
  })
  closingReason!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Declined as not our authority (bukan wewenang): the unit the citizen should go to',
  })
  suggestedUnit!: string | null;
}

@InputType('CaseFilter')
export class CaseFilterInput {
  @Field(() => String, { nullable: true }) sectorId?: string;
  @Field(() => String, { nullable: true, description: 'Workflow state id' }) status?: string;
  @Field(() => DeadlineStateEnum, { nullable: true }) deadlineState?: string;
  @Field(() => String, { nullable: true, description: 'An area code: the case lies within it' }) areaCode?: string;
  @Field(() => ID, { nullable: true, description: 'Cases currently held by this org unit' }) holderId?: string;
  @Field(() => ID, { nullable: true, description: 'Overdue cases escalated to this org unit' }) escalatedToId?: string;
  @Field(() => Boolean, { nullable: true, description: 'true: open cases only; false: closed only' }) open?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: cases that went overdue and were escalated (the SPM coordinator\'s "Eskalasi" queue, with open: true); false: never escalated',
  })
  escalated?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: only cases one of the viewer's units holds now or was escalated to as overdue (its inbox)",
  })
  inbox?: boolean;
  @Field(() => CaseOutcomeEnum, { nullable: true, description: 'Closed cases with this outcome' })
  outcome?: CaseOutcome;
  @Field(() => String, { nullable: true, description: "The sector's service type id" }) serviceType?: string;
  @Field(() => [String], { nullable: true, description: 'Any of these workflow state ids' }) statuses?: string[];
  @Field(() => String, {
    nullable: true,
    description:
      'Cases changed since (inclusive): an ISO 8601 instant for the first poll, then the nextUpdatedSince token of the last page. Only changes of finished transactions are listed, so a change committed late is never skipped; a case may come again when it changed again',
  })
  updatedSince?: string;
  @Field(() => [String], { nullable: true, description: 'Any of these sectors' }) sectorIds?: string[];
  @Field(() => String, {
    nullable: true,
    description: "Jenis pelayanan dasar id (the SPM recap's serviceId); empty string: cases mapped to none",
  })
  spmService?: string;
  @Field(() => String, { nullable: true, description: 'Penerima category; empty string: not mapped' })
  penerima?: string;
  @Field(() => RecapCellEnum, {
    nullable: true,
    description: 'The cases of one cell of the SPM recap, by its definition (drill-down from spmRecap)',
  })
  reportCell?: RecapCellFilter;
  @Field(() => DeclineReasonEnum, { nullable: true, description: 'Declined with this reason' })
  declineReason?: DeclineReason;
  @Field(() => SettlementKindEnum, { nullable: true, description: 'Settled at village level this way' })
  settlementKind?: SettlementKind;
  @Field(() => ID, { nullable: true, description: 'Settled at village level, credited to this org unit' })
  settledById?: string;
  @Field(() => OrgUnitKindEnum, { nullable: true, description: 'Settled at village level by a unit of this kind' })
  settledByUnitKind?: OrgUnitKind;
  @Field(() => String, {
    nullable: true,
    description: 'Registered on or after this local date (YYYY-MM-DD): the recap period',
  })
  registeredFrom?: string;
  @Field(() => String, { nullable: true, description: 'Registered on or before this local date (YYYY-MM-DD)' })
  registeredTo?: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open, clock running, past the deadline now; false: every other case',
  })
  overdue?: boolean;
}

@InputType('PersonInput')
export class PersonInput {
  @Field(() => String, { nullable: true }) nik?: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) kkNumber?: string;
  @Field(() => String, { nullable: true }) address?: string;
}

@InputType('BeneficiaryInput')
export class BeneficiaryInput extends PersonInput {
  @Field(() => String) relation!: string;
}

@InputType('DocumentInput')
export class DocumentInput {
  @Field(() => String) code!: string;
  @Field(() => [String], {
    defaultValue: [],
    description: 'Papers recorded by name, without an upload (the files of `fileIds` need no name here)',
  })
  fileNames!: string[];
  @Field(() => [ID], {
    nullable: true,
    description:
      'Files uploaded to this case for this document with `POST /files` (attachDocument only; a case being registered has no files yet)',
  })
  fileIds?: string[] | null;
  @Field(() => String, { nullable: true }) note?: string;
}

@InputType('MessageConsentInput', {
  description:
    'The citizen agreed to be told of the case (receipt, status changes, outcome); needs the applicant phone',
})
export class MessageConsentInput {
  @Field(() => MessageChannelEnum) channel!: 'WHATSAPP' | 'SMS';
  @Field(() => String, { defaultValue: 'id', description: 'Language of the messages: id (Bahasa Indonesia) or en' })
  language!: string;
}

@InputType('RegisterCaseInput')
export class RegisterCaseInputType {
  @Field(() => String) sectorId!: string;
  @Field(() => String) serviceType!: string;
  @Field(() => ID, { nullable: true, description: 'The intake unit, when the user belongs to several' })
  orgUnitId?: string;
  @Field(() => PersonInput) applicant!: PersonInput;
  @Field(() => [BeneficiaryInput], { nullable: true }) beneficiaries?: BeneficiaryInput[];
  @Field(() => String) description!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Answers to the service type questions' })
  facts?: Record<string, unknown>;
  @Field(() => String, { nullable: true }) dusun?: string;
  @Field(() => String, { nullable: true }) rw?: string;
  @Field(() => String, { nullable: true }) rt?: string;
  @Field(() => [DocumentInput], { nullable: true }) documents?: DocumentInput[];
  @Field(() => MessageConsentInput, { nullable: true }) messageConsent?: MessageConsentInput;
  @Field(() => String, {
    nullable: true,
    description:
      'A key the client makes once per new case (e.g. a UUID) and sends again on every retry: the same key returns the same case; the same key with different data is IDEMPOTENCY_CONFLICT. Scoped to the user.',
  })
  idempotencyKey?: string;
}

@InputType('ActionInput')
export class ActionInputType {
  @Field(() => String, { nullable: true }) reason?: string;
  @Field(() => String, { nullable: true }) note?: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Into a DECLINED state: a DeclineReason code (NOT_ELIGIBLE, INCOMPLETE, NOT_AUTHORITY, DUPLICATE, OTHER) the action offers; an unknown one is UNKNOWN_REASON_CODE',
  })
  declineReason?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Into a SETTLED_AT_VILLAGE state: a SettlementKind (MUSYAWARAH, DIRECT_HELP)',
  })
  settlementKind?: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The org unit the citizen should go to instead: required with declineReason NOT_AUTHORITY, optional on return-not-competent',
  })
  suggestedUnitId?: string;
}

@InputType('VisitInput')
export class VisitInputType {
  @Field(() => VisitKindEnum) kind!: 'HOME' | 'FIELD';
  @Field(() => Date) visitedAt!: Date;
  @Field(() => String) participants!: string;
  @Field(() => String) findings!: string;
  @Field(() => VisitRecommendationEnum) recommendation!: 'ELIGIBLE' | 'NOT_ELIGIBLE' | 'NEEDS_FOLLOW_UP';
}

import {
  availableActions,
  canSeeFullKk,
  canSeeFullNik,
  canSeeReporterIdentity,
  maskNik,
  missingDocumentCodes,
  type CaseAccessFacts,
} from '@posyandu-spm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Area } from '../../entities/area.entity.js';
import type { CaseEvent } from '../../entities/case-event.entity.js';
import { Case } from '../../entities/case.entity.js';
import { OrgUnit } from '../../entities/org-unit.entity.js';
import { Visit } from '../../entities/visit.entity.js';
import { caseFileView } from '../../files/case-file.view.js';
import { caseDeadline } from '../../services/case-deadline.js';
import {
  accessFactsOf,
  applicantOf,
  areaOf,
  documentsOf,
  escalatedToOf,
  holderOf,
  isCaseRow,
  latestKk,
  originUnitOf,
  workflowFactsOf,
  type CaseNode,
  type PartyPerson,
  type UnitNode,
} from '../../services/case-list/case-node.js';
import type { AreaRow, DocumentRow } from '../../services/case-list/case-row.js';
import { andThen, type MaybePromise } from '../../services/maybe-promise.js';
import { requirePrincipal } from '../../services/principal.js';
import type { RequestContext } from '../context.js';
import { type CaseParty } from './case-party.resolver.js';
import {
  AvailableActionType,
  CaseDocumentType,
  CaseEventType,
  type CaseFileType,
  CasePartyType,
  CaseWarningType,
  DeadlineType,
} from '../types/case-view.type.js';
import { DocumentRequirementType, SectorType, ServiceTypeType, WorkflowStateType } from '../types/sector.type.js';
import { sectorOfCase, serviceTypeOfCase, stateOfCase } from '../types/uninstalled-sector.js';
import { toPenerima, toSpmService } from '../types/sector.mapper.js';
import { PenerimaType, SpmServiceType } from '../types/spm-service.type.js';

/** The officer who acted, or the system that did it with its API key (named by the key, e.g. "SIM Disperkim (sistem)"). */
async function actorName(e: CaseEvent): Promise<string | null> {
  if (e.apiKey) return `${(await e.apiKey.loadOrFail({ dataloader: true })).name} (sistem)`;
  return e.actor ? (await e.actor.loadOrFail({ dataloader: true })).displayName : null;
}

/** An event as the API shows it: no personal data but the name of the officer who acted. */
export async function toEventView(e: CaseEvent): Promise<CaseEventType> {
  return {
    // A bigint column: the ORM may hand it over as a JS bigint, which GraphQL's ID cannot serialize.
    id: String(e.id),
    type: e.type,
    action: e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    holder: e.holder ? await e.holder.loadOrFail({ dataloader: true }) : null,
    actorName: await actorName(e),
    reason: e.reason,
    note: e.note,
    payload: e.payload,
    occurredAt: e.occurredAt,
  };
}

/** What the access policy needs about the case, as of the request's time. */
export function facts(c: CaseNode, ctx: RequestContext): MaybePromise<CaseAccessFacts> {
  return accessFactsOf(c, ctx.registry, ctx.now());
}

function party(
  ctx: RequestContext,
  c: CaseNode,
  person: PartyPerson,
  relation: string | null,
): MaybePromise<CaseParty> {
  return andThen(facts(c, ctx), (access) =>
    andThen(latestKk(person), (kk) => partyView(ctx, c, person, relation, access, kk)),
  );
}

function partyView(
  ctx: RequestContext,
  c: CaseNode,
  person: PartyPerson,
  relation: string | null,
  access: CaseAccessFacts,
  kk: string | null,
): CaseParty {
  const principal = requirePrincipal(ctx.principal);
  const fullNik = canSeeFullNik(principal, access);
  const fullKk = canSeeFullKk(principal, access);
  return {
    name: person.name,
    nik: person.nik ? (fullNik ? person.nik : maskNik(person.nik)) : null,
    nikMasked: Boolean(person.nik) && !fullNik,
    phone: person.phone,
    address: person.address,
    kkNumber: kk ? (fullKk ? kk : maskNik(kk)) : null,
    kkMasked: Boolean(kk) && !fullKk,
    relation,
    // For the audit of full numbers actually sent (graphql/resolvers/case-party.resolver.ts).
    caseId: c.id,
    personId: person.id,
  };
}

/**
 * The fields of a Case that need loading or a policy decision. Every Case
 * reaching here came through a resolver that checked read access; these fields
 * decide what of it the viewer may see (reporter identity, NIK masking).
 */
@Resolver(() => Case)
export class CaseFieldsResolver {
  @FieldResolver(() => SectorType)
  sector(@Root() c: CaseNode, @Ctx() ctx: RequestContext): SectorType {
    return sectorOfCase(ctx.registry, c.sectorId, c.status);
  }

  @FieldResolver(() => ServiceTypeType)
  serviceType(@Root() c: CaseNode, @Ctx() ctx: RequestContext): ServiceTypeType {
    return serviceTypeOfCase(ctx.registry, c.sectorId, c.serviceTypeId);
  }

  @FieldResolver(() => SpmServiceType, {
    nullable: true,
    description:
      "The jenis pelayanan dasar the case counts toward in the SPM recap; null when its service type maps to none or the sector's plugin is not installed",
  })
  spmService(@Root() c: CaseNode, @Ctx() ctx: RequestContext): SpmServiceType | null {
    const service = c.spmService ? ctx.registry.spmService(c.sectorId, c.spmService) : undefined;
    return service ? toSpmService(ctx.registry.sector(c.sectorId), service) : null;
  }

  @FieldResolver(() => PenerimaType, {
    nullable: true,
    description: 'The penerima category the case counts toward in the SPM recap; null when not mapped',
  })
  penerima(@Root() c: CaseNode): PenerimaType | null {
    return c.penerima ? toPenerima(c.penerima) : null;
  }

  @FieldResolver(() => WorkflowStateType, { description: 'The current state, with internal and citizen wording' })
  state(@Root() c: CaseNode, @Ctx() ctx: RequestContext): WorkflowStateType {
    return stateOfCase(ctx.registry, c.sectorId, c.status, c.closedAt !== null);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: 'Answers to the service type questions' })
  facts(@Root() c: CaseNode): Record<string, unknown> {
    return c.facts;
  }

  @FieldResolver(() => [CaseWarningType])
  warnings(@Root() c: CaseNode): CaseWarningType[] {
    return c.warnings;
  }

  @FieldResolver(() => Area)
  area(@Root() c: CaseNode): AreaRow | Promise<Area> {
    return areaOf(c);
  }

  @FieldResolver(() => OrgUnit, { description: 'The org unit that holds the case now' })
  holder(@Root() c: CaseNode): UnitNode | Promise<OrgUnit> {
    return holderOf(c);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: "The unit of the last escalation level told (the holder's head, the SPM coordination unit, the Sekda)",
  })
  escalatedTo(@Root() c: CaseNode): UnitNode | Promise<OrgUnit> | null {
    return escalatedToOf(c);
  }

  @FieldResolver(() => Int, {
    description: "How many levels of the kabupaten's escalation chain were told about this overdue case (0: none)",
  })
  escalationLevel(@Root() c: CaseNode): number {
    return c.escalationLevel;
  }

  @FieldResolver(() => OrgUnit, { description: 'Where the case was registered' })
  originUnit(@Root() c: CaseNode): UnitNode | Promise<OrgUnit> {
    return originUnitOf(c);
  }

  @FieldResolver(() => Boolean, { description: 'True when the reporter identity is hidden from this viewer' })
  identityRedacted(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<boolean> {
    return andThen(facts(c, ctx), (access) => !canSeeReporterIdentity(requirePrincipal(ctx.principal), access));
  }

  @FieldResolver(() => CasePartyType, {
    nullable: true,
    description: 'The applicant or reporter; null when their identity is confidential to this viewer',
  })
  applicant(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<CasePartyType | null> {
    return andThen(facts(c, ctx), (access) => {
      if (!canSeeReporterIdentity(requirePrincipal(ctx.principal), access)) return null;
      return andThen(applicantOf(c), (person) => {
        // Seeing who reported a confidential complaint is itself audited (DESIGN §8).
        if (c.confidentialReporter) ctx.audit.noteRead('REPORTER_IDENTITY', c.id, person.id);
        return party(ctx, c, person, null);
      });
    });
  }

  @FieldResolver(() => [CasePartyType], {
    description:
      'The people the case is for; a confidential reporter among them shows only the relation unless the viewer may see the reporter',
  })
  async beneficiaries(@Root() c: Case, @Ctx() ctx: RequestContext): Promise<CasePartyType[]> {
    const items = await c.beneficiaries.load({ dataloader: true, populate: ['person'] });
    // People are shared across cases by NIK: a confidential reporter who is also a beneficiary (a
    // victim reporting herself) must stay as hidden here as in `applicant`.
    // A service type may seal all its beneficiaries like the reporter (API 1.4), e.g. a KDRT victim.
    const reporterHidden =
      c.confidentialReporter && !canSeeReporterIdentity(requirePrincipal(ctx.principal), await facts(c, ctx));
    const sealed =
      reporterHidden &&
      Boolean(
        ctx.registry.plugins.find((p) => p.id === c.sectorId)?.serviceTypes.find((t) => t.id === c.serviceTypeId)
          ?.confidentialBeneficiaries,
      );
    return Promise.all(
      items.getItems().map(async (b) => {
        const person = await b.person.loadOrFail({ dataloader: true });
        if (reporterHidden && (sealed || person.id === c.applicant?.id)) {
          const hidden = { name: null, nik: null, phone: null, address: null, kkNumber: null };
          return { ...hidden, nikMasked: false, kkMasked: false, relation: b.relation };
        }
        return party(ctx, c, person, b.relation);
      }),
    );
  }

  @FieldResolver(() => [CaseDocumentType], { description: 'Every document the service type asks, submitted or not' })
  documents(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<CaseDocumentType[]> {
    return andThen(documentsOf(c), (submitted) =>
      andThen(facts(c, ctx), (access) => {
        // On a confidential complaint the files (e.g. the reporter's KTP) and notes name the reporter.
        const identityVisible = canSeeReporterIdentity(requirePrincipal(ctx.principal), access);
        // A list page's rows carry no files: a selection asking for them is read as entities.
        if (!identityVisible || isCaseRow(c)) return documentViews(ctx, c, submitted, identityVisible, new Map());
        return filesOf(c).then((files) => documentViews(ctx, c, submitted, identityVisible, files));
      }),
    );
  }

  @FieldResolver(() => [DocumentRequirementType], { description: 'Required documents not yet received in full' })
  missingDocuments(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<DocumentRequirementType[]> {
    if (!ctx.registry.hasSector(c.sectorId)) return [];
    const type = ctx.registry.serviceType(c.sectorId, c.serviceTypeId);
    return andThen(documentsOf(c), (submitted) => {
      const missing = new Set(missingDocumentCodes(type, submitted));
      return type.requirements.filter((r) => missing.has(r.code)).map((r) => ({ ...r }));
    });
  }

  @FieldResolver(() => [Visit])
  async visits(@Root() c: Case): Promise<Visit[]> {
    return (await c.visits.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => DeadlineType)
  deadline(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<DeadlineType> {
    return caseDeadline(ctx.calendars, c, ctx.now());
  }

  @FieldResolver(() => [AvailableActionType], { description: 'What the viewer may do now, and what blocks it' })
  availableActions(@Root() c: CaseNode, @Ctx() ctx: RequestContext): MaybePromise<AvailableActionType[]> {
    // An API key only reads: every mutation through it is refused (security/audit-mutations.ts).
    if (ctx.auth?.kind === 'apiKey') return [];
    // A sector no longer installed has no workflow here: its cases are read-only.
    if (!ctx.registry.hasSector(c.sectorId)) return [];
    return andThen(workflowFactsOf(c, ctx.registry), (wf) =>
      availableActions(ctx.registry, wf, requirePrincipal(ctx.principal)).map((a) => ({
        ...a,
        enabled: a.blockedBy.length === 0,
      })),
    );
  }

  @FieldResolver(() => [CaseEventType], { description: 'Every change of the case, oldest first' })
  async timeline(@Root() c: Case): Promise<CaseEventType[]> {
    const events = (await c.events.load({ dataloader: true })).getItems();
    return Promise.all(events.map(toEventView));
  }
}

/** The uploaded files of a case entity's documents, by document id, in their order. */
async function filesOf(c: Case): Promise<Map<string, CaseFileType[]>> {
  const filesByDocument = new Map<string, CaseFileType[]>();
  const entities = (await c.documents.load({ dataloader: true })).getItems();
  const lists = await Promise.all(entities.map((d) => d.files.load({ dataloader: true })));
  entities.forEach((d, i) =>
    filesByDocument.set(
      d.id,
      (lists[i]?.getItems() ?? [])
        .slice()
        .sort((a, b) => (a.position ?? 0) - (b.position ?? 0))
        .map(caseFileView),
    ),
  );
  return filesByDocument;
}

/** Every document the service type asks, as the viewer may see it. */
function documentViews(
  ctx: RequestContext,
  c: CaseNode,
  submitted: ReadonlyArray<DocumentRow & { id?: string }>,
  identityVisible: boolean,
  filesByDocument: ReadonlyMap<string, CaseFileType[]>,
): CaseDocumentType[] {
  // A sector no longer installed: the documents as submitted, none asked any more.
  const requirements = ctx.registry.hasSector(c.sectorId)
    ? ctx.registry.serviceType(c.sectorId, c.serviceTypeId).requirements
    : submitted.map((d) => ({
        code: d.code,
        label: { id: d.code, en: d.code },
        required: false,
        minFiles: 0,
        maxFiles: Math.max(d.fileCount, 1),
      }));
  return requirements.map((req) => {
    const doc = submitted.find((d) => d.code === req.code);
    return {
      code: req.code,
      label: req.label,
      required: req.required,
      minFiles: req.minFiles,
      maxFiles: req.maxFiles,
      status: doc?.status ?? 'MISSING',
      fileCount: doc?.fileCount ?? 0,
      fileNames: identityVisible ? (doc?.fileNames ?? []) : [],
      files: identityVisible ? (filesByDocument.get(doc?.id ?? '') ?? []) : [],
      note: identityVisible ? (doc?.note ?? null) : null,
      statusReason: doc?.statusReason ?? null,
    };
  });
}

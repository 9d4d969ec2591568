import type { QBFilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import { Case } from '../../entities/case.entity.js';
import { orderByOf } from '../case-list-order.js';
import { casePage, casePageQuery, type CasePage, type CasePageOptions } from '../case-query.js';
import { CaseRow, type DocumentRow, type UnitRow } from './case-row.js';
import type { ListParts } from './case-list-selection.js';

/**
 * One page of a case list as plain rows (the list's read model, docs/architecture.md): the same
 * cases as listCases — the same conditions (casePageQuery: the access policy's reach, the filter,
 * the cursor), the same order and paging — read with their holder, area and whatever the
 * selection asks (`parts`) in ONE statement, mapped to small plain objects instead of entities.
 * The field policies still decide per field what the viewer sees (graphql/resolvers/case-fields).
 */
export async function listCaseRows(
  em: EntityManager,
  principal: Principal,
  registry: PluginRegistry,
  options: CasePageOptions,
  parts: ListParts,
): Promise<CasePage<CaseRow>> {
  const query = await casePageQuery(em, principal, registry, options);
  const page = em
    .createQueryBuilder(Case, 'c', 'read')
    .select('c.id')
    .where(query.where as QBFilterQuery<Case>)
    .orderBy(orderByOf(query.order))
    .limit(query.first + 1)
    .getKnexQuery();
  const connection = em.getConnection('read');
  const knex = connection.getKnex();
  page
    .clearSelect()
    .select(knex.raw(columns(parts, query.order === 'LAST_CHANGE')))
    .joinRaw('join area la on la.code = c.area_code')
    .joinRaw('join org_unit lh on lh.id = c.holder_id');
  if (parts.applicant) page.joinRaw('join person lp on lp.id = c.applicant_id');
  if (parts.originUnit) page.joinRaw('join org_unit lo on lo.id = c.origin_unit_id');
  if (parts.escalatedTo) page.joinRaw('left join org_unit lx on lx.id = c.escalated_to_id');
  // The read replica when one is configured (DATABASE_REPLICA_URL), else the primary.
  const rows = await connection.execute<RawRow[]>(page, [], 'all');
  return casePage(em, query, rows.map(toRow));
}

const CASE_COLUMNS = `c.id, c.code, c.sector_id, c.service_type_id, c.status, c.dusun, c.rw, c.rt, c.description,
  c.facts, c.warnings, c.message_channel, c.message_language, c.message_consent_at, c.tracking_pin,
  c.confidential_reporter, c.reporter_access, to_json(c.held_by_unit_ids) as held_by_unit_ids, c.registered_at,
  c.clock_start_date, c.due_at, c.clock_paused_at, c.remaining_working_days, c.closed_at, c.outcome,
  c.decline_reason, c.settlement_kind, c.escalation_level, c.spm_service, c.penerima, c.updated_at, c.version,
  c.origin_unit_id, c.escalated_to_id, c.applicant_id,
  la.code as a_code, la.name as a_name, la.level as a_level, la.parent_code as a_parent_code, la.time_zone as a_time_zone`;

function unitColumns(alias: string): string {
  return `${alias}.id as ${alias}_id, ${alias}.kind as ${alias}_kind, ${alias}.name as ${alias}_name,
    to_json(${alias}.services) as ${alias}_services, ${alias}.area_code as ${alias}_area_code,
    ${alias}.parent_id as ${alias}_parent_id, to_json(${alias}.ancestor_ids) as ${alias}_ancestor_ids`;
}

// Documents in the entity's collection order (code), as the ORM would load them.
const DOCUMENTS = `(select json_agg(json_build_object('code', d.code, 'status', d.status, 'fileCount', d.file_count,
    'fileNames', d.file_names, 'note', d.note, 'statusReason', d.status_reason) order by d.code)
  from case_document d where d.case_id = c.id) as documents`;
// The newest family card: the one first seen last (as case-fields.resolver.ts picks it from the entities).
const APPLICANT_KK = `(select k.kk_number from family_card_record k where k.person_id = c.applicant_id
  order by k.first_seen_at desc limit 1) as applicant_kk`;
// The workflow facts of availableActions: the visits' kinds, and who handed the case to its holder.
const WORKFLOW = `(select json_agg(v.kind) from visit v where v.case_id = c.id) as visit_kinds,
  (select ch.received_from_id from case_holding ch where ch.case_id = c.id and ch.until is null
    order by ch.since, ch.id limit 1) as previous_holder_id`;

function columns(parts: ListParts, changeXid: boolean): string {
  const list = [CASE_COLUMNS, unitColumns('lh')];
  if (changeXid) list.push('c.change_xid::text as change_xid');
  if (parts.applicant) list.push('lp.nik as p_nik, lp.name as p_name, lp.phone as p_phone, lp.address as p_address');
  if (parts.applicantKk) list.push(APPLICANT_KK);
  if (parts.originUnit) list.push(unitColumns('lo'));
  if (parts.escalatedTo) list.push(unitColumns('lx'));
  if (parts.documents) list.push(DOCUMENTS);
  if (parts.workflow) list.push(WORKFLOW);
  return list.join(',\n  ');
}

/**
 * A row as `pg` hands it over on MikroORM's connection: timestamps and dates as text, json parsed.
 * Arrays come as JSON (`to_json`): parsed natively, where a PostgreSQL array literal is parsed in
 * JavaScript, character by character.
 */
type RawRow = Record<string, unknown>;

/** A timestamptz as MikroORM makes it a Date (its text through `new Date`). */
function instant(value: unknown): Date {
  return new Date(value as string);
}

function instantOrNull(value: unknown): Date | null {
  return value === null ? null : new Date(value as string);
}

function unit(r: RawRow, alias: string): UnitRow {
  return {
    id: r[`${alias}_id`] as string,
    kind: r[`${alias}_kind`] as UnitRow['kind'],
    name: r[`${alias}_name`] as string,
    services: r[`${alias}_services`] as string[],
    area: { code: r[`${alias}_area_code`] as string },
    parentId: r[`${alias}_parent_id`] as string | null,
    ancestorIds: r[`${alias}_ancestor_ids`] as string[],
  };
}

function toRow(r: RawRow): CaseRow {
  const row = new CaseRow();
  row.id = r.id as string;
  row.code = r.code as string;
  row.sectorId = r.sector_id as string;
  row.serviceTypeId = r.service_type_id as string;
  row.status = r.status as string;
  row.dusun = r.dusun as string | null;
  row.rw = r.rw as string | null;
  row.rt = r.rt as string | null;
  row.description = r.description as string;
  row.facts = r.facts as CaseRow['facts'];
  row.warnings = r.warnings as CaseRow['warnings'];
  row.messageChannel = r.message_channel as CaseRow['messageChannel'];
  row.messageLanguage = r.message_language as CaseRow['messageLanguage'];
  row.messageConsentAt = instantOrNull(r.message_consent_at);
  row.trackingPin = r.tracking_pin as string | null;
  row.confidentialReporter = r.confidential_reporter as boolean;
  row.reporterAccess = r.reporter_access as CaseRow['reporterAccess'];
  row.heldByUnitIds = r.held_by_unit_ids as string[];
  row.registeredAt = instant(r.registered_at);
  row.clockStartDate = r.clock_start_date as string;
  row.dueAt = instant(r.due_at);
  row.clockPausedAt = instantOrNull(r.clock_paused_at);
  row.remainingWorkingDays = r.remaining_working_days as number | null;
  row.closedAt = instantOrNull(r.closed_at);
  row.outcome = r.outcome as CaseRow['outcome'];
  row.declineReason = r.decline_reason as CaseRow['declineReason'];
  row.settlementKind = r.settlement_kind as CaseRow['settlementKind'];
  row.escalationLevel = r.escalation_level as number;
  row.spmService = r.spm_service as string | null;
  row.penerima = r.penerima as string | null;
  row.updatedAt = instant(r.updated_at);
  row.version = r.version as number;
  if (r.change_xid !== undefined) row.changeXid = r.change_xid as string;
  row.area = {
    code: r.a_code as string,
    name: r.a_name as string,
    level: r.a_level as CaseRow['area']['level'],
    parentCode: r.a_parent_code as string | null,
    timeZone: r.a_time_zone as string,
  };
  row.holder = unit(r, 'lh');
  row.originUnitId = r.origin_unit_id as string;
  row.escalatedToId = r.escalated_to_id as string | null;
  row.applicantId = r.applicant_id as string;
  if (r.lo_id !== undefined) row.originUnit = unit(r, 'lo');
  if (r.lx_id !== undefined) row.escalatedTo = r.lx_id === null ? null : unit(r, 'lx');
  if (r.p_nik !== undefined) {
    row.applicant = {
      id: row.applicantId,
      nik: r.p_nik as string | null,
      name: r.p_name as string | null,
      phone: r.p_phone as string | null,
      address: r.p_address as string | null,
    };
  }
  if (r.applicant_kk !== undefined) row.applicantKk = r.applicant_kk as string | null;
  if (r.documents !== undefined) row.documents = (r.documents as DocumentRow[] | null) ?? [];
  if (r.visit_kinds !== undefined) row.visitKinds = (r.visit_kinds as CaseRow['visitKinds'] | null) ?? [];
  if (r.previous_holder_id !== undefined) row.previousHolderUnitId = r.previous_holder_id as string | null;
  return row;
}

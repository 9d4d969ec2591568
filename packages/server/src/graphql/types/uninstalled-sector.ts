import type { LocalizedText, PluginRegistry } from '@posyandu-spm/core';
import { toSector, toServiceType, toWorkflowState } from './sector.mapper.js';
import type { SectorType, ServiceTypeType, WorkflowStateType } from './sector.type.js';

/**
 * Cases of a sector whose plugin is no longer installed stay readable: they list and open with
 * the sector labelled as not installed, their state and service type by their stored ids, and
 * no actions. Nothing here throws for a sector the registry does not know (the whole inbox
 * failed with NOT_FOUND before, issue 14).
 */

export function notInstalledLabel(sectorId: string): LocalizedText {
  return { id: `Sektor tidak terpasang (${sectorId})`, en: `Sector not installed (${sectorId})` };
}

const READ_ONLY: LocalizedText = {
  id: 'Plugin sektor ini tidak lagi dipasang di server ini: kasusnya hanya dapat dibaca, tanpa tindakan.',
  en: 'This sector’s plugin is no longer installed on this server: its cases are read-only, with no actions.',
};

/**
 * What a case's sector, service type and state read as, made once per registry (a registry never
 * changes): a list page asks them for every case, and a sector is its whole workflow. GraphQL
 * never changes an answer's objects, so one copy serves every case and request.
 */
const described = new WeakMap<PluginRegistry, Map<string, SectorType | ServiceTypeType | WorkflowStateType>>();

function once<T extends SectorType | ServiceTypeType | WorkflowStateType>(
  registry: PluginRegistry,
  key: string,
  make: () => T,
): T {
  let known = described.get(registry);
  if (!known) described.set(registry, (known = new Map()));
  let value = known.get(key) as T | undefined;
  if (!value) known.set(key, (value = make()));
  return value;
}

/** The sector of a case: the plugin's, or a read-only stand-in with `installed: false`. */
export function sectorOfCase(registry: PluginRegistry, sectorId: string, stateId: string): SectorType {
  if (registry.hasSector(sectorId))
    return once(registry, `sector ${sectorId}`, () => toSector(registry, registry.sector(sectorId)));
  return {
    id: sectorId,
    name: notInstalledLabel(sectorId),
    description: READ_ONLY,
    version: '',
    installed: false,
    intakeUnitKinds: [],
    intakeRoles: [],
    confidentialReporter: false,
    reporterIdentityOptional: false,
    serviceTypes: [],
    workflow: { initialState: stateId, states: [], actions: [] },
    routes: [],
    spmServices: [],
  };
}

/** The sector's name for a report or a tracking page. */
export function sectorName(registry: PluginRegistry, sectorId: string): LocalizedText {
  return registry.hasSector(sectorId) ? registry.sector(sectorId).name : notInstalledLabel(sectorId);
}

export function serviceTypeOfCase(registry: PluginRegistry, sectorId: string, serviceTypeId: string): ServiceTypeType {
  if (registry.hasSector(sectorId)) {
    return once(registry, `type ${sectorId} ${serviceTypeId}`, () => toServiceType(registry, sectorId, serviceTypeId));
  }
  return {
    id: serviceTypeId,
    name: { id: serviceTypeId, en: serviceTypeId },
    documents: [],
    questions: [],
    applicantKkRequired: false,
  };
}

/** The state of a case; for an uninstalled sector its stored id, and to the citizen open or closed. */
export function stateOfCase(
  registry: PluginRegistry,
  sectorId: string,
  stateId: string,
  closed: boolean,
): WorkflowStateType {
  if (registry.hasSector(sectorId)) {
    return once(registry, `state ${sectorId} ${stateId}`, () => toWorkflowState(registry.state(sectorId, stateId)));
  }
  return {
    id: stateId,
    label: { id: stateId, en: stateId },
    citizenLabel: closed ? { id: 'Selesai', en: 'Closed' } : { id: 'Sedang diproses', en: 'In progress' },
    terminal: closed,
    pausesClock: false,
    allowsVisits: false,
  };
}

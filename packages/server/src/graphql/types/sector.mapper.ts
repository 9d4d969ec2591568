import {
  outcomeChoices,
  PENERIMA_CATEGORIES,
  PENERIMA_LABELS,
  type PenerimaCategory,
  type PluginRegistry,
  type SpmPlugin,
  type SpmServiceDefinition,
} from '@posyandu-spm/core';
import type { SectorType, ServiceTypeType, WorkflowStateType } from './sector.type.js';
import type { PenerimaType, SpmServiceType } from './spm-service.type.js';

/** Describes a plugin's contributions as the GraphQL `Sector` type. */
export function toSector(registry: PluginRegistry, plugin: SpmPlugin): SectorType {
  return {
    id: plugin.id,
    name: plugin.name,
    description: plugin.description,
    version: plugin.version,
    installed: true,
    intakeUnitKinds: [...(plugin.intakeUnitKinds ?? ['POSYANDU'])],
    intakeRoles: [...(plugin.intakeRoles ?? ['KADER'])],
    confidentialReporter: Boolean(plugin.confidentialReporter),
    reporterIdentityOptional: Boolean(plugin.reporterIdentityOptional),
    serviceTypes: plugin.serviceTypes.map((t) => toServiceType(registry, plugin.id, t.id)),
    workflow: {
      initialState: plugin.workflow.initialState,
      anonymousIntakeState: plugin.workflow.anonymousIntakeState,
      states: plugin.workflow.states.map(toWorkflowState),
      actions: plugin.workflow.actions.map((a) => ({
        id: a.id,
        label: a.label,
        from: [...a.from],
        to: a.to,
        roles: [...a.roles],
        serviceTypes: a.serviceTypes ? [...a.serviceTypes] : undefined,
        guards: (a.guards ?? []).map((g) => ({
          type: g.type,
          visitKind: g.type === 'visitRecorded' ? g.kind : undefined,
          documentCodes: g.type !== 'visitRecorded' && g.codes ? [...g.codes] : undefined,
        })),
        assignsTo: (a.effects ?? []).map((e) => e.route),
        requiresReason: Boolean(a.requiresReason),
        requiresNote: Boolean(a.requiresNote),
        ...pick(outcomeChoices(a, registry.state(plugin.id, a.to))),
      })),
    },
    routes: plugin.routes.map((r) => ({ ...r })),
    spmServices: (plugin.spmServices ?? []).map((s) => toSpmService(plugin, s)),
  };
}

/** A penerima category with its label; an unknown stored value is shown as itself. */
export function toPenerima(id: string): PenerimaType {
  return { id, label: PENERIMA_LABELS[id as PenerimaCategory] ?? { id, en: id } };
}

/** A jenis pelayanan dasar with the penerima the plugin's service-type mappings count toward it. */
export function toSpmService(plugin: SpmPlugin, service: SpmServiceDefinition): SpmServiceType {
  const penerima = new Set<string>();
  for (const t of plugin.serviceTypes) {
    const targets = !t.spm ? [] : 'service' in t.spm ? [t.spm] : Object.values(t.spm.targets);
    for (const target of targets) if (target.service === service.id) penerima.add(target.penerima);
  }
  return {
    id: service.id,
    name: service.name,
    basis: service.basis,
    countsTowardSpm: service.spm,
    penerima: PENERIMA_CATEGORIES.filter((c) => penerima.has(c)).map(toPenerima),
  };
}

function pick(c: ReturnType<typeof outcomeChoices>) {
  return { declineReasons: c.declineReasons, settlementKinds: c.settlementKinds };
}

export function toServiceType(registry: PluginRegistry, sectorId: string, serviceTypeId: string): ServiceTypeType {
  const type = registry.serviceType(sectorId, serviceTypeId);
  return {
    id: type.id,
    name: type.name,
    description: type.description,
    documents: type.requirements.map((r) => ({ ...r })),
    questions: type.facts.map((f) => ({
      ...f,
      options: f.options ? [...f.options] : [],
      format: f.format?.kind,
      digits: f.format?.kind === 'digits' ? f.format.length : undefined,
    })),
    applicantKkRequired: Boolean(type.applicantKkRequired),
  };
}

export function toWorkflowState(s: SpmPlugin['workflow']['states'][number]): WorkflowStateType {
  return {
    id: s.id,
    label: s.label,
    citizenLabel: s.citizenLabel,
    terminal: Boolean(s.terminal),
    outcome: s.terminal?.outcome,
    pausesClock: Boolean(s.pausesClock),
    allowsVisits: Boolean(s.allowsVisits),
  };
}

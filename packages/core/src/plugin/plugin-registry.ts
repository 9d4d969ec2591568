import { spmTargetOf, type SpmServiceDefinition, type SpmTarget } from './spm-services.js';
import { DomainError, notFound } from '../errors/domain-error.js';
import type { Role } from '../identity/roles.js';
import type {
  ActionDefinition,
  DocumentRequirement,
  ServiceTypeDefinition,
  SpmPlugin,
  StateDefinition,
} from './contract.js';
import { validatePlugins, type PluginFault } from './validate-plugins.js';

/** Thrown when the assembled plugins are not fit to serve; lists every fault with its plugin. */
export class PluginAssemblyError extends Error {
  readonly faults: readonly PluginFault[];
  constructor(faults: readonly PluginFault[]) {
    super(
      `Sector plugins are invalid; the server will not start:\n${faults
        .map((f) => `  - [${f.pluginId}] ${f.code}: ${f.message}`)
        .join('\n')}`,
    );
    this.name = 'PluginAssemblyError';
    this.faults = faults;
  }
}

/** A service type with its documents resolved to their requirements. */
export interface ResolvedServiceType extends ServiceTypeDefinition {
  requirements: ReadonlyArray<DocumentRequirement & { required: boolean }>;
}

/** The validated set of sector plugins, with the look-ups the engine needs. */
export class PluginRegistry {
  private readonly byId: ReadonlyMap<string, SpmPlugin>;
  /**
   * Resolved service types, made once: plugins never change after assembly, and a case list asks
   * for the service type of every case several times (documents, missing documents, actions).
   */
  private readonly resolved = new Map<string, ResolvedServiceType>();

  constructor(readonly plugins: readonly SpmPlugin[]) {
    this.byId = new Map(plugins.map((p) => [p.id, p]));
  }

  sector(id: string): SpmPlugin {
    const plugin = this.byId.get(id);
    if (!plugin) throw notFound({ id: `Sektor "${id}"`, en: `Sector "${id}"` });
    return plugin;
  }

  hasSector(id: string): boolean {
    return this.byId.has(id);
  }

  /** A sector's service type with its document requirements; the same (read-only) object each time. */
  serviceType(sectorId: string, serviceTypeId: string): ResolvedServiceType {
    const key = `${sectorId}\u0000${serviceTypeId}`;
    let resolved = this.resolved.get(key);
    if (!resolved) this.resolved.set(key, (resolved = this.resolveServiceType(sectorId, serviceTypeId)));
    return resolved;
  }

  private resolveServiceType(sectorId: string, serviceTypeId: string): ResolvedServiceType {
    const plugin = this.sector(sectorId);
    const type = plugin.serviceTypes.find((t) => t.id === serviceTypeId);
    if (!type) {
      throw new DomainError(
        'VALIDATION_FAILED',
        {
          id: `Jenis layanan "${serviceTypeId}" tidak ada di sektor ${plugin.name.id}.`,
          en: `Service type "${serviceTypeId}" does not exist in sector ${plugin.name.en}.`,
        },
        {
          fields: [
            { field: 'serviceType', message: { id: 'Jenis layanan tidak dikenal.', en: 'Unknown service type.' } },
          ],
        },
      );
    }
    const requirements = type.documents.map((d) => {
      const req = plugin.documents.find((doc) => doc.code === d.code) as DocumentRequirement;
      return { ...req, required: d.required };
    });
    return { ...type, requirements };
  }

  /**
   * The roles that read a service type's cases by area from registration (`areaReaders`), as the
   * access policy's case facts take them; null when it declares none (or is not installed).
   */
  areaReaders(sectorId: string, serviceTypeId: string): { roles: readonly Role[]; recordVisits: boolean } | null {
    const type = this.byId.get(sectorId)?.serviceTypes.find((t) => t.id === serviceTypeId);
    if (!type?.areaReaders?.roles.length) return null;
    return { roles: type.areaReaders.roles, recordVisits: Boolean(type.areaReaders.recordVisits) };
  }

  /** Every service type with area readers, for case lists translated into SQL. */
  areaReaderGrants(): Array<{ sectorId: string; serviceTypeId: string; roles: readonly Role[] }> {
    return this.plugins.flatMap((p) =>
      p.serviceTypes.flatMap((t) =>
        t.areaReaders?.roles.length ? [{ sectorId: p.id, serviceTypeId: t.id, roles: t.areaReaders.roles }] : [],
      ),
    );
  }

  /**
   * Where a case counts in the SPM report (API 1.5): its jenis pelayanan dasar and penerima, from
   * its service type's mapping and its answers; null for a plugin older than 1.5 (not mapped).
   */
  spmTarget(sectorId: string, serviceTypeId: string, facts: Readonly<Record<string, unknown>>): SpmTarget | null {
    const type = this.byId.get(sectorId)?.serviceTypes.find((t) => t.id === serviceTypeId);
    return spmTargetOf(type?.spm, facts);
  }

  /** A sector's jenis pelayanan dasar by id; undefined when the sector does not declare it. */
  spmService(sectorId: string, serviceId: string): SpmServiceDefinition | undefined {
    return this.byId.get(sectorId)?.spmServices?.find((s) => s.id === serviceId);
  }

  state(sectorId: string, stateId: string): StateDefinition {
    const state = this.sector(sectorId).workflow.states.find((s) => s.id === stateId);
    if (!state) throw new Error(`State "${stateId}" is not in the workflow of sector "${sectorId}"`);
    return state;
  }

  action(sectorId: string, actionId: string): ActionDefinition | undefined {
    return this.sector(sectorId).workflow.actions.find((a) => a.id === actionId);
  }
}

/**
 * Validates the plugins together and returns their registry. Plugin order never
 * matters. Throws {@link PluginAssemblyError} with every fault of every plugin.
 */
export function assemblePlugins(plugins: readonly SpmPlugin[]): PluginRegistry {
  const faults = validatePlugins(plugins);
  if (faults.length > 0) throw new PluginAssemblyError(faults);
  return new PluginRegistry(plugins);
}

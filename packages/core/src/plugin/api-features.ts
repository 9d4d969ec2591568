import type { SpmPluginDefinition } from './contract.js';

/**
 * A feature of the plugin contract and the API version that introduced it. A plugin that
 * uses a feature newer than the `requiresCoreApi` it declares would load on an older core
 * that silently ignores the feature (e.g. a 1.1 core serving a plugin that counts on
 * `areaReaders`): the start-up check refuses it. When the contract gains a field, add it
 * here with the version that brings it (and raise {@link CORE_PLUGIN_API_VERSION}).
 */
export interface ContractFeature {
  /** What a plugin author would search for, e.g. `serviceTypes[].areaReaders`. */
  name: string;
  /** `major.minor` of the core plugin API that introduced it. */
  since: string;
  /** Where the plugin uses it (e.g. `service type "kunjungan-rumah"`), empty when it does not. */
  usedBy(plugin: SpmPluginDefinition): string[];
}

export const CONTRACT_FEATURES: readonly ContractFeature[] = [
  {
    name: 'workflow.actions[].guards[].codes',
    since: '1.1',
    usedBy: (p) =>
      p.workflow.actions
        .filter((a) => a.guards?.some((g) => g.type !== 'visitRecorded' && g.codes !== undefined))
        .map((a) => `action "${a.id}"`),
  },
  {
    name: 'serviceTypes[].applicantKkRequired',
    since: '1.1',
    usedBy: (p) =>
      p.serviceTypes.filter((t) => t.applicantKkRequired !== undefined).map((t) => `service type "${t.id}"`),
  },
  {
    name: 'serviceTypes[].areaReaders',
    since: '1.2',
    usedBy: (p) => p.serviceTypes.filter((t) => t.areaReaders !== undefined).map((t) => `service type "${t.id}"`),
  },
  {
    name: 'serviceTypes[].facts[].format',
    since: '1.3',
    usedBy: (p) =>
      p.serviceTypes.flatMap((t) =>
        t.facts.filter((f) => f.format !== undefined).map((f) => `fact "${f.id}" of service type "${t.id}"`),
      ),
  },
  {
    name: 'workflow.states[].terminal.outcome SETTLED_AT_VILLAGE / WITHDRAWN / CANNOT_BE_SERVED',
    since: '1.4',
    usedBy: (p) =>
      p.workflow.states
        .filter((s) => s.terminal && s.terminal.outcome !== 'COMPLETED' && s.terminal.outcome !== 'DECLINED')
        .map((s) => `state "${s.id}"`),
  },
  {
    name: 'workflow.actions[].declineReasons',
    since: '1.4',
    usedBy: (p) => p.workflow.actions.filter((a) => a.declineReasons !== undefined).map((a) => `action "${a.id}"`),
  },
  {
    name: 'workflow.actions[].settlementKinds',
    since: '1.4',
    usedBy: (p) => p.workflow.actions.filter((a) => a.settlementKinds !== undefined).map((a) => `action "${a.id}"`),
  },
  {
    name: 'serviceTypes[].confidentialBeneficiaries',
    since: '1.4',
    usedBy: (p) =>
      p.serviceTypes.filter((t) => t.confidentialBeneficiaries !== undefined).map((t) => `service type "${t.id}"`),
  },
  {
    name: 'workflow.anonymousIntakeState',
    since: '1.4',
    usedBy: (p) => (p.workflow.anonymousIntakeState !== undefined ? ['the workflow'] : []),
  },
  {
    name: 'spmServices',
    since: '1.5',
    usedBy: (p) => (p.spmServices?.length ? ['the plugin'] : []),
  },
  {
    name: 'serviceTypes[].spm',
    since: '1.5',
    usedBy: (p) => p.serviceTypes.filter((t) => t.spm !== undefined).map((t) => `service type "${t.id}"`),
  },
];

/** Orders `major.minor` versions: negative when `a` is older than `b`. */
export function compareApiVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** Each use of a feature newer than `declared`, e.g. "serviceTypes[].areaReaders (1.2) in service type "x"". */
export function featuresNewerThan(
  plugin: SpmPluginDefinition,
  declared: string,
  features: readonly ContractFeature[] = CONTRACT_FEATURES,
): Array<{ feature: string; since: string; where: string }> {
  return features
    .filter((f) => compareApiVersions(f.since, declared) > 0)
    .flatMap((f) => f.usedBy(plugin).map((where) => ({ feature: f.name, since: f.since, where })));
}

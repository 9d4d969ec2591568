import { CORE_PLUGIN_API_VERSION, RETURN_ACTION_ID, type SpmPlugin, type SpmPluginDefinition } from './contract.js';
import { compareApiVersions, featuresNewerThan } from './api-features.js';
import { pluginSchema } from './plugin-schema.js';

/** One thing wrong with one plugin. */
export interface PluginFault {
  pluginId: string;
  /** Stable name of the kind of fault, for tests and docs. */
  code:
    | 'INVALID_SHAPE'
    | 'DUPLICATE_PLUGIN_ID'
    | 'DUPLICATE_ID'
    | 'INCOMPATIBLE_API_VERSION'
    | 'FEATURE_NEWER_THAN_DECLARED'
    | 'UNKNOWN_STATE'
    | 'UNKNOWN_DOCUMENT'
    | 'UNKNOWN_ROUTE'
    | 'UNKNOWN_SERVICE_TYPE'
    | 'UNREACHABLE_STATE'
    | 'NO_PATH_TO_TERMINAL'
    | 'ACTION_WITHOUT_ROLE'
    | 'ACTION_FROM_TERMINAL'
    | 'RESERVED_ID'
    | 'MISSING_REASON'
    | 'MISPLACED_OUTCOME_CODES'
    | 'BAD_ANONYMOUS_INTAKE'
    | 'NO_CLOSE_AFTER_RETURN'
    | 'BAD_FACT'
    | 'BAD_FILE_COUNT'
    | 'MISSING_SPM_MAPPING'
    | 'BAD_SPM_MAPPING';
  message: string;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

export function isApiCompatible(required: string, provided: string = CORE_PLUGIN_API_VERSION): boolean {
  const [rMajor, rMinor] = required.split('.').map(Number);
  const [pMajor, pMinor] = provided.split('.').map(Number);
  return rMajor === pMajor && (rMinor ?? 0) <= (pMinor ?? 0);
}

/** Checks one plugin on its own. Returns every fault found, never throws. */
export function validatePlugin(plugin: SpmPlugin): PluginFault[] {
  const pluginId = typeof plugin.id === 'string' && plugin.id ? plugin.id : '(no id)';
  const faults: PluginFault[] = [];
  const fault = (code: PluginFault['code'], message: string): void => {
    faults.push({ pluginId, code, message });
  };

  const parsed = pluginSchema.safeParse(plugin);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      fault('INVALID_SHAPE', `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return faults;
  }
  const def = parsed.data;

  if (!isApiCompatible(def.requiresCoreApi)) {
    fault(
      'INCOMPATIBLE_API_VERSION',
      `requires core plugin API ${def.requiresCoreApi}, but this core provides ${CORE_PLUGIN_API_VERSION}`,
    );
  }
  // The declared version is a promise to older cores: a feature newer than it would be ignored there.
  for (const use of featuresNewerThan(def, def.requiresCoreApi)) {
    fault(
      'FEATURE_NEWER_THAN_DECLARED',
      `${use.where} uses ${use.feature}, which needs core plugin API ${use.since}, ` +
        `but the plugin declares requiresCoreApi ${def.requiresCoreApi}: declare ${use.since} or newer`,
    );
  }

  const { states, actions, initialState } = def.workflow;
  for (const [what, ids] of [
    ['document code', def.documents.map((d) => d.code)],
    ['service type id', def.serviceTypes.map((s) => s.id)],
    ['state id', states.map((s) => s.id)],
    ['action id', actions.map((a) => a.id)],
    ['route id', def.routes.map((r) => r.id)],
    ['SPM service id', (def.spmServices ?? []).map((s) => s.id)],
  ] as const) {
    for (const dup of duplicates(ids)) fault('DUPLICATE_ID', `${what} "${dup}" is declared more than once`);
  }

  for (const doc of def.documents) {
    if (doc.minFiles > doc.maxFiles) {
      fault(
        'BAD_FILE_COUNT',
        `document "${doc.code}" asks for at least ${doc.minFiles} but at most ${doc.maxFiles} files`,
      );
    }
  }
  const docCodes = new Set(def.documents.map((d) => d.code));
  for (const type of def.serviceTypes) {
    for (const dup of duplicates(type.documents.map((d) => d.code))) {
      fault('DUPLICATE_ID', `service type "${type.id}" lists document "${dup}" more than once`);
    }
    for (const dup of duplicates(type.facts.map((f) => f.id))) {
      fault('DUPLICATE_ID', `service type "${type.id}" declares fact "${dup}" more than once`);
    }
    for (const doc of type.documents) {
      if (!docCodes.has(doc.code)) {
        fault('UNKNOWN_DOCUMENT', `service type "${type.id}" refers to unknown document "${doc.code}"`);
      }
    }
    if (type.confidentialBeneficiaries && !def.confidentialReporter) {
      fault(
        'BAD_ANONYMOUS_INTAKE',
        `service type "${type.id}" seals its beneficiaries like the reporter, but the reporter is not confidential (confidentialReporter)`,
      );
    }
    for (const other of type.priorCaseWarning?.serviceTypes ?? []) {
      if (!def.serviceTypes.some((t) => t.id === other)) {
        fault('UNKNOWN_SERVICE_TYPE', `service type "${type.id}" warns about unknown service type "${other}"`);
      }
    }
    for (const f of type.facts) {
      if (f.type === 'choice' && !f.options?.length) {
        fault('BAD_FACT', `fact "${f.id}" of service type "${type.id}" is a choice without options`);
      }
      if (f.format && f.type !== 'text') {
        fault('BAD_FACT', `fact "${f.id}" of service type "${type.id}" has a format but is not a text`);
      }
    }
  }

  // From 1.5 on, every service type counts somewhere in the SPM report. An older plugin keeps loading
  // (a minor release breaks no plugin); its cases are reported as not mapped until it moves to 1.5.
  if (compareApiVersions(def.requiresCoreApi, '1.5') >= 0 || def.spmServices || def.serviceTypes.some((t) => t.spm)) {
    checkSpmMappings(def, fault);
  }

  const stateById = new Map(states.map((s) => [s.id, s]));
  const routeIds = new Set(def.routes.map((r) => r.id));
  if (!stateById.has(initialState)) fault('UNKNOWN_STATE', `initial state "${initialState}" is not declared`);
  for (const action of actions) {
    if (action.id === RETURN_ACTION_ID) {
      fault('RESERVED_ID', `action id "${RETURN_ACTION_ID}" is reserved by the core`);
    }
    if (action.roles.length === 0) fault('ACTION_WITHOUT_ROLE', `action "${action.id}" has no role allowed to take it`);
    for (const s of [...action.from, action.to]) {
      if (!stateById.has(s)) fault('UNKNOWN_STATE', `action "${action.id}" refers to unknown state "${s}"`);
    }
    for (const s of action.from) {
      if (stateById.get(s)?.terminal) {
        fault('ACTION_FROM_TERMINAL', `action "${action.id}" leaves final state "${s}"`);
      }
    }
    for (const t of action.serviceTypes ?? []) {
      if (!def.serviceTypes.some((st) => st.id === t)) {
        fault('UNKNOWN_SERVICE_TYPE', `action "${action.id}" is limited to unknown service type "${t}"`);
      }
    }
    for (const guard of action.guards ?? []) {
      if (guard.type === 'visitRecorded') continue;
      for (const code of guard.codes ?? []) {
        if (!docCodes.has(code)) {
          fault('UNKNOWN_DOCUMENT', `action "${action.id}" guard ${guard.type} checks unknown document "${code}"`);
        }
      }
    }
    for (const effect of action.effects ?? []) {
      if (!routeIds.has(effect.route)) {
        fault('UNKNOWN_ROUTE', `action "${action.id}" assigns by unknown route "${effect.route}"`);
      }
    }
    const target = stateById.get(action.to);
    const outcome = target?.terminal?.outcome;
    const toldToCitizen = outcome === 'DECLINED' || outcome === 'CANNOT_BE_SERVED';
    if (target && (target.pausesClock || toldToCitizen) && !action.requiresReason) {
      fault(
        'MISSING_REASON',
        `action "${action.id}" leads to "${action.to}" (${target.pausesClock ? 'pauses the clock' : outcome === 'DECLINED' ? 'a refusal' : 'cannot be served'}) and must require a reason`,
      );
    }
    if (action.declineReasons && target && outcome !== 'DECLINED') {
      fault(
        'MISPLACED_OUTCOME_CODES',
        `action "${action.id}" lists declineReasons but leads to "${action.to}", which is not a DECLINED state`,
      );
    }
    if (action.settlementKinds && target && outcome !== 'SETTLED_AT_VILLAGE') {
      fault(
        'MISPLACED_OUTCOME_CODES',
        `action "${action.id}" lists settlementKinds but leads to "${action.to}", which is not a SETTLED_AT_VILLAGE state`,
      );
    }
  }

  const anonymous = def.workflow.anonymousIntakeState;
  if (anonymous !== undefined) {
    const state = stateById.get(anonymous);
    if (!state) fault('UNKNOWN_STATE', `anonymousIntakeState "${anonymous}" is not declared`);
    else if (!state.pausesClock || state.terminal) {
      fault('BAD_ANONYMOUS_INTAKE', `anonymousIntakeState "${anonymous}" must pause the clock and not be final`);
    }
    if (!def.reporterIdentityOptional) {
      fault('BAD_ANONYMOUS_INTAKE', 'anonymousIntakeState needs reporterIdentityOptional: true');
    }
  }

  // Reachability: forward from the initial states, backward from the final states.
  if (stateById.has(initialState)) {
    const starts = [initialState, ...(anonymous && stateById.has(anonymous) ? [anonymous] : [])];
    const reached = new Set(starts);
    const queue = [...starts];
    while (queue.length) {
      const current = queue.shift() as string;
      for (const a of actions) {
        if (a.from.includes(current) && stateById.has(a.to) && !reached.has(a.to)) {
          reached.add(a.to);
          queue.push(a.to);
        }
      }
    }
    for (const s of states) {
      if (!reached.has(s.id)) fault('UNREACHABLE_STATE', `state "${s.id}" cannot be reached from "${initialState}"`);
    }
  }
  const canFinish = finishingStates(states, actions, () => true);
  for (const s of states) {
    if (!canFinish.has(s.id)) fault('NO_PATH_TO_TERMINAL', `no final state can be reached from state "${s.id}"`);
  }

  // A unit that forwarded a case gets it back in the state it forwarded it from when the receiver
  // returns it (bukan wewenang): from there it must be able to close the case itself, not only forward it again.
  const closesWithoutForwarding = finishingStates(states, actions, (a) => !a.effects?.length);
  const forwardedFrom = new Set(actions.filter((a) => a.effects?.length).flatMap((a) => a.from));
  for (const s of forwardedFrom) {
    if (stateById.has(s) && canFinish.has(s) && !closesWithoutForwarding.has(s)) {
      fault(
        'NO_CLOSE_AFTER_RETURN',
        `a case returned to state "${s}" (it is forwarded from there) can only be forwarded again: add an action that closes it without forwarding`,
      );
    }
  }
  return faults;
}

/** The states from which a final state can be reached taking only the actions `use` accepts. */
function finishingStates(
  states: ReadonlyArray<{ id: string; terminal?: unknown }>,
  actions: ReadonlyArray<{ from: readonly string[]; to: string; effects?: readonly unknown[] }>,
  use: (a: { effects?: readonly unknown[] }) => boolean,
): Set<string> {
  const done = new Set(states.filter((s) => s.terminal).map((s) => s.id));
  let grew = true;
  while (grew) {
    grew = false;
    for (const a of actions) {
      if (!use(a) || !done.has(a.to)) continue;
      for (const f of a.from) {
        if (!done.has(f)) {
          done.add(f);
          grew = true;
        }
      }
    }
  }
  return done;
}

/**
 * API 1.5: every service type counts somewhere in the SPM report — one of the plugin's jenis
 * pelayanan dasar and a penerima, or one per option of a choice fact (every option, no other value).
 */
function checkSpmMappings(
  def: Pick<SpmPluginDefinition, 'serviceTypes' | 'spmServices'>,
  fault: (code: PluginFault['code'], message: string) => void,
): void {
  const services = new Set((def.spmServices ?? []).map((s) => s.id));
  for (const type of def.serviceTypes) {
    const mapping = type.spm;
    if (!mapping) {
      fault(
        'MISSING_SPM_MAPPING',
        `service type "${type.id}" has no SPM mapping: set spm to one of the plugin's spmServices (jenis pelayanan dasar) and a penerima (core plugin API 1.5)`,
      );
      continue;
    }
    const targets = 'service' in mapping ? [['', mapping] as const] : Object.entries(mapping.targets);
    for (const [value, target] of targets) {
      if (!services.has(target.service)) {
        fault(
          'BAD_SPM_MAPPING',
          `service type "${type.id}"${value ? ` (answer "${value}")` : ''} counts toward unknown SPM service "${target.service}"`,
        );
      }
    }
    if ('byFact' in mapping) {
      const fact = type.facts.find((f) => f.id === mapping.byFact);
      if (!fact || fact.type !== 'choice' || !fact.required) {
        fault(
          'BAD_SPM_MAPPING',
          `service type "${type.id}" maps to the SPM by fact "${mapping.byFact}", which is not a required choice fact of it`,
        );
        continue;
      }
      const options = new Set((fact.options ?? []).map((o) => o.value));
      for (const o of options) {
        if (!mapping.targets[o]) {
          fault('BAD_SPM_MAPPING', `service type "${type.id}": answer "${o}" of fact "${fact.id}" has no SPM target`);
        }
      }
      for (const v of Object.keys(mapping.targets)) {
        if (!options.has(v)) {
          fault('BAD_SPM_MAPPING', `service type "${type.id}": SPM target for "${v}", not an option of "${fact.id}"`);
        }
      }
    }
  }
}

/** Checks the assembled set: each plugin, then what they must not share. */
export function validatePlugins(plugins: readonly SpmPlugin[]): PluginFault[] {
  const faults = plugins.flatMap(validatePlugin);
  for (const dup of duplicates(plugins.map((p) => p.id))) {
    faults.push({ pluginId: dup, code: 'DUPLICATE_PLUGIN_ID', message: `two plugins declare the sector id "${dup}"` });
  }
  return faults;
}

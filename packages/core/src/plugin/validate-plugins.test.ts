import { describe, expect, it } from 'vitest';
import { minimalPlugin, variant } from './fixtures/minimal.plugin.js';
import { PluginAssemblyError, assemblePlugins } from './plugin-registry.js';
import { validatePlugins, type PluginFault } from './validate-plugins.js';
import type { ServiceTypeDefinition, SpmPluginDefinition } from './contract.js';

const codes = (faults: PluginFault[]) => faults.map((f) => f.code);

describe('validatePlugins: a broken plugin is refused with every fault named', () => {
  it('accepts the minimal plugin', () => {
    expect(validatePlugins([minimalPlugin])).toEqual([]);
  });

  it('finds an unreachable state', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: [...d.workflow.states, { id: 'limbo', label: d.name, citizenLabel: d.name }],
        actions: [...d.workflow.actions, { id: 'out', label: d.name, from: ['limbo'], to: 'done', roles: ['KADER'] }],
      },
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({
        pluginId: 'fixture',
        code: 'UNREACHABLE_STATE',
        message: expect.stringContaining('"limbo"'),
      }),
    );
  });

  it('finds a state with no way to a final state', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: [...d.workflow.states, { id: 'trap', label: d.name, citizenLabel: d.name }],
        actions: [...d.workflow.actions, { id: 'fall', label: d.name, from: ['open'], to: 'trap', roles: ['KADER'] }],
      },
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({ code: 'NO_PATH_TO_TERMINAL', message: expect.stringContaining('"trap"') }),
    );
  });

  it('finds decline codes on an action that does not decline, and settlement kinds that do not settle', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        actions: [{ ...d.workflow.actions[0]!, declineReasons: ['NOT_ELIGIBLE'], settlementKinds: ['MUSYAWARAH'] }],
      },
    }));
    const faults = validatePlugins([p]).filter((f) => f.code === 'MISPLACED_OUTCOME_CODES');
    expect(faults.map((f) => f.message)).toEqual([
      expect.stringContaining('declineReasons'),
      expect.stringContaining('settlementKinds'),
    ]);
  });

  it('finds a cannot-be-served or declining action without a reason for the citizen', () => {
    const p = variant((d) => ({
      ...d,
      requiresCoreApi: '1.4',
      workflow: {
        ...d.workflow,
        states: [
          ...d.workflow.states,
          { id: 'cbs', label: d.name, citizenLabel: d.name, terminal: { outcome: 'CANNOT_BE_SERVED' } },
        ],
        actions: [...d.workflow.actions, { id: 'give-up', label: d.name, from: ['open'], to: 'cbs', roles: ['KADER'] }],
      },
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({ code: 'MISSING_REASON', message: expect.stringContaining('"give-up"') }),
    );
  });

  it('finds an anonymous intake state that runs the clock, or a plugin that needs no identity', () => {
    const p = variant((d) => ({
      ...d,
      requiresCoreApi: '1.4',
      workflow: { ...d.workflow, anonymousIntakeState: 'open' },
    }));
    expect(codes(validatePlugins([p]))).toEqual(['BAD_ANONYMOUS_INTAKE', 'BAD_ANONYMOUS_INTAKE']);
  });

  it('finds an outcome of API 1.4 in a plugin that declares an older API', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: d.workflow.states.map((s) => (s.terminal ? { ...s, terminal: { outcome: 'WITHDRAWN' as const } } : s)),
      },
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({
        code: 'FEATURE_NEWER_THAN_DECLARED',
        message: expect.stringContaining('state "done"'),
      }),
    );
  });

  it('finds a text format on a question that is not text', () => {
    const label = { id: 'Nomor', en: 'Number' };
    const p = variant((d) => ({
      ...d,
      serviceTypes: [
        {
          ...d.serviceTypes[0]!,
          facts: [{ id: 'cardNumber', label, type: 'number', required: true, format: { kind: 'digits', length: 13 } }],
        },
      ],
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({ code: 'BAD_FACT', message: expect.stringContaining('"cardNumber"') }),
    );
  });

  it('finds a digits format without its length', () => {
    const label = { id: 'Nomor', en: 'Number' };
    const p = variant((d) => ({
      ...d,
      serviceTypes: [
        {
          ...d.serviceTypes[0]!,
          facts: [{ id: 'cardNumber', label, type: 'text', required: false, format: { kind: 'digits' } as never }],
        },
      ],
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({ code: 'INVALID_SHAPE', message: expect.stringContaining('facts.0.format.length') }),
    );
  });

  it('finds an action with no role', () => {
    const p = variant((d) => ({
      ...d,
      workflow: { ...d.workflow, actions: [{ ...d.workflow.actions[0]!, roles: [] }] },
    }));
    expect(codes(validatePlugins([p]))).toContain('ACTION_WITHOUT_ROLE');
  });

  it('finds an unknown document code in a service type', () => {
    const p = variant((d) => ({
      ...d,
      serviceTypes: [{ ...d.serviceTypes[0]!, documents: [{ code: 'kk-copy', required: true }] }],
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_DOCUMENT', message: expect.stringContaining('"kk-copy"') }),
    );
  });

  it('finds a guard that checks a document the plugin does not declare', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        actions: [{ ...d.workflow.actions[0]!, guards: [{ type: 'documentsVerified', codes: ['village-letter'] }] }],
      },
    }));
    expect(validatePlugins([p])).toContainEqual(
      expect.objectContaining({
        code: 'UNKNOWN_DOCUMENT',
        message: 'action "finish" guard documentsVerified checks unknown document "village-letter"',
      }),
    );
  });

  it('finds duplicate ids within a plugin and duplicate plugin ids', () => {
    const p = variant((d) => ({ ...d, documents: [...d.documents, d.documents[0]!] }));
    expect(codes(validatePlugins([p]))).toContain('DUPLICATE_ID');
    expect(validatePlugins([minimalPlugin, minimalPlugin])).toContainEqual(
      expect.objectContaining({ code: 'DUPLICATE_PLUGIN_ID', pluginId: 'fixture' }),
    );
  });

  it('refuses a plugin written for another core API major, or a newer minor', () => {
    expect(codes(validatePlugins([variant((d) => ({ ...d, requiresCoreApi: '2.0' }))]))).toContain(
      'INCOMPATIBLE_API_VERSION',
    );
    expect(codes(validatePlugins([variant((d) => ({ ...d, requiresCoreApi: '1.9' }))]))).toContain(
      'INCOMPATIBLE_API_VERSION',
    );
  });

  it('refuses a plugin that uses a feature newer than the core API it declares', () => {
    // areaReaders came with 1.2: a 1.1 core would load this plugin and ignore who may read its cases.
    const p = variant((d) => ({
      ...d,
      requiresCoreApi: '1.1',
      serviceTypes: [{ ...d.serviceTypes[0]!, areaReaders: { roles: ['HEALTH_WORKER'] } }],
    }));
    expect(validatePlugins([p])).toEqual([
      expect.objectContaining({
        code: 'FEATURE_NEWER_THAN_DECLARED',
        message: expect.stringMatching(
          /^service type "request" uses serviceTypes\[\]\.areaReaders, which needs core plugin API 1\.2, but the plugin declares requiresCoreApi 1\.1/,
        ),
      }),
    ]);
    const declared = variant((d) => ({ ...d, requiresCoreApi: '1.2', serviceTypes: p.serviceTypes }));
    expect(validatePlugins([declared])).toEqual([]);
  });

  it('names each use of a 1.1 feature in a 1.0 plugin', () => {
    const p = variant((d) => ({
      ...d,
      serviceTypes: [{ ...d.serviceTypes[0]!, applicantKkRequired: true }],
      workflow: {
        ...d.workflow,
        actions: [{ ...d.workflow.actions[0]!, guards: [{ type: 'documentsComplete', codes: ['ktp-copy'] }] }],
      },
    }));
    expect(validatePlugins([p]).map((f) => [f.code, f.message.split(' uses ')[0]])).toEqual([
      ['FEATURE_NEWER_THAN_DECLARED', 'action "finish"'],
      ['FEATURE_NEWER_THAN_DECLARED', 'service type "request"'],
    ]);
  });

  describe('SPM mapping (API 1.5): every service type counts toward a jenis pelayanan dasar and a penerima', () => {
    const spmServices = [{ id: 'layanan', name: { id: 'Layanan', en: 'Service' }, basis: 'Permen X/2018', spm: true }];
    const levelFact = {
      id: 'level',
      label: { id: 'Jenjang', en: 'Level' },
      type: 'choice' as const,
      required: true,
      options: [
        { value: 'A', label: { id: 'A', en: 'A' } },
        { value: 'B', label: { id: 'B', en: 'B' } },
      ],
    };

    it('accepts a 1.5 plugin whose every service type is mapped, directly or by a choice fact', () => {
      const p = variant((d) => ({
        ...d,
        requiresCoreApi: '1.5',
        spmServices,
        serviceTypes: [
          { ...d.serviceTypes[0]!, spm: { service: 'layanan', penerima: 'ELDERLY' } },
          {
            ...d.serviceTypes[0]!,
            id: 'by-level',
            facts: [levelFact],
            spm: {
              byFact: 'level',
              targets: { A: { service: 'layanan', penerima: 'CHILD' }, B: { service: 'layanan', penerima: 'ELDERLY' } },
            },
          },
        ],
      }));
      expect(validatePlugins([p])).toEqual([]);
    });

    it('refuses a 1.5 plugin with a service type that has no mapping, naming the service type', () => {
      const p = variant((d) => ({ ...d, requiresCoreApi: '1.5', spmServices }));
      expect(validatePlugins([p])).toEqual([
        expect.objectContaining({
          code: 'MISSING_SPM_MAPPING',
          message: expect.stringMatching(/^service type "request" has no SPM mapping/),
        }),
      ]);
    });

    it('refuses a mapping to an undeclared service, a non-choice fact, and a fact option left out', () => {
      const badTypes = (d: SpmPluginDefinition): ServiceTypeDefinition[] => [
        { ...d.serviceTypes[0]!, spm: { service: 'tidak-ada', penerima: 'ELDERLY' } },
        {
          ...d.serviceTypes[0]!,
          id: 'by-level',
          facts: [levelFact],
          spm: { byFact: 'level', targets: { A: { service: 'layanan', penerima: 'CHILD' } } },
        },
        {
          ...d.serviceTypes[0]!,
          id: 'by-name',
          spm: { byFact: 'name', targets: { X: { service: 'layanan', penerima: 'CHILD' } } },
        },
      ];
      const p = variant((d) => ({ ...d, requiresCoreApi: '1.5', spmServices, serviceTypes: badTypes(d) }));
      expect(validatePlugins([p]).map((f) => [f.code, f.message])).toEqual([
        ['BAD_SPM_MAPPING', 'service type "request" counts toward unknown SPM service "tidak-ada"'],
        ['BAD_SPM_MAPPING', 'service type "by-level": answer "B" of fact "level" has no SPM target'],
        [
          'BAD_SPM_MAPPING',
          'service type "by-name" maps to the SPM by fact "name", which is not a required choice fact of it',
        ],
      ]);
    });

    it('refuses SPM data in a plugin that declares an older API, and reports unknown penerima as a shape fault', () => {
      const old = variant((d) => ({
        ...d,
        requiresCoreApi: '1.3',
        spmServices,
        serviceTypes: [{ ...d.serviceTypes[0]!, spm: { service: 'layanan', penerima: 'ELDERLY' } }],
      }));
      expect(codes(validatePlugins([old]))).toEqual(['FEATURE_NEWER_THAN_DECLARED', 'FEATURE_NEWER_THAN_DECLARED']);
      const unknown = variant((d) => ({
        ...d,
        requiresCoreApi: '1.5',
        spmServices,
        serviceTypes: [
          { ...d.serviceTypes[0]!, spm: { service: 'layanan', penerima: 'ALIENS' as unknown as 'ELDERLY' } },
        ],
      }));
      expect(codes(validatePlugins([unknown]))).toEqual(['INVALID_SHAPE']);
    });
  });

  it('finds references to unknown states and routes, and a pause without a reason', () => {
    const p = variant((d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: [...d.workflow.states, { id: 'waiting', label: d.name, citizenLabel: d.name, pausesClock: true }],
        actions: [
          ...d.workflow.actions,
          { id: 'wait', label: d.name, from: ['open'], to: 'waiting', roles: ['KADER'] },
          {
            id: 'back',
            label: d.name,
            from: ['waiting'],
            to: 'open',
            roles: ['KADER'],
            effects: [{ type: 'assign', route: 'nowhere' }],
          },
          { id: 'jump', label: d.name, from: ['open'], to: 'moon', roles: ['KADER'] },
        ],
      },
    }));
    expect(codes(validatePlugins([p]))).toEqual(
      expect.arrayContaining(['MISSING_REASON', 'UNKNOWN_ROUTE', 'UNKNOWN_STATE']),
    );
  });

  it('reports shape errors with their path instead of crashing', () => {
    const p = variant((d) => ({ ...d, id: 'Not Kebab', version: 'one' }));
    const faults = validatePlugins([p]);
    expect(faults.every((f) => f.code === 'INVALID_SHAPE')).toBe(true);
    expect(faults.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^id: /), expect.stringMatching(/^version: /)]),
    );
  });

  it('assemblePlugins throws one error listing every fault of every plugin', () => {
    const a = variant((d) => ({ ...d, id: 'alpha', requiresCoreApi: '2.0' }));
    const b = variant((d) => ({
      ...d,
      id: 'beta',
      workflow: { ...d.workflow, actions: [{ ...d.workflow.actions[0]!, roles: [] }] },
    }));
    let error: unknown;
    try {
      assemblePlugins([a, b]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PluginAssemblyError);
    expect((error as Error).message).toMatch(/\[alpha\] INCOMPATIBLE_API_VERSION/);
    expect((error as Error).message).toMatch(/\[beta\] ACTION_WITHOUT_ROLE/);
  });
});

import { defineSpmPlugin, type SpmPluginDefinition } from '@posyandu-spm/core';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { StartupError } from '@posyandu-spm/server';
import { startTestServer } from '@posyandu-spm/testing';
import { describe, expect, it } from 'vitest';

const base: SpmPluginDefinition = pendidikanPlugin;

/** One broken variant of a real plugin per kind of fault the start-up check must catch (DESIGN §6). */
const broken: Array<[string, (d: SpmPluginDefinition) => SpmPluginDefinition, RegExp]> = [
  [
    'an unreachable state',
    (d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: [
          ...d.workflow.states,
          { id: 'orphan', label: d.name, citizenLabel: d.name, terminal: { outcome: 'COMPLETED' } },
        ],
      },
    }),
    /UNREACHABLE_STATE: state "orphan"/,
  ],
  [
    'a state with no way to a final state',
    (d) => ({
      ...d,
      workflow: {
        ...d.workflow,
        states: [...d.workflow.states, { id: 'dead-end', label: d.name, citizenLabel: d.name }],
        actions: [
          ...d.workflow.actions,
          { id: 'into-dead-end', label: d.name, from: [d.workflow.initialState], to: 'dead-end', roles: ['KADER'] },
        ],
      },
    }),
    /NO_PATH_TO_TERMINAL: no final state can be reached from state "dead-end"/,
  ],
  [
    'an action with no role',
    (d) => ({
      ...d,
      workflow: { ...d.workflow, actions: d.workflow.actions.map((a, i) => (i === 0 ? { ...a, roles: [] } : a)) },
    }),
    /ACTION_WITHOUT_ROLE/,
  ],
  [
    'an unknown document code',
    (d) => ({
      ...d,
      serviceTypes: d.serviceTypes.map((t) => ({
        ...t,
        documents: [...t.documents, { code: 'passport', required: true }],
      })),
    }),
    /UNKNOWN_DOCUMENT: service type "[\w-]+" refers to unknown document "passport"/,
  ],
  ['a duplicate id', (d) => ({ ...d, documents: [...d.documents, d.documents[0]!] }), /DUPLICATE_ID: document code/],
  [
    'an incompatible API version',
    (d) => ({ ...d, requiresCoreApi: '2.0' }),
    /INCOMPATIBLE_API_VERSION: requires core plugin API 2\.0/,
  ],
];

describe('the server refuses to start with a broken plugin, naming the plugin and the fault', () => {
  it.each(broken)('%s', async (_fault, breakIt, message) => {
    const plugin = defineSpmPlugin(breakIt(structuredClone(base)));
    const error = await startTestServer({ plugins: [plugin] }).then(
      async (t) => {
        await t.close();
        return null;
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/the server will not start/);
    expect((error as Error).message).toMatch(new RegExp(`\\[plugins\\] ${base.id} — ${message.source}`));
  });

  it('two plugins with the same sector id', async () => {
    const error = await startTestServer({ plugins: [base as never, base as never] }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/DUPLICATE_PLUGIN_ID: two plugins declare the sector id/);
  });
});

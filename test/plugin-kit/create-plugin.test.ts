import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { validatePlugins, type SpmPlugin } from '@posyandu-spm/core';
import { scaffoldPlugin } from '@posyandu-spm/create-plugin';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';
import { startTestServer, TestClock } from '@posyandu-spm/testing';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * A temporary workspace with the scaffolded plugin, whose bare imports resolve to
 * this repository's packages, as they would in a plugin author's checkout.
 */
const workspace = mkdtempSync(path.join(tmpdir(), 'psp-create-plugin-'));
mkdirSync(path.join(workspace, 'node_modules/@posyandu-spm'), { recursive: true });
for (const [name, target] of [
  ['@posyandu-spm/core', 'packages/core'],
  ['@posyandu-spm/plugin-api', 'packages/plugin-api'],
  ['@posyandu-spm/testing', 'packages/testing'],
  ['vitest', 'node_modules/vitest'],
]) {
  symlinkSync(path.join(ROOT, target as string), path.join(workspace, 'node_modules', name as string));
}
cpSync(path.join(ROOT, '.prettierrc.json'), path.join(workspace, '.prettierrc.json'));
mkdirSync(path.join(workspace, 'apps/api'), { recursive: true });
cpSync(path.join(ROOT, 'apps/api/package.json'), path.join(workspace, 'apps/api/package.json'));

const scaffolded = await scaffoldPlugin({ root: workspace, id: 'civil-registry', register: true });
const dir = scaffolded.dir;
const { civilRegistryPlugin } = (await import(path.join(dir, 'src/civil-registry.plugin.ts'))) as {
  civilRegistryPlugin: SpmPlugin;
};
const civilRegistryModule = (
  (await import(path.join(dir, 'src/civil-registry.module.ts'))) as { default: SpmPluginModule }
).default;
const { civilRegistryInput } = (await import(path.join(dir, 'src/civil-registry.fixtures.ts'))) as {
  civilRegistryInput: () => Record<string, unknown>;
};
// The generated test runs here as written: its describe block joins this file's.
await import(path.join(dir, 'src/civil-registry.flow.test.ts'));

afterAll(() => rmSync(workspace, { recursive: true, force: true }));

describe('pnpm create-plugin civil-registry', () => {
  it('writes a package, its plugin, module, fixtures, flow test and README, and touches nothing else but apps/api/package.json', () => {
    expect(scaffolded.files.map((f) => path.relative(workspace, f)).sort()).toEqual(
      [
        'apps/api/package.json',
        'plugins/civil-registry/README.md',
        'plugins/civil-registry/package.json',
        'plugins/civil-registry/src/civil-registry.fixtures.ts',
        'plugins/civil-registry/src/civil-registry.module.ts',
        'plugins/civil-registry/src/civil-registry.flow.test.ts',
        'plugins/civil-registry/src/civil-registry.plugin.ts',
        'plugins/civil-registry/src/index.ts',
      ].sort(),
    );
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name).toBe(
      '@posyandu-spm/plugin-civil-registry',
    );
  });

  it('installs it with one dependency line in the composition root (apps/api/package.json)', () => {
    const before = JSON.parse(readFileSync(path.join(ROOT, 'apps/api/package.json'), 'utf8'));
    const after = JSON.parse(readFileSync(path.join(workspace, 'apps/api/package.json'), 'utf8'));
    expect(after.dependencies).toEqual({
      ...before.dependencies,
      '@posyandu-spm/plugin-civil-registry': 'workspace:*',
    });
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(manifest['posyandu-spm']).toEqual({ module: './module' });
    expect(manifest.exports['./module']).toBe('./src/civil-registry.module.ts');
    expect(civilRegistryModule.plugin).toBe(civilRegistryPlugin);
  });

  it('refuses an id that is not lower-kebab-case, or one that exists', async () => {
    await expect(scaffoldPlugin({ root: workspace, id: 'Civil Registry', register: false })).rejects.toThrow(
      /lower-kebab-case/,
    );
    await expect(scaffoldPlugin({ root: workspace, id: 'civil-registry', register: false })).rejects.toThrow(
      /already exists/,
    );
  });

  it('writes code the repository format check accepts', async () => {
    const prettier = await import('prettier');
    for (const file of scaffolded.files) {
      const config = (await prettier.resolveConfig(path.join(ROOT, 'package.json'))) ?? {};
      expect(await prettier.check(readFileSync(file, 'utf8'), { ...config, filepath: file }), file).toBe(true);
    }
  });

  it('loads next to every installed sector and takes a case through it', async () => {
    const all = [...(await loadInstalledPlugins()), civilRegistryModule];
    expect(validatePlugins(all.map((m) => m.plugin))).toEqual([]);
    const t = await startTestServer({ plugins: all, clock: new TestClock('2026-11-23T02:00:00Z') });
    try {
      const sectors = await t.anonymous().request<{ sectors: Array<{ id: string }> }>('{ sectors { id } }');
      expect(sectors.sectors.map((s) => s.id)).toEqual(all.map((m) => m.plugin.id));
      const kader = await t.as('kader.gombang');
      const village = await t.as('kades.gombang');
      const reg = await kader.request<{ registerCase: { id: string; version: number } }>(
        'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }',
        { input: civilRegistryInput() },
      );
      const act = `mutation ($id: ID!, $a: String!, $v: Int!, $i: ActionInput) {
        performAction(caseId: $id, action: $a, expectedVersion: $v, input: $i) { id version status outcome } }`;
      const sent = await kader.request<{ performAction: { version: number } }>(act, {
        id: reg.registerCase.id,
        a: 'submit-to-village',
        v: reg.registerCase.version,
      });
      const done = await village.request<{ performAction: { status: string; outcome: string } }>(act, {
        id: reg.registerCase.id,
        a: 'settle',
        v: sent.performAction.version,
        i: { note: 'Selesai di desa.', settlementKind: 'DIRECT_HELP' },
      });
      expect(done.performAction).toMatchObject({ status: 'settled', outcome: 'SETTLED_AT_VILLAGE' });
    } finally {
      await t.close();
    }
  });
});

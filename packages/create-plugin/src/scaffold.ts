import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import { pluginNames, type PluginNames } from './names.js';
import { pluginSource } from './templates/plugin.js';
import { fixturesSource, readmeSource, testSource } from './templates/test.js';

export interface ScaffoldOptions {
  /** The workspace root (the folder with pnpm-workspace.yaml). */
  root: string;
  id: string;
  /** Also add the plugin to the server's dependencies and its list of installed plugins. */
  register: boolean;
}

export interface ScaffoldResult {
  names: PluginNames;
  dir: string;
  files: string[];
}

function packageJson(n: PluginNames): string {
  return `${JSON.stringify(
    {
      name: n.packageName,
      version: '0.1.0',
      private: true,
      description: `SPM sector plugin: ${n.title}`,
      type: 'module',
      exports: { '.': './src/index.ts', './fixtures': `./src/${n.id}.fixtures.ts` },
      peerDependencies: { '@posyandu-spm/core': 'workspace:*' },
      devDependencies: { '@posyandu-spm/core': 'workspace:*', '@posyandu-spm/testing': 'workspace:*' },
    },
    null,
    2,
  )}\n`;
}

/** Adds the plugin to packages/server: a workspace dependency and an entry in src/plugins.ts. */
function register(root: string, n: PluginNames): string[] {
  const pkgFile = path.join(root, 'packages/server/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { dependencies: Record<string, string> };
  pkg.dependencies[n.packageName] = 'workspace:*';
  pkg.dependencies = Object.fromEntries(Object.entries(pkg.dependencies).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);

  const listFile = path.join(root, 'packages/server/src/plugins.ts');
  let source = readFileSync(listFile, 'utf8');
  const list = /export const INSTALLED_PLUGINS: readonly SpmPlugin\[\] = \[([\s\S]*?)\];/;
  const match = source.match(list);
  if (!match) throw new Error(`${listFile}: cannot find the INSTALLED_PLUGINS list to add ${n.exportName} to`);
  const entries = (match[1] ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.includes(n.exportName)) entries.push(n.exportName);
  source = source.replace(
    list,
    `export const INSTALLED_PLUGINS: readonly SpmPlugin[] = [\n${entries.map((e) => `  ${e},`).join('\n')}\n];`,
  );
  const importLine = `import { ${n.exportName} } from '${n.packageName}';`;
  if (!source.includes(importLine)) {
    const lastImport = source.lastIndexOf('\nimport ');
    const lineEnd = source.indexOf('\n', lastImport + 1);
    source = `${source.slice(0, lineEnd + 1)}${importLine}\n${source.slice(lineEnd + 1)}`;
  }
  writeFileSync(listFile, source);
  return [pkgFile, listFile];
}

/**
 * Writes `plugins/<id>/` — package.json, README, the plugin, its fixtures and a
 * flow test that passes as generated — and, with `register`, installs it in the server.
 */
export async function scaffoldPlugin(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const names = pluginNames(options.id);
  const dir = path.join(options.root, 'plugins', names.id);
  if (existsSync(dir)) throw new Error(`${dir} already exists: choose another sector id or remove it`);
  const files: Record<string, string> = {
    'package.json': packageJson(names),
    'README.md': readmeSource(names),
    'src/index.ts': `export { ${names.exportName} } from './${names.id}.plugin.js';\n`,
    [`src/${names.id}.plugin.ts`]: pluginSource(names),
    [`src/${names.id}.fixtures.ts`]: fixturesSource(names),
    [`src/${names.id}.flow.test.ts`]: testSource(names),
  };
  const written: string[] = [];
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(target);
  }
  if (options.register) written.push(...register(options.root, names));
  // Written as the repository formats code, so `pnpm test` (which checks formatting) passes as generated.
  for (const file of written) {
    const config = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(readFileSync(file, 'utf8'), { ...config, filepath: file }));
  }
  return { names, dir, files: written };
}

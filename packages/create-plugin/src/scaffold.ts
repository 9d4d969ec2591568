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
  /** Also install it: one dependency line in the composition root, apps/api/package.json. */
  register: boolean;
}

export interface ScaffoldResult {
  names: PluginNames;
  dir: string;
  files: string[];
}

/** The composition root whose `@posyandu-spm/plugin-*` dependencies are the installed sectors. */
export const COMPOSITION_ROOT = 'apps/api/package.json';

function packageJson(n: PluginNames): string {
  return `${JSON.stringify(
    {
      name: n.packageName,
      version: '0.1.0',
      private: true,
      description: `SPM sector plugin: ${n.title}`,
      type: 'module',
      exports: {
        '.': './src/index.ts',
        './fixtures': `./src/${n.id}.fixtures.ts`,
        './module': `./src/${n.id}.module.ts`,
        './package.json': './package.json',
      },
      // apps/api installs every dependency that says it is a sector plugin, from this entry.
      'posyandu-spm': { module: './module' },
      peerDependencies: { '@posyandu-spm/core': 'workspace:*', '@posyandu-spm/plugin-api': 'workspace:*' },
      devDependencies: {
        '@posyandu-spm/core': 'workspace:*',
        '@posyandu-spm/plugin-api': 'workspace:*',
        '@posyandu-spm/testing': 'workspace:*',
      },
    },
    null,
    2,
  )}\n`;
}

function moduleSource(n: PluginNames): string {
  return `import { defineSpmPluginModule } from '@posyandu-spm/plugin-api';
import { ${n.exportName} } from './${n.id}.plugin.js';

/** The installable sector: apps/api installs it when its package.json lists this package. */
export default defineSpmPluginModule({ plugin: ${n.exportName} });
`;
}

/**
 * Installs the plugin: one dependency line in the composition root's package.json. Nothing
 * in the server changes (it names no plugin); \`pnpm install\` then updates the lockfile.
 */
function register(root: string, n: PluginNames): string[] {
  const pkgFile = path.join(root, COMPOSITION_ROOT);
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { dependencies: Record<string, string> };
  // Appended, not sorted: the order of the dependencies is the order sectors are listed in (`sectors`).
  pkg.dependencies[n.packageName] = 'workspace:*';
  writeFileSync(pkgFile, `${JSON.stringify(pkg, null, 2)}\n`);
  return [pkgFile];
}

/**
 * Writes `plugins/<id>/` — package.json, README, the plugin, its fixtures and a
 * flow test that passes as generated — and, with `register`, installs it in apps/api.
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
    [`src/${names.id}.module.ts`]: moduleSource(names),
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

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isSpmPluginModule, type SpmPluginModule } from '@posyandu-spm/plugin-api';
import { StartupError } from '@posyandu-spm/server';

/**
 * The installed sectors are this app's dependencies whose package.json says
 * `"posyandu-spm": { "module": "./module" }` (every package under plugins/ does):
 * adding a sector is one dependency line in apps/api/package.json (then `pnpm install`),
 * removing one is deleting that line. Their order there is the order `sectors` lists them in
 * and the console shows them in. The server library names no plugin.
 */
const APP_PACKAGE = new URL('../package.json', import.meta.url);

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  'posyandu-spm'?: { module?: unknown };
}

/** A dependency that declares itself a sector plugin but does not load as one. */
export class PluginInstallError extends StartupError {
  constructor(faults: ReadonlyArray<{ packageName: string; message: string }>) {
    super(
      faults.map((f) => ({
        check: 'install',
        subject: f.packageName,
        code: 'PLUGIN_NOT_LOADED',
        message: f.message,
        remedy: 'check the plugin packages listed in apps/api/package.json, then pnpm install (docs/plugin-guide.md)',
      })),
    );
    this.name = 'PluginInstallError';
  }
}

async function readJson(file: string | URL): Promise<PackageJson> {
  return JSON.parse(await readFile(file, 'utf8')) as PackageJson;
}

/** The package names of the installed sector plugins, in the order of apps/api/package.json. */
export async function installedPluginPackages(): Promise<string[]> {
  const app = await readJson(APP_PACKAGE);
  const require = createRequire(APP_PACKAGE);
  const names: string[] = [];
  for (const name of Object.keys(app.dependencies ?? {})) {
    let manifest: PackageJson;
    try {
      manifest = await readJson(require.resolve(`${name}/package.json`));
    } catch {
      continue; // a library that does not expose its package.json is not a sector plugin
    }
    if (manifest['posyandu-spm']) names.push(name);
  }
  return names;
}

/** Loads every installed sector plugin (its `./module` default export), reporting all faults at once. */
export async function loadInstalledPlugins(): Promise<SpmPluginModule[]> {
  const require = createRequire(APP_PACKAGE);
  const modules: SpmPluginModule[] = [];
  const faults: Array<{ packageName: string; message: string }> = [];
  for (const name of await installedPluginPackages()) {
    const manifest = await readJson(require.resolve(`${name}/package.json`));
    const entry = manifest['posyandu-spm']?.module;
    if (typeof entry !== 'string' || !entry.startsWith('./')) {
      faults.push({
        packageName: name,
        message: 'package.json "posyandu-spm".module must name an export such as "./module"',
      });
      continue;
    }
    let loaded: { default?: unknown };
    try {
      loaded = (await import(`${name}/${entry.slice(2)}`)) as { default?: unknown };
    } catch (error) {
      faults.push({
        packageName: name,
        message: `${entry} cannot be imported: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    if (!isSpmPluginModule(loaded.default)) {
      faults.push({
        packageName: name,
        message: `the default export of ${entry} is not made by defineSpmPluginModule()`,
      });
      continue;
    }
    modules.push(loaded.default);
  }
  if (faults.length) throw new PluginInstallError(faults);
  return modules;
}

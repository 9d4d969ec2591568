import { accessSync, constants, statSync } from 'node:fs';
import type { StartupCheck, StartupFault } from './startup-check.js';

/** Why the file cannot serve, or null when it can. */
function assetProblem(file: string): string | null {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return 'is not a file';
    if (stat.size === 0) return 'is empty';
    accessSync(file, constants.R_OK);
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? 'error'})`;
  }
}

/**
 * Every file a plugin declares in its server extension's `assets` is there, readable and not
 * empty — so a plugin installed without its data (a partial copy, a package built without it)
 * stops the start naming the file, instead of failing the first citizen's request that needs it.
 */
export const pluginAssetsCheck: StartupCheck = {
  name: 'assets',
  description: 'every file the installed plugins ship and read at run time is present and readable',
  run({ plugins, registry }) {
    const faults: StartupFault[] = [];
    for (const module of plugins) {
      if (!registry.hasSector(module.plugin.id)) continue;
      for (const asset of module.server?.assets ?? []) {
        const problem = assetProblem(asset.file);
        if (!problem) continue;
        faults.push({
          check: 'assets',
          subject: module.plugin.id,
          code: 'ASSET_MISSING',
          message: `${asset.file} (${asset.description}) ${problem}`,
          remedy:
            `the file ships in the plugin's package: restore it (git checkout, or reinstall the package); ` +
            'docs/operations.md, Assets',
        });
      }
    }
    return faults;
  },
};

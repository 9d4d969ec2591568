import { compareApiVersions, validatePlugins } from '@posyandu-spm/core';
import { SERVER_EXTENSION_FEATURES, type SpmPluginModule } from '@posyandu-spm/plugin-api';
import { serverExtensionFaults } from '../extension/assemble-extensions.js';
import type { StartupFault } from './startup-check.js';

/**
 * The plugins on their own, before anything reads them: the core's contract check
 * (workflows, references, ids, the API version and the features it covers) and the
 * server extensions' (tables, migrations, routes). Its faults decide which plugins the
 * other checks see: a broken plugin is reported here, once.
 */
export function pluginContractFaults(plugins: readonly SpmPluginModule[]): StartupFault[] {
  const guide = 'see docs/plugin-guide.md; the plugin must be fixed or removed from apps/api/package.json';
  const contract = validatePlugins(plugins.map((m) => m.plugin)).map((f): StartupFault => ({
    check: 'plugins',
    subject: f.pluginId,
    code: f.code,
    message: f.message,
    remedy: guide,
  }));
  const extensions = serverExtensionFaults(plugins.flatMap((m) => (m.server ? [m.server] : []))).map(
    (f): StartupFault => ({
      check: 'plugins',
      subject: f.sectorId,
      code: 'BAD_SERVER_EXTENSION',
      message: f.message.en,
      remedy: guide,
    }),
  );
  return [...contract, ...extensions, ...newerExtensionFeatures(plugins)];
}

/** A server extension using a feature newer than the plugin's `requiresCoreApi` (as the core does for its contract). */
function newerExtensionFeatures(plugins: readonly SpmPluginModule[]): StartupFault[] {
  return plugins.flatMap(({ plugin, server }) => {
    if (!server || typeof plugin.requiresCoreApi !== 'string') return [];
    return SERVER_EXTENSION_FEATURES.filter((f) => compareApiVersions(f.since, plugin.requiresCoreApi) > 0).flatMap(
      (f) =>
        f.usedBy(server).map((where): StartupFault => ({
          check: 'plugins',
          subject: plugin.id,
          code: 'FEATURE_NEWER_THAN_DECLARED',
          message:
            `${where} uses ${f.name}, which needs core plugin API ${f.since}, ` +
            `but the plugin declares requiresCoreApi ${plugin.requiresCoreApi}: declare ${f.since} or newer`,
        })),
    );
  });
}

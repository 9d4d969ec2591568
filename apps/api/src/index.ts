/** @posyandu-spm/api — the composition root: which sectors this distribution serves. */
export { installedPluginPackages, loadInstalledPlugins, PluginInstallError } from './installed-plugins.js';

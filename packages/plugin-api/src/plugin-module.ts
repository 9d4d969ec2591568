import type { SpmPlugin } from '@posyandu-spm/core';
import type { SpmServerExtension } from './server-extension.js';

/**
 * An installable sector: its declarative plugin and, when it brings tables,
 * GraphQL types or downloads, its server extension. A plugin package exports
 * one as the default export of its `./module` entry and names that entry in its
 * package.json (`"posyandu-spm": { "module": "./module" }`); the app that
 * composes the server (apps/api) installs every such package it depends on.
 *
 * @example
 * // plugins/kesehatan/src/kesehatan.module.ts
 * export default defineSpmPluginModule({ plugin: kesehatanPlugin, server: kesehatanServerExtension });
 */
export interface SpmPluginModule {
  readonly plugin: SpmPlugin;
  readonly server?: SpmServerExtension;
  readonly __kind: 'SpmPluginModule';
}

/** Declares an installable sector (see {@link SpmPluginModule}); checked when the server assembles its plugins. */
export function defineSpmPluginModule(module: { plugin: SpmPlugin; server?: SpmServerExtension }): SpmPluginModule {
  if (module.server && module.server.sectorId !== module.plugin.id) {
    throw new Error(
      `plugin module "${module.plugin.id}": its server extension is for sector "${module.server.sectorId}"`,
    );
  }
  return Object.freeze({ ...module, __kind: 'SpmPluginModule' as const });
}

/** Whether a value (e.g. a package's default export) is a plugin module. */
export function isSpmPluginModule(value: unknown): value is SpmPluginModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { __kind?: unknown }).__kind === 'SpmPluginModule' &&
    typeof (value as { plugin?: { id?: unknown } }).plugin?.id === 'string'
  );
}

/** A plugin without a server extension, or a module, as one module (for tests and tools). */
export function asPluginModule(entry: SpmPlugin | SpmPluginModule): SpmPluginModule {
  return isSpmPluginModule(entry) ? entry : defineSpmPluginModule({ plugin: entry });
}

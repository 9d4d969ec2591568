import type { ContractFeature } from '@posyandu-spm/core';
import type { SpmServerExtension } from './server-extension.js';

/**
 * Features of the server-extension contract and the plugin API version that brought each,
 * checked like the declarative contract's (`CONTRACT_FEATURES` in the core): a plugin that
 * uses one must declare at least that `requiresCoreApi`.
 */
export const SERVER_EXTENSION_FEATURES: ReadonlyArray<
  Omit<ContractFeature, 'usedBy'> & { usedBy(extension: SpmServerExtension): string[] }
> = [
  {
    name: 'server.assets',
    since: '1.3',
    usedBy: (e) => (e.assets?.length ? [`server extension of "${e.sectorId}"`] : []),
  },
];

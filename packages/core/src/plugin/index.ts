export * from './contract.js';
export * from './validate-plugins.js';
export * from './plugin-registry.js';

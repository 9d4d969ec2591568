export * from './contract.js';
export * from './api-features.js';
export * from './validate-plugins.js';
export * from './plugin-registry.js';
export * from './spm-services.js';
export * from './workflow-docs.js';

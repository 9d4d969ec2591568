/**
 * @posyandu-spm/core — the sector-agnostic domain: the plugin contract and its
 * validation, the workflow engine, working days and deadlines, and the access
 * policy. No HTTP, no database, no sector named here.
 */
export * from './errors/index.js';
export * from './identity/index.js';
export * from './validation/index.js';
export * from './plugin/index.js';
export * from './workflow/index.js';
export * from './calendar/index.js';
export * from './access/index.js';
export * from './escalation/index.js';

export * from './documents.js';
export * from './engine.js';
export * from './outcomes.js';
export * from './outcome-actions.js';

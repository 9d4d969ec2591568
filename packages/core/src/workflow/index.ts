export * from './documents.js';
export * from './engine.js';

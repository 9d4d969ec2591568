export * from './principal.js';
export * from './policy.js';
export * from './unit-records.js';
export * from './report-reach.js';

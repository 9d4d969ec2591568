export * from './text.js';
export * from './geo.js';
export * from './dates.js';

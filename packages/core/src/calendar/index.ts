export * from './working-calendar.js';
export * from './deadline.js';

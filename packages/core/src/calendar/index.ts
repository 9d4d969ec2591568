export * from './working-calendar.js';
export * from './fixed-holidays.js';
export * from './deadline.js';
export * from './decree-warnings.js';

export * from './roles.js';
export * from './area-code.js';
export * from './nik.js';

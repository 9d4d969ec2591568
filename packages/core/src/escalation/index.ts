export * from './escalation-chain.js';

export { kesehatanPlugin } from './kesehatan.plugin.js';
export { TARGET_GROUPS, TARGET_GROUP_VALUES, targetGroupFact, type TargetGroup } from './target-groups.js';
export { BPJS_INACTIVE, HEALTH_SERVICE_COMPLAINT, HOME_VISIT_MONITORING } from './kesehatan.service-types.js';
export * as growth from './growth/index.js';

import { escalationChainCheck } from './escalation-chain.check.js';
import { pluginAssetsCheck } from './plugin-assets.check.js';
import { routeUnitsCheck } from './route-units.check.js';
import type { StartupCheck } from './startup-check.js';

/**
 * The checks of the assembled system that run at every start, after the plugins' own
 * contract check (plugin-contract.check.ts) and before the server serves. Add a check here;
 * its faults are reported with all others (StartupError).
 */
export const STARTUP_CHECKS: readonly StartupCheck[] = [pluginAssetsCheck, routeUnitsCheck, escalationChainCheck];

import type { EntityClass } from '@mikro-orm/core';
import type { SpmPlugin } from '@posyandu-spm/core';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';

/**
 * The sector plugins this distribution serves. To add a sector, add its package
 * as a dependency of the server and list it here; the server validates all of
 * them together before it serves (see docs/plugin-guide.md).
 */
export const INSTALLED_PLUGINS: readonly SpmPlugin[] = [pendidikanPlugin];

/** Entities the plugins contribute (none yet; health's open day will add some). */
export function allPluginEntities(): EntityClass<unknown>[] {
  return [];
}

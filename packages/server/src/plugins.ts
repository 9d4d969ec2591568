import type { EntityClass } from '@mikro-orm/core';
import type { SpmPlugin } from '@posyandu-spm/core';
import { kesehatanPlugin } from '@posyandu-spm/plugin-kesehatan';
import { pekerjaanUmumPlugin } from '@posyandu-spm/plugin-pekerjaan-umum';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { perumahanRakyatPlugin } from '@posyandu-spm/plugin-perumahan-rakyat';
import { sosialPlugin } from '@posyandu-spm/plugin-sosial';
import { trantibumlinmasPlugin } from '@posyandu-spm/plugin-trantibumlinmas';

/**
 * The sector plugins this distribution serves. To add a sector, add its package
 * as a dependency of the server and list it here; the server validates all of
 * them together before it serves (see docs/plugin-guide.md).
 */
export const INSTALLED_PLUGINS: readonly SpmPlugin[] = [
  pendidikanPlugin,
  kesehatanPlugin,
  pekerjaanUmumPlugin,
  perumahanRakyatPlugin,
  sosialPlugin,
  trantibumlinmasPlugin,
];

/** Entities the plugins contribute (none yet; health's open day will add some). */
export function allPluginEntities(): EntityClass<unknown>[] {
  return [];
}

/** Names derived from a sector id such as `civil-registry`. */
export interface PluginNames {
  /** `civil-registry` */
  id: string;
  /** `civilRegistryPlugin` */
  exportName: string;
  /** `@posyandu-spm/plugin-civil-registry` */
  packageName: string;
  /** `Civil Registry` */
  title: string;
}

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function pluginNames(id: string): PluginNames {
  if (!ID.test(id)) {
    throw new Error(`"${id}" is not a sector id: use lower-kebab-case letters and digits, e.g. "civil-registry"`);
  }
  const words = id.split('-');
  const camel = words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('');
  return {
    id,
    exportName: `${camel}Plugin`,
    packageName: `@posyandu-spm/plugin-${id}`,
    title: words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' '),
  };
}

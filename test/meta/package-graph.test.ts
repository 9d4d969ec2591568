import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/** Every workspace package by its folder (packages/*, plugins/*, apps/*, test). */
function workspace(): Map<string, { dir: string; manifest: Manifest }> {
  const found = new Map<string, { dir: string; manifest: Manifest }>();
  const add = (dir: string) => {
    const file = path.join(ROOT, dir, 'package.json');
    if (!existsSync(file)) return;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    found.set(manifest.name, { dir, manifest });
  };
  for (const group of ['packages', 'plugins', 'apps']) {
    for (const entry of readdirSync(path.join(ROOT, group), { withFileTypes: true })) {
      if (entry.isDirectory()) add(`${group}/${entry.name}`);
    }
  }
  add('test');
  return found;
}

const packages = workspace();
const internal = (
  m: Manifest,
  kinds: ReadonlyArray<keyof Manifest> = ['dependencies', 'devDependencies', 'peerDependencies'],
) =>
  [...new Set(kinds.flatMap((k) => Object.keys((m[k] as Record<string, string> | undefined) ?? {})))].filter((d) =>
    packages.has(d),
  );

describe('imports run one way (docs/architecture.md)', () => {
  it('has no cyclic workspace dependency, counting dev and peer dependencies as pnpm does', () => {
    const cycles: string[] = [];
    const visit = (name: string, trail: string[]) => {
      if (trail.includes(name)) {
        cycles.push([...trail.slice(trail.indexOf(name)), name].join(' → '));
        return;
      }
      for (const dep of internal(packages.get(name)!.manifest)) visit(dep, [...trail, name]);
    };
    for (const name of packages.keys()) visit(name, []);
    expect(cycles).toEqual([]);
  });

  it('lets a plugin depend on the core, the plugin API and (for its tests) the harness only', () => {
    const allowed = new Set(['@posyandu-spm/core', '@posyandu-spm/plugin-api', '@posyandu-spm/testing']);
    for (const { dir, manifest } of packages.values()) {
      if (!dir.startsWith('plugins/')) continue;
      expect(
        internal(manifest).filter((d) => !allowed.has(d)),
        manifest.name,
      ).toEqual([]);
      expect(internal(manifest, ['dependencies', 'peerDependencies']), manifest.name).not.toContain(
        '@posyandu-spm/testing',
      );
    }
  });

  it('keeps the server library free of plugins and apps, and the plugin API on the core alone', () => {
    expect(internal(packages.get('@posyandu-spm/server')!.manifest).sort()).toEqual([
      '@posyandu-spm/core',
      '@posyandu-spm/plugin-api',
    ]);
    expect(internal(packages.get('@posyandu-spm/plugin-api')!.manifest)).toEqual(['@posyandu-spm/core']);
    expect(internal(packages.get('@posyandu-spm/core')!.manifest)).toEqual([]);
  });

  it('finds "@posyandu-spm/server" nowhere under plugins/', () => {
    const hits: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.name === 'node_modules') continue;
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (readFileSync(full, 'utf8').includes('@posyandu-spm/server')) hits.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, 'plugins'));
    expect(hits).toEqual([]);
  });

  it('installs sectors from the composition root only: apps/api depends on each plugin it serves', () => {
    const api = packages.get('@posyandu-spm/api')!.manifest;
    const plugins = internal(api, ['dependencies']).filter((d) => packages.get(d)!.dir.startsWith('plugins/'));
    expect(plugins.length).toBeGreaterThan(0);
    for (const name of plugins) {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, packages.get(name)!.dir, 'package.json'), 'utf8'));
      expect(manifest['posyandu-spm'], name).toEqual({ module: './module' });
    }
  });
});

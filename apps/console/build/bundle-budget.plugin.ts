import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Options {
  /** Gzipped bytes the first load may cost: the entry chunk, its static imports and their CSS. */
  maxGzipBytes: number;
}

interface ChunkLike {
  type: 'chunk';
  code: string;
  isEntry: boolean;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
interface AssetLike {
  type: 'asset';
  source: string | Uint8Array;
}

/**
 * Fails the build when what a phone must download before the first screen
 * exceeds the budget. Pages are lazy chunks and do not count.
 */
export function bundleBudget({ maxGzipBytes }: Options): Plugin {
  return {
    name: 'posyandu-spm:bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = bundle as unknown as Record<string, ChunkLike | AssetLike>;
      const initial = new Set<string>();
      const visit = (name: string) => {
        const item = files[name];
        if (!item || initial.has(name)) return;
        initial.add(name);
        if (item.type === 'chunk') {
          item.imports.forEach(visit);
          item.viteMetadata?.importedCss.forEach(visit);
        }
      };
      for (const [name, item] of Object.entries(files)) if (item.type === 'chunk' && item.isEntry) visit(name);
      let total = 0;
      const lines: string[] = [];
      for (const name of initial) {
        const item = files[name];
        if (!item) continue;
        const source = item.type === 'chunk' ? item.code : item.source;
        const size = gzipSync(typeof source === 'string' ? Buffer.from(source) : source, { level: 9 }).length;
        total += size;
        lines.push(`  ${name}: ${(size / 1024).toFixed(1)} KB gzipped`);
      }
      const summary = `initial load ${(total / 1024).toFixed(1)} KB gzipped (budget ${(maxGzipBytes / 1024).toFixed(0)} KB)`;
      if (total > maxGzipBytes) this.error(`bundle budget exceeded: ${summary}\n${lines.join('\n')}`);
      this.info(`${summary}\n${lines.join('\n')}`);
    },
  };
}

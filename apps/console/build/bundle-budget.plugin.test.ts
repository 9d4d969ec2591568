import { describe, expect, it } from 'vitest';
import { bundleBudget } from './bundle-budget.plugin';

type Hook = (this: unknown, options: unknown, bundle: unknown) => void;

function run(maxGzipBytes: number, bundle: Record<string, unknown>) {
  const messages: { error?: string; info?: string } = {};
  const hook = bundleBudget({ maxGzipBytes }).generateBundle as Hook;
  const context = {
    error: (m: string) => {
      messages.error = m;
      throw new Error(m);
    },
    info: (m: string) => {
      messages.info = m;
    },
  };
  try {
    hook.call(context, {}, bundle);
  } catch {
    // recorded in messages.error
  }
  return messages;
}

// Random text does not compress, so its gzipped size is close to its length.
const noise = (n: number) => Array.from({ length: n }, () => Math.random().toString(36).slice(2, 3)).join('');
const bundle = {
  'index.js': {
    type: 'chunk',
    isEntry: true,
    code: noise(4000),
    imports: ['shared.js'],
    viteMetadata: { importedCss: new Set(['index.css']) },
  },
  'shared.js': { type: 'chunk', isEntry: false, code: noise(2000), imports: [] },
  'index.css': { type: 'asset', source: noise(1000) },
  'page.js': { type: 'chunk', isEntry: false, code: noise(50_000), imports: ['shared.js'] },
};

describe('bundle budget', () => {
  it('counts the entry chunk with its static imports and CSS, not the lazy pages', () => {
    const { info, error } = run(10_000, bundle);
    expect(error).toBeUndefined();
    expect(info).toMatch(/index\.js/);
    expect(info).toMatch(/shared\.js/);
    expect(info).toMatch(/index\.css/);
    expect(info).not.toMatch(/page\.js/);
  });
  it('fails the build over budget', () => {
    expect(run(3_000, bundle).error).toMatch(/bundle budget exceeded/);
  });
});

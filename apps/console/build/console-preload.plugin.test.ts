import { describe, expect, it } from 'vitest';
import { TOKEN_KEY } from '../src/auth/token-store';
import { consolePreload } from './console-preload.plugin';

type Handler = (html: string, ctx: { bundle: Record<string, unknown> }) => { tags: { children: string }[] };

const chunk = (facadeModuleId: string | null, imports: string[], isEntry = false) => ({
  type: 'chunk',
  isEntry,
  facadeModuleId,
  imports,
});
const bundle = {
  'assets/index.js': chunk('/app/src/main.tsx', ['assets/react.js'], true),
  'assets/react.js': chunk(null, []),
  'assets/boot.js': chunk('/app/src/boot.tsx', ['assets/react.js', 'assets/apollo.js']),
  'assets/apollo.js': chunk(null, []),
  'assets/queue.page.js': chunk('/app/src/queue/queue.page.tsx', ['assets/apollo.js', 'assets/cards.js']),
  'assets/inbox.page.js': chunk('/app/src/inbox/inbox.page.tsx', ['assets/cards.js']),
  'assets/cards.js': chunk(null, ['assets/react.js']),
  'assets/admin.page.js': chunk('/app/src/admin/admin.page.tsx', ['assets/apollo.js']),
  'assets/index.css': { type: 'asset' },
};

/** Runs the script the plugin adds to index.html on a page at `path`, with or without a kept login. */
function preloadedBy(path: string, token: string | null): string[] {
  const hook = consolePreload().transformIndexHtml as unknown as { handler: Handler };
  const script = hook.handler('<html></html>', { bundle }).tags[0]?.children ?? '';
  const added: string[] = [];
  const document = {
    createElement: () => ({}) as Record<string, string>,
    head: {
      appendChild: (link: Record<string, string>) => {
        expect(link).toMatchObject({ rel: 'modulepreload', crossOrigin: '' });
        added.push(link.href ?? '');
      },
    },
  };
  const localStorage = { getItem: (key: string) => (key === TOKEN_KEY ? token : null) };
  new Function('localStorage', 'location', 'document', script)(localStorage, { pathname: path }, document);
  return added;
}

describe('consolePreload', () => {
  it('has a phone with a kept login fetch the console chunk and what it imports while the entry loads, not what the entry loads itself', () => {
    expect(preloadedBy('/kasus/abc', 'a.b.c')).toEqual(['/assets/boot.js', '/assets/apollo.js']);
  });

  it('adds the queue’s and the inbox’s page on /, the screen a returning user opens on', () => {
    expect(preloadedBy('/', 'a.b.c').sort()).toEqual(
      [
        '/assets/apollo.js',
        '/assets/boot.js',
        '/assets/cards.js',
        '/assets/inbox.page.js',
        '/assets/queue.page.js',
      ].sort(),
    );
  });

  it('preloads nothing for a phone with no login: it gets the light login screen only', () => {
    expect(preloadedBy('/', null)).toEqual([]);
    expect(preloadedBy('/masuk', null)).toEqual([]);
  });
});

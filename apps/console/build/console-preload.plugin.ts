import type { Plugin } from 'vite';
import { TOKEN_KEY } from '../src/auth/token-store';

interface ChunkLike {
  type: 'chunk';
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/** The chunks `name` loads before it runs: itself and its static imports, transitively. */
function staticGraph(files: Record<string, ChunkLike | { type: 'asset' }>, name: string, into = new Set<string>()) {
  const item = files[name];
  if (!item || item.type !== 'chunk' || into.has(name)) return into;
  into.add(name);
  for (const imported of item.imports) staticGraph(files, imported, into);
  return into;
}

/** The module that starts the console for a logged-in user, and the pages `/` opens on. */
const CONSOLE = /\/src\/boot\.tsx$/;
const HOME_PAGES = /\/src\/(queue\/queue|inbox\/inbox)\.page\.tsx$/;

/**
 * A returning user's console starts with its chunks already on the way: a small script in
 * index.html, run before the entry, adds `<link rel="modulepreload">` for the console chunk
 * (boot.tsx, Apollo Client and what they import) — and on `/` for the queue's and the inbox's page —
 * when a login is kept. Without it they are asked for only once the entry has been loaded and run
 * (main.tsx imports boot.tsx), one wait after the other. A phone that is not logged in gets the light
 * login screen and none of it. The HTML is the same for everyone (the service worker keeps one
 * copy), hence the script rather than plain links.
 */
export function consolePreload(): Plugin {
  return {
    name: 'posyandu-spm:console-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = (ctx.bundle ?? {}) as unknown as Record<string, ChunkLike | { type: 'asset' }>;
        const chunks = Object.entries(files).filter((e): e is [string, ChunkLike] => e[1].type === 'chunk');
        const entry = new Set<string>();
        for (const [name, chunk] of chunks) if (chunk.isEntry) staticGraph(files, name, entry);
        const boot = chunks.find(([, c]) => CONSOLE.test(c.facadeModuleId ?? ''));
        if (!boot) throw new Error('console-preload: no chunk for src/boot.tsx');
        const consoleChunks = [...staticGraph(files, boot[0])].filter((name) => !entry.has(name));
        const home = new Set<string>();
        for (const [name, chunk] of chunks)
          if (HOME_PAGES.test(chunk.facadeModuleId ?? '')) staticGraph(files, name, home);
        const homeOnly = [...home].filter((name) => !entry.has(name) && !consoleChunks.includes(name));
        const url = (name: string) => `/${name}`;
        const script =
          `(function(){try{if(!localStorage.getItem(${JSON.stringify(TOKEN_KEY)}))return;` +
          `var p=function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)};` +
          `${JSON.stringify(consoleChunks.map(url))}.forEach(p);` +
          `if(location.pathname==='/')${JSON.stringify(homeOnly.map(url))}.forEach(p)}catch(e){}})()`;
        return { html, tags: [{ tag: 'script', children: script, injectTo: 'head' }] };
      },
    },
  };
}

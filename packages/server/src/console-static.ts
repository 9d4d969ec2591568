import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { Logger } from 'pino';

/** Paths the console must never shadow. */
const API_PATHS = /^\/(graphql|files|plugins|reports|healthz|readyz|metrics)(\/|$)/;

/**
 * Serves the built console (`apps/console/dist`) from the API's own port, so one
 * address gives both and the browser needs no CORS. Hashed files under
 * `/assets/` are cached for a year; every other GET that is not the API gets
 * `index.html`, uncached, so a new release reaches phones on their next load (the service
 * worker `sw.js` precaches the release for offline use and is served uncached too).
 * Returns false (and serves nothing) when the folder has no build.
 */
export function serveConsole(app: Express, dir: string, log: Logger): boolean {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    log.warn({ dir }, 'console not built (pnpm build:console); serving the API only');
    return false;
  }
  app.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }),
  );
  app.use(
    express.static(dir, {
      index: false,
      maxAge: '1h',
      // The service worker and its manifest name the current release's files: always checked anew.
      setHeaders: (res, file) => {
        if (/[\\/](sw\.js|manifest\.webmanifest)$/.test(file)) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get(/.*/, (req, res, next) => {
    if (API_PATHS.test(req.path)) return next();
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

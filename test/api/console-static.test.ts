import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstalledPlugins } from '@posyandu-spm/api';

/** A stand-in for `apps/console/dist`: what matters here is how the server serves it. */
function fakeConsoleBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'psp-console-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Posyandu SPM</title><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'index-3f9a1c.js'), 'console.log("console")');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), '{"name":"Posyandu SPM"}');
  return dir;
}

describe('the console is served from the API’s own port', () => {
  let t: TestServer;
  let dir: string;
  beforeAll(async () => {
    dir = fakeConsoleBuild();
    t = await startTestServer({ plugins: await loadInstalledPlugins(), consoleDir: dir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html, uncached, at / and at any page path a phone may reload (e.g. /lacak)', async () => {
    for (const page of ['/', '/lacak?kode=SPM-ABCD-1234', '/kasus/123']) {
      const res = await fetch(`${t.url}${page}`);
      expect(res.status, page).toBe(200);
      expect(res.headers.get('content-type'), page).toMatch(/text\/html/);
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
      expect(await res.text(), page).toContain('<div id="root">');
    }
  });

  it('caches hashed assets for a year, and answers a missing asset with 404, not the page', async () => {
    const asset = await fetch(`${t.url}/assets/index-3f9a1c.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect((await fetch(`${t.url}/assets/gone-000000.js`)).status).toBe(404);
  });

  it('serves the service worker and the manifest as themselves, uncached, so a new release is found at once', async () => {
    const sw = await fetch(`${t.url}/sw.js`);
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(await sw.text()).toContain('addEventListener');
    const manifest = await fetch(`${t.url}/manifest.webmanifest`);
    expect(manifest.headers.get('content-type')).toMatch(/manifest\+json/);
    expect(manifest.headers.get('cache-control')).toBe('no-cache');
    // Other files beside index.html keep their hour.
    expect((await fetch(`${t.url}/favicon.svg`)).headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('leaves GraphQL and the probes to the API', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const data = await t.anonymous().request<{ sectors: Array<{ id: string }> }>('{ sectors { id } }');
    expect(data.sectors.length).toBeGreaterThan(0);
    const get = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ sectors { id } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toMatch(/json/);
  });

  it('never answers a download path with the page: an unknown report or plugin file is a 404, not index.html', async () => {
    for (const path of ['/reports/nothing-here', '/plugins/kesehatan/nothing-here']) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('<div id="root">');
    }
  });

  it('gzips a large GraphQL answer for a phone that accepts it', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ sectors { id name { id en } serviceTypes { id name { id en } } } }' }),
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { data: { sectors: unknown[] } }).data.sectors).toHaveLength(6);
  });
});

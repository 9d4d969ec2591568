import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { defineSpmPlugin, type SpmPlugin } from '@posyandu-spm/core';
import { defineSpmPluginModule, type SpmPluginModule } from '@posyandu-spm/plugin-api';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { StartupError, type StartupFault } from '@posyandu-spm/server';
import { startTestServer, type TestServer } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The faults a server start refused with (none: it started, and is closed again). */
async function startFaults(
  plugins: Array<SpmPlugin | SpmPluginModule>,
  sameDatabaseAs?: TestServer,
): Promise<StartupFault[]> {
  const error = await startTestServer({ plugins, sameDatabaseAs }).then(
    async (t) => {
      await t.close();
      return null;
    },
    (e: unknown) => e,
  );
  if (error === null) return [];
  if (!(error instanceof StartupError)) throw error;
  return [...error.faults];
}

describe('start-up refuses a configuration that cannot work, naming every fault at once', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ plugins: [pendidikanPlugin] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts with the demo kabupaten, which has a unit for every route', async () => {
    expect(await startFaults([pendidikanPlugin], t)).toEqual([]);
  });

  it('a route to a unit kind no unit of the kabupaten offers, and a plugin using a newer API feature, together', async () => {
    const broken = defineSpmPlugin({
      ...structuredClone(pendidikanPlugin),
      requiresCoreApi: '1.1',
      serviceTypes: pendidikanPlugin.serviceTypes.map((type, i) =>
        i === 0 ? { ...type, areaReaders: { roles: ['HEALTH_WORKER'] } } : type,
      ),
      routes: [
        ...pendidikanPlugin.routes,
        {
          id: 'dinas-perpustakaan',
          label: { id: 'Dinas Perpustakaan', en: 'Library agency' },
          unitKind: 'OPD',
          service: 'perpustakaan',
        },
      ],
    });
    const faults = await startFaults([broken], t);
    // Only the plugin's own faults: a broken plugin stays out of the data checks until it is fixed.
    expect(new Set(faults.map((f) => `${f.check} ${f.code}`))).toEqual(
      new Set(['plugins FEATURE_NEWER_THAN_DECLARED']),
    );
    expect(faults.map((f) => f.message)).toContainEqual(
      expect.stringMatching(
        /areaReaders, which needs core plugin API 1\.2, but the plugin declares requiresCoreApi 1\.1/,
      ),
    );

    const routed = defineSpmPlugin({ ...structuredClone(broken), requiresCoreApi: '1.5' });
    const other = defineSpmPlugin({
      ...structuredClone(pendidikanPlugin),
      id: 'pendidikan-kedua',
      requiresCoreApi: '3.0',
    });
    const both = await startFaults([routed, other], t);
    expect(both).toEqual([
      expect.objectContaining({ check: 'plugins', subject: 'pendidikan-kedua', code: 'INCOMPATIBLE_API_VERSION' }),
      {
        check: 'routes',
        subject: 'pendidikan in Kabupaten Klaten (33.10)',
        code: 'ROUTE_UNIT_MISSING',
        message:
          'route "dinas-perpustakaan" leads to a unit of kind OPD (Regional agency (OPD)) offering the service "perpustakaan", but no unit of Kabupaten Klaten is one',
        remedy: expect.stringMatching(
          /add that unit .* or add "perpustakaan" to the services of the unit .*STARTUP_CHECKS=warn/,
        ),
      },
    ]);
  });

  it('checks the org units in the database: a kabupaten whose education OPD lost its service', async () => {
    await t.sql.query(`update org_unit set services = array_remove(services, 'pendidikan')`);
    try {
      const faults = await startFaults([pendidikanPlugin], t);
      expect(faults).toEqual([
        expect.objectContaining({
          check: 'routes',
          code: 'ROUTE_UNIT_MISSING',
          message: expect.stringContaining('route "education-opd" leads to a unit of kind OPD'),
        }),
      ]);
    } finally {
      await t.sql.query(
        `update org_unit set services = array_append(services, 'pendidikan') where name like 'Dinas Pendidikan%'`,
      );
    }
    expect(await startFaults([pendidikanPlugin], t)).toEqual([]);
  });

  describe("a plugin's assets", () => {
    let kesehatan: SpmPluginModule;
    let copy: string;
    beforeAll(async () => {
      kesehatan = (await loadInstalledPlugins()).find((m) => m.plugin.id === 'kesehatan') as SpmPluginModule;
      copy = mkdtempSync(path.join(tmpdir(), 'psp-assets-'));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    /** The health plugin reading its WHO tables from `dir` (a copy) instead of its package. */
    const readingFrom = (dir: string, requiresCoreApi = kesehatan.plugin.requiresCoreApi) => {
      const server = kesehatan.server!;
      return defineSpmPluginModule({
        plugin: defineSpmPlugin({ ...structuredClone(kesehatan.plugin), requiresCoreApi }),
        server: {
          ...server,
          assets: server.assets!.map((a) => ({ ...a, file: path.join(dir, path.basename(a.file)) })),
        },
      });
    };

    it('starts when every WHO table is there', async () => {
      expect(kesehatan.server?.assets?.map((a) => path.basename(a.file)).sort()).toEqual([
        'bmianthro.txt',
        'hcanthro.txt',
        'lenanthro.txt',
        'weianthro.txt',
        'wfhanthro.txt',
        'wflanthro.txt',
      ]);
      expect(await startFaults([kesehatan], t)).toEqual([]);
    });

    it('a missing or empty table stops the start, naming the file', async () => {
      const dir = path.dirname(kesehatan.server!.assets![0]!.file);
      cpSync(dir, copy, { recursive: true });
      rmSync(path.join(copy, 'weianthro.txt'));
      cpSync('/dev/null', path.join(copy, 'hcanthro.txt'));
      const faults = await startFaults([readingFrom(copy)], t);
      expect(faults).toEqual([
        {
          check: 'assets',
          subject: 'kesehatan',
          code: 'ASSET_MISSING',
          message: `${path.join(copy, 'weianthro.txt')} (WHO 2006 weight-for-age LMS table) is missing`,
          remedy: expect.stringContaining("the file ships in the plugin's package"),
        },
        expect.objectContaining({
          code: 'ASSET_MISSING',
          message: `${path.join(copy, 'hcanthro.txt')} (WHO 2006 head circumference-for-age LMS table) is empty`,
        }),
      ]);
    });

    it('declaring assets needs plugin API 1.3', async () => {
      const faults = await startFaults([readingFrom(path.dirname(kesehatan.server!.assets![0]!.file), '1.2')], t);
      expect(faults).toContainEqual(
        expect.objectContaining({
          check: 'plugins',
          subject: 'kesehatan',
          code: 'FEATURE_NEWER_THAN_DECLARED',
          message: expect.stringMatching(
            /^server extension of "kesehatan" uses server\.assets, which needs core plugin API 1\.3/,
          ),
        }),
      );
    });
  });
});

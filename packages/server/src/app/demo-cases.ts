import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';
import type { Logger } from 'pino';
import { createTokenService } from '../auth/token.js';
import type { FileStore } from '../files/file-store.js';
import { DEMO_PASSWORD } from '../seed/demo-data.js';
import type { ApiLimitsInput } from '../security/limits.js';
import { createApiServer } from '../server.js';
import { StartupError } from '../startup/startup-error.js';

/**
 * What a demo script gets: a temporary server on the freshly seeded database, reached over
 * HTTP like any client, whose clock the script moves forward through the weeks it plays.
 */
export interface DemoScriptRun {
  /** The temporary server's address, e.g. `http://127.0.0.1:41234` (GraphQL at `/graphql`). */
  url: string;
  /** The demo users' password (README). */
  password: string;
  /** The installed sectors: a script plays the cases of these only. */
  sectorIds: readonly string[];
  /** The real time the script started: the clock may be set up to it, never later. */
  startedAt: Date;
  /** Sets the temporary server's clock (forward only; refused beyond `startedAt`). */
  setClock(at: Date): void;
  /** The clock as set. */
  now(): Date;
  /** Runs the deadline clock once at the clock's time: due-soon and overdue notices, escalations. */
  tickDeadlines(): Promise<void>;
  log: Logger;
}

/** What the script made, for the start-up log. */
export interface DemoScriptResult {
  cases: number;
}

/**
 * The demo cases of a distribution (apps/api/src/demo): plays them over the public GraphQL API
 * as the demo users would, backdated with the clock. The server knows no sector, so the app that
 * lists the plugins also writes their demo.
 */
export type DemoScript = (run: DemoScriptRun) => Promise<DemoScriptResult>;

export interface DemoOptions {
  script: DemoScript;
}

const UNLIMITED = { max: 1_000_000, windowSeconds: 60 };
/** The script logs in each demo user once and acts quickly: the abuse limits would refuse it. */
const SCRIPT_LIMITS: ApiLimitsInput = {
  rate: {
    loginPerIp: UNLIMITED,
    loginPerUser: UNLIMITED,
    trackPerIp: UNLIMITED,
    apiPerUser: UNLIMITED,
    apiPerIp: UNLIMITED,
  },
};

export interface RunDemoOptions {
  orm: MikroORM;
  plugins: readonly SpmPluginModule[];
  files: FileStore;
  log: Logger;
  script: DemoScript;
}

/**
 * Plays the demo script on a temporary API server (own clock, timers off, 127.0.0.1 on a free
 * port), then closes it. A failure is a StartupError saying what state the database is in and
 * what to do: the demo users are seeded but the scenario is incomplete, so the start refuses
 * rather than serving half a demo without a word.
 */
export async function runDemoScript(options: RunDemoOptions): Promise<DemoScriptResult> {
  const startedAt = new Date();
  let clock = new Date(startedAt.getTime() - 60 * 24 * 3600_000);
  const now = (): Date => new Date(clock);
  // The temporary server's own start-up (calendar warnings, checks) was or will be said by the real one.
  const quiet = options.log.child(
    { phase: 'demo' },
    { level: options.log.levelVal > 50 ? options.log.level : 'error' },
  );
  const api = await createApiServer({
    orm: options.orm,
    plugins: options.plugins,
    // A secret of its own, thrown away with the server: nothing it signs works afterwards. The
    // long lifetimes let one login per user last the weeks the clock crosses.
    tokens: createTokenService(randomBytes(32).toString('hex'), 24 * 60, 24 * 60),
    log: quiet,
    production: false,
    now,
    deadlineCheckSeconds: 0,
    outboxSeconds: 0,
    webhooks: { everySeconds: 0 },
    files: { store: options.files },
    limits: SCRIPT_LIMITS,
  });
  try {
    const { url } = await api.listen(0, '127.0.0.1');
    return await options.script({
      url,
      password: DEMO_PASSWORD,
      sectorIds: options.plugins.map((m) => m.plugin.id),
      startedAt,
      setClock(at) {
        if (at.getTime() < clock.getTime()) {
          throw new Error(`demo clock moved backwards: ${at.toISOString()} < ${clock.toISOString()}`);
        }
        if (at.getTime() > startedAt.getTime()) {
          throw new Error(`demo clock set in the future: ${at.toISOString()} > ${startedAt.toISOString()}`);
        }
        clock = new Date(at);
      },
      now,
      async tickDeadlines() {
        await api.tickDeadlines();
      },
      log: options.log.child({ phase: 'demo' }),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError([
      {
        check: 'demo',
        subject: 'SEED_DEMO_CASES',
        code: 'DEMO_CASES_FAILED',
        message: `the demo cases could not be played: ${reason}; the demo users are seeded, the demo cases are incomplete`,
        translation: `kasus demo gagal dibuat: ${reason}; pengguna demo sudah ada, kasus demo belum lengkap`,
        remedy:
          'start on an empty database again (embedded: delete DATA_DIR/pg; else drop and recreate the database), ' +
          'or set SEED_DEMO_CASES=false for the demo without cases',
      },
    ]);
  } finally {
    await api.close();
  }
}

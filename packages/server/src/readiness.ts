import type { MikroORM } from '@mikro-orm/postgresql';
import type { PluginRegistry } from '@posyandu-spm/core';
import type { Logger } from 'pino';

/** One of the things /readyz checks, with what failed when it failed. */
export interface ReadinessCheck {
  ok: boolean;
  detail?: string;
}

export interface Readiness {
  status: 'ready' | 'unavailable';
  checks: { database: ReadinessCheck; migrations: ReadinessCheck; plugins: ReadinessCheck };
  sectors: string[];
}

/**
 * `/readyz`: whether this instance should receive traffic — the database answers, every
 * migration of the core and the installed plugins is applied, and every installed plugin is
 * loaded. `/healthz` only says the process is alive (a supervisor restarts it when that fails;
 * a load balancer takes it out of rotation while this fails).
 */
export function readiness(options: {
  orm: MikroORM;
  log: Logger;
  registry: PluginRegistry;
  /** The ids of the plugins the composition root installed. */
  installed: readonly string[];
}): () => Promise<Readiness> {
  const { orm, log, registry } = options;
  let wasReady = true;
  return async () => {
    const sectors = registry.plugins.map((p) => p.id);
    const missing = options.installed.filter((id) => !sectors.includes(id));
    const plugins: ReadinessCheck = missing.length
      ? { ok: false, detail: `not loaded: ${missing.join(', ')}` }
      : { ok: true };
    let database: ReadinessCheck = { ok: true };
    let migrations: ReadinessCheck = { ok: false, detail: 'not checked: the database does not answer' };
    try {
      await orm.em.getConnection().execute('select 1');
      try {
        const pending = await orm.getMigrator().getPendingMigrations();
        migrations = pending.length
          ? { ok: false, detail: `pending: ${pending.map((m) => m.name).join(', ')}` }
          : { ok: true };
      } catch (error) {
        migrations = { ok: false, detail: error instanceof Error ? error.message : 'unreadable' };
      }
    } catch (error) {
      database = { ok: false, detail: (error as { code?: string }).code ?? 'no answer' };
    }
    const ready = database.ok && migrations.ok && plugins.ok;
    if (ready !== wasReady) {
      if (ready) log.info('ready again: database reachable, migrations applied, plugins loaded');
      else log.warn({ database, migrations, plugins }, 'not ready');
      wasReady = ready;
    }
    return { status: ready ? 'ready' : 'unavailable', checks: { database, migrations, plugins }, sectors };
  };
}
